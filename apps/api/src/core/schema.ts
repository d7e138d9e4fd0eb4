import "reflect-metadata";
import { printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { enforceDoors } from "./auth/guard.js";

let built: Promise<GraphQLSchema> | undefined;
let resolvers: readonly Function[] | undefined;

/**
 * The resolvers of the API, given once by the composition root (apps/api/src/app/resolvers.ts)
 * before the schema is first built: core knows no feature.
 */
export function provideResolvers(list: readonly Function[]): void {
  if (built && list !== resolvers) throw new Error("the GraphQL schema is already built: resolvers come first");
  resolvers = list;
}

/** The GraphQL schema, built once per process from the resolvers. */
export function getSchema(): Promise<GraphQLSchema> {
  if (!resolvers?.length) throw new Error("no resolvers: the composition root (apps/api/src/app) provides them before the schema is built");
  // Every root field is a door of the capability table (core/auth/guard.ts); a field
  // marked @PersonalData() is served to its allow-list only (its own middleware, core/personal-data.ts).
  // No global middleware: it would turn every field of every row into a promise.
  built ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false },
  }).then(enforceDoors);
  return built;
}

/** The SDL committed as packages/schema/schema.graphql; CI fails when the two differ. */
export async function schemaSdl(): Promise<string> {
  return printSchema(await getSchema()) + "\n";
}
