import type { AuditAction, Role } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { logger } from "../../core/logger.js";
import { auditService } from "../audit/index.js";

export interface AuthEvent {
  action: AuditAction;
  /** The account concerned (the one signing in, or the one changed); absent for an unknown email. */
  userId?: string | null;
  /** Why a sign-in failed or a session ended (server log only: INVALID_CREDENTIALS, RATE_LIMITED, REFRESH_TOKEN_REUSED…). */
  reason?: string;
  /** Names of what changed (e.g. ["roles"]), never values. */
  fields?: string[];
  /** The network the change is about, so that its managers read the event. */
  networkId?: string | null;
}

/**
 * The one place where the accounts and sign-in code reports to the audit trail (SIGN_IN,
 * SIGN_IN_FAILED, SIGN_OUT, PASSWORD_CHANGE, INVITE, ROLE_CHANGE, DEACTIVATE): an AuditEvent
 * about the `User`, written with the caller's entity manager, i.e. in the transaction of the change
 * it records. Never a password, a token or the email typed. A successful sign-in is recorded with
 * the user who signed in as its actor (the request had no principal yet); a failed one has no actor.
 */
export async function recordAuthEvent(ctx: RequestContext, event: AuthEvent): Promise<void> {
  let actor: { userId: string; roles: readonly Role[] } | null | undefined;
  if (event.action === "SIGN_IN_FAILED") actor = null;
  else if (!ctx.principal && event.userId) {
    const rows: { role: Role }[] = await ctx.em.query(
      `SELECT DISTINCT role FROM role_assignment WHERE "userId" = $1 AND "endedOn" IS NULL`,
      [event.userId],
    );
    actor = { userId: event.userId, roles: rows.map((r) => r.role) };
  }
  await auditService.record(ctx, {
    action: event.action,
    entityType: "User",
    entityId: event.userId ?? null,
    changedFields: event.fields,
    networkId: event.networkId ?? null,
    actor,
  });
  if (event.action === "SIGN_IN_FAILED" || event.reason === "REFRESH_TOKEN_REUSED")
    logger.warn(
      { audit: event.action, userId: event.userId ?? null, reason: event.reason, requestId: ctx.requestId },
      `auth event ${event.action}`,
    );
}
