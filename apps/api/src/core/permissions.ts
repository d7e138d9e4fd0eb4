/**
 * Who may do what, asked of the one capability table (packages/schema/src/capabilities.ts).
 * Every door checks its capability before anything runs (core/auth/guard.ts for GraphQL root
 * fields, `restDoor` for REST routes); a service then asks `assertCan` again about the row it
 * found through a scoped read (an invisible row is NOT_FOUND before any of this). System work
 * (no principal, no HTTP request: seeds, jobs, migrations) may do anything.
 */
import { ErrorCode, can, capabilities, type CapabilityName, type CapabilityTarget, reachOf } from "@clea/schema";
import type { RequestContext } from "./context.js";
import { DomainError } from "./errors.js";
import { unauthenticated } from "./auth/unauthenticated.js";

export class ForbiddenError extends DomainError {
  constructor(message = "Vous n'avez pas le droit de faire cette action.") {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export function isSystem(ctx: RequestContext): boolean {
  return !ctx.principal && !ctx.http;
}

/** Whether the caller may use `capability` — on `target` when given, somewhere otherwise. */
export function mayDo(ctx: RequestContext, capability: CapabilityName, target?: CapabilityTarget): boolean {
  return isSystem(ctx) || can(ctx.principal?.grants, capability, target);
}

/** The French refusal of a capability: "Votre rôle ne vous permet pas de <label>." */
export function refusal(capability: CapabilityName): string {
  const label = capabilities[capability].label;
  return `Votre rôle ne vous permet pas ${/^[aeéèêiîoôuh]/i.test(label) ? "d'" : "de "}${label}.`;
}

/**
 * Throws UNAUTHENTICATED (anonymous caller of a capability that needs a session) or FORBIDDEN
 * (with `message`, or the capability's own French refusal) unless the caller may use it.
 */
export function assertCan(ctx: RequestContext, capability: CapabilityName, target?: CapabilityTarget, message?: string): void {
  if (mayDo(ctx, capability, target)) return;
  if (!ctx.principal) throw unauthenticated(ctx);
  throw new ForbiddenError(message ?? refusal(capability));
}

/**
 * The networks whose dashboard (attention list) the caller reads when naming none: every network
 * for national grants of the capability, otherwise the networks their grants of it cover.
 */
export function networksFor(ctx: RequestContext, capability: CapabilityName): "ALL" | string[] {
  if (isSystem(ctx)) return "ALL";
  const reach = reachOf(ctx.principal?.grants, capability);
  return reach === "ALL" ? "ALL" : reach.networkIds;
}
