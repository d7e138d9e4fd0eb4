import type { RequestContext } from "../../core/context.js";
import { hashOpaqueToken, newOpaqueToken } from "../../core/auth/opaque-tokens.js";
import { AuthSession, RefreshToken } from "./auth-session.entity.js";

/**
 * Session families and their rotating refresh tokens. A refresh token lives 8 hours unless used
 * (a working day of inactivity ends the session); a family lives at most 24 hours after the
 * sign-in, however often it is refreshed: then the user signs in again.
 */
export const SESSION_LIFETIME = { refreshTokenMs: 8 * 3600_000, familyMs: 24 * 3600_000 } as const;

export type RevokeReason = "SIGN_OUT" | "REUSE" | "PASSWORD_CHANGE" | "DEACTIVATED";

export interface IssuedRefreshToken {
  sessionId: string;
  token: string;
  expiresAt: Date;
}

/** Opens a family with its first refresh token. */
export async function startSession(ctx: RequestContext, userId: string): Promise<IssuedRefreshToken> {
  return ctx.transaction(async (tx) => {
    const now = Date.now();
    const session = await tx.em.getRepository(AuthSession).save({
      userId,
      expiresAt: new Date(now + SESSION_LIFETIME.familyMs),
      revokedAt: null,
      revokedReason: null,
    });
    return addRefreshToken(tx, session);
  });
}

/** A new refresh token in the family, expiring no later than the family. */
export async function addRefreshToken(ctx: RequestContext, session: Pick<AuthSession, "id" | "expiresAt">): Promise<IssuedRefreshToken> {
  const token = newOpaqueToken();
  const expiresAt = new Date(Math.min(Date.now() + SESSION_LIFETIME.refreshTokenMs, new Date(session.expiresAt).getTime()));
  await ctx.em.getRepository(RefreshToken).insert({ sessionId: session.id, tokenHash: hashOpaqueToken(token), expiresAt, usedAt: null });
  return { sessionId: session.id, token, expiresAt };
}

export async function revokeSession(ctx: RequestContext, sessionId: string, reason: RevokeReason): Promise<void> {
  await ctx.em.query(`UPDATE auth_session SET "revokedAt" = now(), "revokedReason" = $2 WHERE id = $1 AND "revokedAt" IS NULL`, [
    sessionId,
    reason,
  ]);
}

/** Ends every open session of a user (but `exceptSessionId`, the caller's own, when given). */
export async function revokeUserSessions(
  ctx: RequestContext,
  userId: string,
  reason: RevokeReason,
  exceptSessionId?: string,
): Promise<void> {
  await ctx.em.query(
    `UPDATE auth_session SET "revokedAt" = now(), "revokedReason" = $2
      WHERE "userId" = $1 AND "revokedAt" IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    [userId, reason, exceptSessionId ?? null],
  );
}
