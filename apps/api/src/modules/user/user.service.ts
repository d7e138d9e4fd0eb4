import { In, IsNull } from "typeorm";
import { Role, UserStatus, collectProblems, nameProblem } from "@clea/schema";
import type { RoleGrant } from "../../core/auth/principal.js";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import { ConflictError, NotFoundError, assertNoProblems } from "../../core/errors.js";
import { isUuid } from "../../core/find.js";
import type { ConnectionShape } from "../../core/list.js";
import { ForbiddenError } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import { recordAuthEvent } from "./auth-events.js";
import { createInvitation } from "./invitations.js";
import { revokeUserSessions } from "./sessions.js";
import { mayGrant, normaliseGrants, sameGrants } from "./role-grants.js";
import { RoleAssignment, User } from "./user.entity.js";
import { DISPLAY_NAME_MAX, type InviteUserInput, type RoleGrantInput } from "./user.inputs.js";
import { userList } from "./user.list.js";
import type { InvitationView, RoleAssignmentView, UserView } from "./user.types.js";

/** Emails are compared and stored trimmed and lower-cased. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    status: user.status,
    invitationPending: user.passwordHash === null,
    createdAt: user.createdAt,
    lastSignInAt: user.lastSignInAt,
  };
}

const duplicateEmail = (email: string) => `Un compte existe déjà avec l'adresse ${email}.`;

/** A user the caller may see (core/scope.ts via user.scope.ts), or NOT_FOUND. */
async function visibleUser(ctx: RequestContext, id: string): Promise<User> {
  const user = isUuid(id) ? await scopedQuery(ctx, User, "u").andWhere("u.id = :id", { id }).getOne() : null;
  if (!user) throw new NotFoundError("Utilisateur");
  return user;
}

/** The account's current grants (ended staff assignments are history, not rights). */
async function grantsOf(ctx: RequestContext, userId: string): Promise<(RoleGrant & { id: string })[]> {
  return ctx.em.getRepository(RoleAssignment).find({
    select: { id: true, role: true, networkId: true, establishmentId: true },
    where: { userId, endedOn: IsNull() },
  });
}

/**
 * The account `id`, for a change by the caller: visible (else NOT_FOUND), not the caller's own
 * (FORBIDDEN), and — unless the caller is an ADMIN — with every role inside the caller's scope,
 * so a network manager never acts on an account that also serves elsewhere.
 */
async function manageableUser(
  ctx: RequestContext,
  id: string,
  selfMessage: string,
  mixedMessage: string,
): Promise<{ user: User; grants: RoleGrant[] }> {
  const user = await visibleUser(ctx, id);
  if (ctx.principal?.userId === user.id) throw new ForbiddenError(selfMessage);
  const grants = await grantsOf(ctx, user.id);
  if (!grants.every((g) => mayGrant(ctx, g))) throw new ForbiddenError(mixedMessage);
  return { user, grants };
}

