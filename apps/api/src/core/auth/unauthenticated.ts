import type { RequestContext } from "../context.js";
import { sentCredentials } from "./authenticate.js";
import { UnauthenticatedError } from "./errors.js";

const SIGN_IN_REQUIRED = "Vous devez être connecté pour faire cette action.";
const SESSION_EXPIRED = "Votre session a expiré ou n'est plus valable : reconnectez-vous.";

/** UNAUTHENTICATED, saying whether the client sent a token (expired, revoked) or none. */
export function unauthenticated(ctx: RequestContext): UnauthenticatedError {
  return ctx.http && sentCredentials(ctx.http.req) ? new UnauthenticatedError(SESSION_EXPIRED) : new UnauthenticatedError(SIGN_IN_REQUIRED);
}
