/**
 * Which roles a caller may give, and the checks of a list of grants against roleScopes. A user
 * may never raise their own rights (they cannot change their own roles at all) nor give rights
 * outside their own scope: a network manager gives only the network roles of their networks and
 * the establishment roles of their networks' establishments — never ADMIN, JURY or a national role.
 */
import { In } from "typeorm";
import { Role, roleLabels, roleScopes, type FieldProblem, type RoleScopeKind } from "@clea/schema";
import type { RoleGrant } from "../../core/auth/principal.js";
import type { RequestContext } from "../../core/context.js";
import { assertNoProblems } from "../../core/errors.js";
import { isUuid } from "../../core/find.js";
import { ForbiddenError } from "../../core/permissions.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import type { RoleGrantInput } from "./user.inputs.js";

export const ESTABLISHMENT_ROLES: readonly Role[] = [Role.CENTRE_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.TRAINER];
/** Roles a network manager may give on their own network. */
const NETWORK_ROLES_FOR_MANAGERS: readonly Role[] = [Role.NETWORK_MANAGER, Role.ANALYST];

const label = (role: Role) => `« ${roleLabels[role]} »`;

function scopeMessage(role: Role): string {
  const scopes = roleScopes[role];
  if (scopes.includes("ESTABLISHMENT")) return `Le rôle ${label(role)} se donne sur un établissement : indiquez lequel.`;
  if (scopes.includes("NATIONAL") && scopes.includes("NETWORK"))
    return `Le rôle ${label(role)} est national ou porte sur un réseau, jamais sur un établissement.`;
  if (scopes.includes("NETWORK")) return `Le rôle ${label(role)} se donne sur un réseau (et non un établissement) : indiquez lequel.`;
  return `Le rôle ${label(role)} est national : n'indiquez ni réseau ni établissement.`;
}

const key = (g: RoleGrant) => `${g.role}|${g.networkId ?? ""}|${g.establishmentId ?? ""}`;

export function sameGrants(a: readonly RoleGrant[], b: readonly RoleGrant[]): boolean {
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

/** Whether the caller may give (or take away) this grant. System work (seeds) may do anything. */
export function mayGrant(ctx: RequestContext, grant: RoleGrant): boolean {
  const p = ctx.principal;
  if (!p) return !ctx.http;
  if (p.national(Role.ADMIN)) return true;
  const managed = p.networkIds(Role.NETWORK_MANAGER);
  if (!grant.networkId || !managed.includes(grant.networkId)) return false;
  if (ESTABLISHMENT_ROLES.includes(grant.role)) return grant.establishmentId !== null;
  return NETWORK_ROLES_FOR_MANAGERS.includes(grant.role) && grant.establishmentId === null;
}

/**
 * Checks the grants' shapes (every faulty one at once, as BAD_USER_INPUT naming `roles.<i>.…`),
 * then the caller's right to give each one (FORBIDDEN), then that every network and
 * establishment exists. An establishment grant gets its establishment's network. For a caller who
 * is not an ADMIN, a missing establishment and another network's establishment get the same
 * answer: nothing tells them the id exists. Returns the grants without duplicates.
 */
export async function normaliseGrants(ctx: RequestContext, inputs: readonly RoleGrantInput[], field = "roles"): Promise<RoleGrant[]> {
  const problems: FieldProblem[] = [];
  inputs.forEach((g, i) => {
    const at = `${field}.${i}`;
    const kind: RoleScopeKind = g.establishmentId ? "ESTABLISHMENT" : g.networkId ? "NETWORK" : "NATIONAL";
    if (!roleScopes[g.role]?.includes(kind))
      problems.push({ field: `${at}.${g.establishmentId ? "establishmentId" : "networkId"}`, message: scopeMessage(g.role) });
    if (g.networkId && !isUuid(g.networkId)) problems.push({ field: `${at}.networkId`, message: "Identifiant de réseau invalide." });
    if (g.establishmentId && !isUuid(g.establishmentId))
      problems.push({ field: `${at}.establishmentId`, message: "Identifiant d'établissement invalide." });
  });
  assertNoProblems(problems);

  // The network of each establishment, read without scope: the rights check below decides.
  const establishmentIds = [...new Set(inputs.map((g) => g.establishmentId).filter((id): id is string => Boolean(id)))];
  const establishments = establishmentIds.length
    ? await ctx.em.getRepository(Establishment).find({ select: { id: true, networkId: true }, where: { id: In(establishmentIds) } })
    : [];
  const networkOf = new Map(establishments.map((e) => [e.id, e.networkId]));

  const grants: RoleGrant[] = inputs.map((g) => ({
    role: g.role,
    networkId: g.establishmentId ? (networkOf.get(g.establishmentId) ?? null) : (g.networkId ?? null),
    establishmentId: g.establishmentId ?? null,
  }));

  const isAdmin = !ctx.principal || ctx.principal.national(Role.ADMIN);
  if (!isAdmin) {
    for (const g of grants) {
      if (mayGrant(ctx, g)) continue;
      if (g.role === Role.ADMIN || g.role === Role.JURY || (g.role === Role.ANALYST && !g.networkId))
        throw new ForbiddenError(`Vous ne pouvez pas attribuer le rôle ${label(g.role)}${g.role === Role.ANALYST ? " national" : ""}.`);
      throw new ForbiddenError("Vous ne pouvez attribuer des rôles que sur votre réseau et ses établissements.");
    }
  }

  inputs.forEach((g, i) => {
    if (g.establishmentId && !networkOf.has(g.establishmentId))
      problems.push({ field: `${field}.${i}.establishmentId`, message: "Établissement introuvable." });
    else if (g.establishmentId && g.networkId && networkOf.get(g.establishmentId) !== g.networkId)
      problems.push({ field: `${field}.${i}.networkId`, message: "Cet établissement n'appartient pas à ce réseau." });
  });
  const networkIds = [...new Set(grants.filter((g) => !g.establishmentId && g.networkId).map((g) => g.networkId!))];
  if (networkIds.length) {
    const found = new Set(
      (await ctx.em.getRepository(Network).find({ select: { id: true }, where: { id: In(networkIds) } })).map((n) => n.id),
    );
    grants.forEach((g, i) => {
      if (!g.establishmentId && g.networkId && !found.has(g.networkId))
        problems.push({ field: `${field}.${i}.networkId`, message: "Réseau introuvable." });
    });
  }
  assertNoProblems(problems);

  const seen = new Set<string>();
  return grants.filter((g) => !seen.has(key(g)) && Boolean(seen.add(key(g))));
}
