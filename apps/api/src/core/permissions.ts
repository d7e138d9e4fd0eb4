/**
 * What a caller may change, asked after a scoped read has found the row (an invisible row is
 * NOT_FOUND before any of this). System work (no principal, no HTTP request) may do anything.
 */
import { ErrorCode, Role } from "@clea/schema";
import type { RequestContext } from "./context.js";
import { DomainError } from "./errors.js";

export class ForbiddenError extends DomainError {
  constructor(message = "Vous n'avez pas le droit de faire cette action.") {
    super(ErrorCode.FORBIDDEN, message);
  }
}

function isSystem(ctx: RequestContext): boolean {
  return !ctx.principal && !ctx.http;
}

function manageNetwork(ctx: RequestContext, networkId: string): boolean {
  return (
    isSystem(ctx) ||
    Boolean(ctx.principal && (ctx.principal.isAdmin || ctx.principal.networkIds(Role.NETWORK_MANAGER).includes(networkId)))
  );
}

export const permissions = {
  /** Create and rename networks: the certifier's staff only. */
  manageNetworks: (ctx: RequestContext) => isSystem(ctx) || Boolean(ctx.principal?.isAdmin),
  /** Configure a network's organisations, establishments and habilitations. */
  manageNetwork,
  /** Plan and change évaluation sessions: the network's managers, and the establishment's centre managers. */
  planSessions: (ctx: RequestContext, networkId: string, establishmentId: string) =>
    manageNetwork(ctx, networkId) || Boolean(ctx.principal?.establishmentIds(Role.CENTRE_MANAGER).includes(establishmentId)),
  /**
   * The networks whose dashboard (attention list) the caller reads when naming none: every
   * network for the certifier's staff, otherwise those they manage (possibly none).
   */
  managedNetworks: (ctx: RequestContext): "ALL" | string[] =>
    isSystem(ctx) || ctx.principal?.isAdmin ? "ALL" : (ctx.principal?.networkIds(Role.NETWORK_MANAGER) ?? []),
  /** Edit, import and publish référentiel versions. */
  editReferentials: (ctx: RequestContext) => isSystem(ctx) || Boolean(ctx.principal?.isAdmin),
};

/** Throws FORBIDDEN (with a French message) unless `allowed`. */
export function assertAllowed(allowed: boolean, message?: string): void {
  if (!allowed) throw new ForbiddenError(message);
}
