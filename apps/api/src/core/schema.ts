import "reflect-metadata";
import { printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker, requireSignIn } from "./auth/guard.js";
import { resolvers } from "./resolvers.js";

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolvers. */
export function getSchema(): Promise<GraphQLSchema> {
  // Every root field needs a signed-in user unless marked @Public() (core/auth/guard.ts); a field
  // marked @PersonalData() is served to its allow-list only (its own middleware, core/personal-data.ts).
  // No global middleware: it would turn every field of every row into a promise.
  built ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false },
    authChecker,
  }).then(requireSignIn);
  return built;
}

/** The SDL committed as packages/schema/schema.graphql; CI fails when the two differ. */
export async function schemaSdl(): Promise<string> {
  return printSchema(await getSchema()) + "\n";
}
