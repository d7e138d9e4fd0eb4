import type { GraphQLResolveInfo } from "graphql";
import { Extensions, type AuthChecker, type MiddlewareFn } from "type-graphql";
import type { Role } from "@clea/schema";
import type { RequestContext } from "../context.js";
import { ForbiddenError } from "../permissions.js";
import { sentCredentials } from "./authenticate.js";
import { UnauthenticatedError } from "./errors.js";

/**
 * Authentication by default: every root Query and Mutation field needs a signed-in principal,
 * except those marked `@Public()`. Done once here (a global middleware) instead of in each
 * resolver, so that a new field is protected without anyone remembering to. Nested fields are
 * reached only through a root field, so checking the root is enough.
 */
const PUBLIC = "clea:public";

/** Marks a root field as callable without signing in (sign-in, session refresh, health…). */
export const Public = (): MethodDecorator & PropertyDecorator & ClassDecorator => Extensions({ [PUBLIC]: true });

export function isPublicField(info: Pick<GraphQLResolveInfo, "parentType" | "fieldName">): boolean {
  return info.parentType.getFields()[info.fieldName]?.extensions?.[PUBLIC] === true;
}

const SIGN_IN_REQUIRED = "Vous devez être connecté pour faire cette action.";
const SESSION_EXPIRED = "Votre session a expiré ou n'est plus valable : reconnectez-vous.";

/** UNAUTHENTICATED, saying whether the client sent a token (expired, revoked) or none. */
export function unauthenticated(ctx: RequestContext): UnauthenticatedError {
  return ctx.http && sentCredentials(ctx.http.req) ? new UnauthenticatedError(SESSION_EXPIRED) : new UnauthenticatedError(SIGN_IN_REQUIRED);
}

export const AuthGuard: MiddlewareFn<RequestContext> = ({ context, info }, next) => {
  if (info.path.prev === undefined && !context.principal && !isPublicField(info)) throw unauthenticated(context);
  return next();
};

/** `@Authorized(Role.ADMIN, …)`: signed in, and holding one of the roles (any scope). */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.principal) throw unauthenticated(context);
  if (roles.length > 0 && !context.principal.has(...roles)) throw new ForbiddenError();
  return true;
};
