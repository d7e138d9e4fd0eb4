import { defaultFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { Extensions, type AuthChecker } from "type-graphql";
import type { Role } from "@clea/schema";
import type { RequestContext } from "../context.js";
import { ForbiddenError } from "../permissions.js";
import { sentCredentials } from "./authenticate.js";
import { UnauthenticatedError } from "./errors.js";

/**
 * Authentication by default: every root Query and Mutation field needs a signed-in principal,
 * except those marked `@Public()`. Done once here, on the built schema, instead of in each
 * resolver, so that a new field is protected without anyone remembering to. Nested fields are
 * reached only through a root field, so checking the root is enough — and they keep their plain,
 * synchronous resolvers (a global middleware would make every field of every row a promise).
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

/** Wraps every root Query and Mutation field not marked `@Public()` with the sign-in check. */
export function requireSignIn(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.extensions?.[PUBLIC] === true) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) => {
        if (!context.principal) throw unauthenticated(context);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** `@Authorized(Role.ADMIN, …)`: signed in, and holding one of the roles (any scope). */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.principal) throw unauthenticated(context);
  if (roles.length > 0 && !context.principal.has(...roles)) throw new ForbiddenError();
  return true;
};
