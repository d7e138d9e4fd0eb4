import { UserStatus, loadCommonPasswords, passwordProblem, passwordTooLong } from "@clea/schema";
import { loadPrincipal } from "../../core/auth/authenticate.js";
import { UnauthenticatedError } from "../../core/auth/errors.js";
import { hashOpaqueToken, looksLikeOpaqueToken } from "../../core/auth/opaque-tokens.js";
import { passwordHasher } from "../../core/auth/password-hasher.js";
import type { Principal } from "../../core/auth/principal.js";
import { issueAccessToken } from "../../core/auth/tokens.js";
import type { RequestContext } from "../../core/context.js";
import { InputError } from "../../core/errors.js";
import {
  User,
  addRefreshToken,
  normaliseEmail,
  recordAuthEvent,
  revokeSession,
  revokeUserSessions,
  startSession,
  type CurrentUser,
} from "../user/index.js";
import type { SignInPayload } from "./auth.types.js";
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from "./session-cookie.js";
import { signInThrottle, throttleKeys } from "./sign-in-throttle.js";

/** The one answer to a wrong password AND to an unknown email (same words, same time). */
export const INVALID_CREDENTIALS = "Adresse e-mail ou mot de passe incorrect.";
const SESSION_OVER = "Votre session a pris fin : reconnectez-vous.";
const INVALID_INVITATION = "Ce lien d'invitation n'est pas valable ou a expiré : demandez-en un nouveau à la personne qui vous a invité.";

const invalidCredentials = () => new InputError([{ field: "password", message: INVALID_CREDENTIALS }], INVALID_CREDENTIALS);

export function currentUserOf(principal: Principal): CurrentUser {
  return {
    id: principal.userId,
    email: principal.email,
    displayName: principal.displayName,
    roles: principal.grants.map((g) => ({ role: g.role, networkId: g.networkId, establishmentId: g.establishmentId })),
  };
}

/**
 * An access token for the user in this session, and the caller's principal set to that user, so
 * the payload's nested fields (networks of the roles…) are read with the new rights.
 */
async function payloadFor(ctx: RequestContext, userId: string, sessionId: string, authVersion: number): Promise<SignInPayload> {
  const principal = await loadPrincipal(ctx.em, { userId, sessionId, authVersion });
  if (!principal) throw new UnauthenticatedError(SESSION_OVER);
  const { token, expiresAt } = await issueAccessToken(ctx.ds, { userId, sessionId, authVersion });
  ctx.principal = principal;
  return { accessToken: token, expiresAt, user: currentUserOf(principal) };
}

async function newPasswordProblem(password: string, email: string): Promise<string | null> {
  // Length first: a huge input is refused before anything else looks at it.
  return passwordProblem(password, { email }) ?? passwordProblem(password, { email, commonPasswords: await loadCommonPasswords() });
}

interface RefreshRow {
  id: string;
  usedAt: Date | null;
  expiresAt: Date;
  sessionId: string;
  revokedAt: Date | null;
  sessionExpiresAt: Date;
  userId: string;
  status: UserStatus;
  authVersion: number;
}

/**
 * The rows of an `UPDATE … RETURNING`: TypeORM's PostgreSQL driver answers an UPDATE with
 * `[rows, rowCount]` instead of the rows.
 */
async function updateReturning<T>(ctx: RequestContext, sql: string, params: unknown[]): Promise<T[]> {
  const raw = (await ctx.em.query(sql, params)) as unknown;
  return (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === "number" ? raw[0] : raw) as T[];
}

type RefreshOutcome = { ok: true; row: RefreshRow; token: string; tokenExpiresAt: Date } | { ok: false; reason: string; userId?: string };

