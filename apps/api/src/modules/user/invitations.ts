import type { RequestContext } from "../../core/context.js";
import { hashOpaqueToken, newOpaqueToken } from "../../core/auth/opaque-tokens.js";
import { logger } from "../../core/logger.js";
import { Invitation } from "./invitation.entity.js";

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

/** The SPA's route that accepts an invitation. */
export const invitationLink = (token: string) => `/invitation/${token}`;

/**
 * A new one-time link for a user who has not chosen a password yet; earlier links of that user
 * stop working. In development the link is also written to the server log.
 */
export async function createInvitation(ctx: RequestContext, userId: string): Promise<{ link: string; expiresAt: Date }> {
  const token = newOpaqueToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  await ctx.em.query(`UPDATE invitation SET "expiresAt" = now() WHERE "userId" = $1 AND "usedAt" IS NULL AND "expiresAt" > now()`, [
    userId,
  ]);
  await ctx.em.getRepository(Invitation).insert({
    userId,
    tokenHash: hashOpaqueToken(token),
    expiresAt,
    usedAt: null,
    createdById: ctx.principal?.userId ?? null,
  });
  const link = invitationLink(token);
  if (process.env.NODE_ENV !== "production") logger.info({ userId, link, expiresAt }, `invitation link (development only): ${link}`);
  return { link, expiresAt };
}
