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

export const permissions = {
  /** Create and rename networks: the certifier's staff only. */
  manageNetworks: (ctx: RequestContext) => isSystem(ctx) || Boolean(ctx.principal?.isAdmin),
  /** Configure a network's organisations, establishments and habilitations. */
  manageNetwork: (ctx: RequestContext, networkId: string) =>
    isSystem(ctx) ||
    Boolean(ctx.principal && (ctx.principal.isAdmin || ctx.principal.networkIds(Role.NETWORK_MANAGER).includes(networkId))),
  /** Edit, import and publish référentiel versions. */
  editReferentials: (ctx: RequestContext) => isSystem(ctx) || Boolean(ctx.principal?.isAdmin),
};

/** Throws FORBIDDEN (with a French message) unless `allowed`. */
export function assertAllowed(allowed: boolean, message?: string): void {
  if (!allowed) throw new ForbiddenError(message);
}