export const authService = {
  me(ctx: RequestContext): CurrentUser | null {
    return ctx.principal ? currentUserOf(ctx.principal) : null;
  },

  /**
   * Checks the password under the throttle (per account and per address, counted before the
   * check), then opens a session: access token in the payload, refresh token in the cookie.
   */
  async signIn(ctx: RequestContext, emailInput: string, password: string): Promise<SignInPayload> {
    const email = normaliseEmail(emailInput).slice(0, 400);
    const keys = throttleKeys(email, ctx.http?.ip ?? "local");
    try {
      await signInThrottle.attempt(ctx, keys);
    } catch (err) {
      await recordAuthEvent(ctx, { action: "SIGN_IN_FAILED", reason: "RATE_LIMITED" });
      throw err;
    }
    const user = email.length <= 254 ? await ctx.em.getRepository(User).findOneBy({ email }) : null;
    let ok: boolean;
    if (!password || passwordTooLong(password))
      ok = false; // cannot be a password of ours: no hashing
    else if (!user?.passwordHash || user.status !== UserStatus.ACTIVE) ok = await passwordHasher.verifyNothing(password);
    else ok = await passwordHasher.verify(user.passwordHash, password);
    if (!ok || !user) {
      await recordAuthEvent(ctx, { action: "SIGN_IN_FAILED", userId: user?.id ?? null, reason: "INVALID_CREDENTIALS" });
      throw invalidCredentials();
    }
    await signInThrottle.succeeded(ctx, keys);
    const upgradedHash = passwordHasher.needsRehash(user.passwordHash!) ? await passwordHasher.hash(password) : null;
    const session = await ctx.transaction(async (tx) => {
      await tx.em.query(`UPDATE app_user SET "lastSignInAt" = now(), "passwordHash" = coalesce($2, "passwordHash") WHERE id = $1`, [
        user.id,
        upgradedHash,
      ]);
      const issued = await startSession(tx, user.id);
      await recordAuthEvent(tx, { action: "SIGN_IN", userId: user.id });
      return issued;
    });
    setRefreshCookie(ctx, session.token, session.expiresAt);
    return payloadFor(ctx, user.id, session.sessionId, user.authVersion);
  },

  /**
   * Rotates the refresh token of the cookie: the presented one is used up, a new one is set, and a
   * new access token is returned. Presenting a used-up token again means it was stolen (or
   * replayed): the whole family is revoked, the thief's and the user's sessions alike.
   */
  async refresh(ctx: RequestContext): Promise<SignInPayload> {
    const presented = readRefreshCookie(ctx);
    if (!presented || !looksLikeOpaqueToken(presented)) {
      clearRefreshCookie(ctx);
      throw new UnauthenticatedError(SESSION_OVER);
    }
    const outcome = await ctx.transaction(async (tx): Promise<RefreshOutcome> => {
      const rows: RefreshRow[] = await tx.em.query(
        `SELECT rt.id, rt."usedAt", rt."expiresAt", s.id AS "sessionId", s."revokedAt", s."expiresAt" AS "sessionExpiresAt",
                u.id AS "userId", u.status, u."authVersion"
           FROM refresh_token rt
           JOIN auth_session s ON s.id = rt."sessionId"
           JOIN app_user u ON u.id = s."userId"
          WHERE rt."tokenHash" = $1
          FOR UPDATE OF rt, s`,
        [hashOpaqueToken(presented)],
      );
      const row = rows[0];
      if (!row) return { ok: false, reason: "UNKNOWN_TOKEN" };
      if (row.usedAt) {
        await revokeSession(tx, row.sessionId, "REUSE");
        return { ok: false, reason: "REFRESH_TOKEN_REUSED", userId: row.userId };
      }
      const now = new Date();
      if (row.revokedAt || row.expiresAt <= now || row.sessionExpiresAt <= now || row.status !== UserStatus.ACTIVE)
        return { ok: false, reason: "SESSION_OVER", userId: row.userId };
      await tx.em.query(`UPDATE refresh_token SET "usedAt" = now() WHERE id = $1`, [row.id]);
      const next = await addRefreshToken(tx, { id: row.sessionId, expiresAt: row.sessionExpiresAt });
      return { ok: true, row, token: next.token, tokenExpiresAt: next.expiresAt };
    });
    if (!outcome.ok) {
      clearRefreshCookie(ctx);
      if (outcome.reason === "REFRESH_TOKEN_REUSED")
        await recordAuthEvent(ctx, { action: "SIGN_OUT", userId: outcome.userId, reason: outcome.reason });
      throw new UnauthenticatedError(SESSION_OVER);
    }
    setRefreshCookie(ctx, outcome.token, outcome.tokenExpiresAt);
    return payloadFor(ctx, outcome.row.userId, outcome.row.sessionId, outcome.row.authVersion);
  },

  /** Ends the caller's session family: its access and refresh tokens stop working at once. */
  async signOut(ctx: RequestContext): Promise<boolean> {
    const principal = ctx.principal!;
    await ctx.transaction(async (tx) => {
      await revokeSession(tx, principal.sessionId, "SIGN_OUT");
      await recordAuthEvent(tx, { action: "SIGN_OUT", userId: principal.userId });
    });
    clearRefreshCookie(ctx);
    return true;
  },

  /**
   * Checks the current password (under the same throttle as sign-in), sets the new one and ends
   * every other session of the user; the caller's session goes on with the returned token.
   */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<SignInPayload> {
    const principal = ctx.principal!;
    const problem = await newPasswordProblem(newPassword, principal.email);
    if (problem) throw new InputError([{ field: "newPassword", message: problem }]);
    const wrong = new InputError([{ field: "currentPassword", message: "Le mot de passe actuel est incorrect." }]);
    const keys = throttleKeys(principal.email, ctx.http?.ip ?? "local");
    await signInThrottle.attempt(ctx, keys);
    const user = await ctx.em.getRepository(User).findOneByOrFail({ id: principal.userId });
    if (!currentPassword || passwordTooLong(currentPassword) || !user.passwordHash) throw wrong;
    if (!(await passwordHasher.verify(user.passwordHash, currentPassword))) {
      await recordAuthEvent(ctx, { action: "SIGN_IN_FAILED", userId: user.id, reason: "WRONG_CURRENT_PASSWORD" });
      throw wrong;
    }
    await signInThrottle.succeeded(ctx, keys);
    if (newPassword === currentPassword)
      throw new InputError([{ field: "newPassword", message: "Le nouveau mot de passe doit être différent de l'actuel." }]);
    const passwordHash = await passwordHasher.hash(newPassword);
    const authVersion = await ctx.transaction(async (tx) => {
      const rows = await updateReturning<{ authVersion: number }>(
        tx,
        `UPDATE app_user SET "passwordHash" = $2, "authVersion" = "authVersion" + 1, "updatedAt" = now() WHERE id = $1 RETURNING "authVersion"`,
        [user.id, passwordHash],
      );
      await revokeUserSessions(tx, user.id, "PASSWORD_CHANGE", principal.sessionId);
      await recordAuthEvent(tx, { action: "PASSWORD_CHANGE", userId: user.id, fields: ["password"] });
      return rows[0]!.authVersion;
    });
    return payloadFor(ctx, user.id, principal.sessionId, authVersion);
  },

  /** Sets the invited user's first password from a valid one-time link, and signs them in. */
  async acceptInvitation(ctx: RequestContext, token: string, password: string): Promise<SignInPayload> {
    const invalid = new InputError([{ field: "token", message: INVALID_INVITATION }]);
    if (!looksLikeOpaqueToken(token)) throw invalid;
    if (passwordTooLong(password)) throw new InputError([{ field: "password", message: passwordProblem(password)! }]);
    const tokenHash = hashOpaqueToken(token);
    const found: { userId: string; email: string }[] = await ctx.em.query(
      `SELECT u.id AS "userId", u.email FROM invitation i JOIN app_user u ON u.id = i."userId"
        WHERE i."tokenHash" = $1 AND i."usedAt" IS NULL AND i."expiresAt" > now() AND u.status = 'ACTIVE'`,
      [tokenHash],
    );
    const invited = found[0];
    if (!invited) throw invalid;
    const problem = await newPasswordProblem(password, invited.email);
    if (problem) throw new InputError([{ field: "password", message: problem }]);
    const passwordHash = await passwordHasher.hash(password);
    const accepted = await ctx.transaction(async (tx) => {
      // Locked and checked again: of two clicks on the same link, one wins.
      const used = await updateReturning<{ id: string }>(
        tx,
        `UPDATE invitation SET "usedAt" = now() WHERE "tokenHash" = $1 AND "usedAt" IS NULL AND "expiresAt" > now() RETURNING id`,
        [tokenHash],
      );
      if (!used.length) return null;
      await tx.em.query(`UPDATE invitation SET "usedAt" = now() WHERE "userId" = $1 AND "usedAt" IS NULL`, [invited.userId]);
      const rows = await updateReturning<{ authVersion: number }>(
        tx,
        `UPDATE app_user SET "passwordHash" = $2, "authVersion" = "authVersion" + 1, "lastSignInAt" = now(), "updatedAt" = now()
          WHERE id = $1 AND status = 'ACTIVE' RETURNING "authVersion"`,
        [invited.userId, passwordHash],
      );
      if (!rows.length) return null;
      const session = await startSession(tx, invited.userId);
      await recordAuthEvent(tx, { action: "SIGN_IN", userId: invited.userId, reason: "INVITATION_ACCEPTED" });
      return { session, authVersion: rows[0]!.authVersion };
    });
    if (!accepted) throw invalid;
    setRefreshCookie(ctx, accepted.session.token, accepted.session.expiresAt);
    return payloadFor(ctx, invited.userId, accepted.session.sessionId, accepted.authVersion);
  },
};