export const userService = {
  /** Accounts the caller may see, filtered and sorted as asked (by email by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<User>> {
    return userList.page(ctx, args);
  },

  get: visibleUser,

  /**
   * The roles of a user as the caller may see them: all of them for an ADMIN and for oneself;
   * for a network manager, those in their networks. One query per request level (DataLoader).
   */
  async roles(ctx: RequestContext, userId: string): Promise<RoleAssignmentView[]> {
    const rows = await ctx
      .loader<string, RoleAssignment[]>("user.roles", async (ids) => {
        const all = await ctx.em
          .getRepository(RoleAssignment)
          .createQueryBuilder("ra")
          .where(`ra."userId" IN (:...ids)`, { ids: [...ids] })
          .andWhere(`ra."endedOn" IS NULL`)
          .orderBy("ra.role")
          .addOrderBy(`ra."createdAt"`)
          .getMany();
        return ids.map((id) => all.filter((r) => r.userId === id));
      })
      .load(userId);
    const p = ctx.principal;
    const visible =
      !p || p.national(Role.ADMIN) || p.userId === userId
        ? rows
        : rows.filter((r) => r.networkId && p.networkIds(Role.NETWORK_MANAGER).includes(r.networkId));
    return visible.map((r) => ({ role: r.role, networkId: r.networkId, establishmentId: r.establishmentId }));
  },

  /** Creates the account (no password yet) with its roles, and a one-time link valid 7 days. */
  async invite(ctx: RequestContext, input: InviteUserInput): Promise<InvitationView> {
    const email = normaliseEmail(input.email);
    const displayName = input.displayName.trim();
    assertNoProblems(
      collectProblems({
        displayName: nameProblem(displayName, DISPLAY_NAME_MAX, "Le nom affiché"),
        roles: input.roles.length === 0 ? "Attribuez au moins un rôle." : null,
      }),
    );
    const grants = await normaliseGrants(ctx, input.roles);
    return ctx.transaction(async (tx) => {
      if (await tx.em.getRepository(User).exists({ where: { email } })) throw new ConflictError(duplicateEmail(email), { field: "email" });
      const user = await mapUniqueViolation(
        () =>
          tx.em
            .getRepository(User)
            .save(tx.em.getRepository(User).create({ email, displayName, status: UserStatus.ACTIVE, passwordHash: null })),
        { email: duplicateEmail(email) },
      );
      await tx.em.getRepository(RoleAssignment).insert(grants.map((g) => ({ ...g, userId: user.id })));
      const { link, expiresAt } = await createInvitation(tx, user.id);
      await recordAuthEvent(tx, {
        action: "INVITE",
        userId: user.id,
        fields: ["email", "displayName", "roles"],
        networkId: grants[0]?.networkId,
      });
      return { link, expiresAt, user: toUserView(user) };
    });
  },

  /** A new link for an account whose invitation is still pending; the previous links stop working. */
  async resendInvitation(ctx: RequestContext, id: string): Promise<InvitationView> {
    const { user, grants } = await manageableUser(
      ctx,
      id,
      "Vous ne pouvez pas vous inviter vous-même.",
      "Ce compte a aussi des rôles hors de votre périmètre : seul un administrateur peut lui renvoyer une invitation.",
    );
    if (user.passwordHash !== null) throw new ConflictError("Ce compte a déjà accepté son invitation.");
    if (user.status !== UserStatus.ACTIVE) throw new ConflictError("Ce compte est désactivé : réactivez-le d'abord.");
    return ctx.transaction(async (tx) => {
      const { link, expiresAt } = await createInvitation(tx, user.id);
      await recordAuthEvent(tx, { action: "INVITE", userId: user.id, networkId: grants[0]?.networkId });
      return { link, expiresAt, user: toUserView(user) };
    });
  },

  /** Disables the account and ends its sessions at once (its access tokens stop working). */
  async deactivate(ctx: RequestContext, id: string): Promise<UserView> {
    const { user, grants } = await manageableUser(
      ctx,
      id,
      "Vous ne pouvez pas désactiver votre propre compte.",
      "Ce compte a aussi des rôles hors de votre périmètre : seul un administrateur peut le désactiver.",
    );
    if (user.status === UserStatus.DISABLED) return toUserView(user);
    return ctx.transaction(async (tx) => {
      await tx.em.query(`UPDATE app_user SET status = $2, "authVersion" = "authVersion" + 1, "updatedAt" = now() WHERE id = $1`, [
        user.id,
        UserStatus.DISABLED,
      ]);
      await revokeUserSessions(tx, user.id, "DEACTIVATED");
      await recordAuthEvent(tx, { action: "DEACTIVATE", userId: user.id, fields: ["status"], networkId: grants[0]?.networkId });
      return toUserView(await tx.em.getRepository(User).findOneByOrFail({ id: user.id }));
    });
  },

  async reactivate(ctx: RequestContext, id: string): Promise<UserView> {
    const { user, grants } = await manageableUser(
      ctx,
      id,
      "Vous ne pouvez pas réactiver votre propre compte.",
      "Ce compte a aussi des rôles hors de votre périmètre : seul un administrateur peut le réactiver.",
    );
    if (user.status === UserStatus.ACTIVE) return toUserView(user);
    return ctx.transaction(async (tx) => {
      await tx.em.query(`UPDATE app_user SET status = $2, "updatedAt" = now() WHERE id = $1`, [user.id, UserStatus.ACTIVE]);
      await recordAuthEvent(tx, { action: "UPDATE", userId: user.id, fields: ["status"], networkId: grants[0]?.networkId });
      return toUserView(await tx.em.getRepository(User).findOneByOrFail({ id: user.id }));
    });
  },

  /**
   * Replaces the roles the caller manages on this account: all of them for an ADMIN; for a
   * network manager, those in their networks (the account's other roles are kept as they are).
   * A change takes effect at once: the account's current access tokens stop working.
   */
  async setRoles(ctx: RequestContext, id: string, roles: RoleGrantInput[]): Promise<UserView> {
    const user = await visibleUser(ctx, id);
    if (ctx.principal?.userId === user.id) throw new ForbiddenError("Vous ne pouvez pas modifier vos propres rôles.");
    const wanted = await normaliseGrants(ctx, roles);
    const current = await grantsOf(ctx, user.id);
    const kept = current.filter((g) => !mayGrant(ctx, g));
    const next = [...kept, ...wanted];
    if (sameGrants(current, next)) return toUserView(user);
    // Only the difference is written: kept grants keep their row (and a staff assignment its
    // start date); ended assignments are history and are never touched here.
    const removed = current.filter((g) => !next.some((n) => sameGrants([n], [g])));
    const added = next.filter((g) => !current.some((c) => sameGrants([c], [g])));
    return ctx.transaction(async (tx) => {
      if (removed.length) await tx.em.getRepository(RoleAssignment).delete({ id: In(removed.map((g) => g.id)) });
      if (added.length)
        await tx.em
          .getRepository(RoleAssignment)
          .insert(added.map((g) => ({ role: g.role, networkId: g.networkId, establishmentId: g.establishmentId, userId: user.id })));
      await tx.em.query(`UPDATE app_user SET "authVersion" = "authVersion" + 1, "updatedAt" = now() WHERE id = $1`, [user.id]);
      const changedNetwork = [...wanted, ...current].find((g) => mayGrant(ctx, g) && g.networkId)?.networkId;
      await recordAuthEvent(tx, { action: "ROLE_CHANGE", userId: user.id, fields: ["roles"], networkId: changedNetwork });
      return toUserView(user);
    });
  },
};
