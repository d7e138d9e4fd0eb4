import { defaultFieldResolver, type GraphQLSchema } from "graphql";
import { capabilities, graphqlDoors, type CapabilityName, type GraphqlRootType } from "@clea/schema";
import type { RequestContext } from "../context.js";
import { assertCan } from "../permissions.js";
import { unauthenticated } from "./unauthenticated.js";

export { unauthenticated };

/**
 * Every root Query and Mutation field is a door of the capability table (packages/schema,
 * `graphqlDoors`): before its resolver runs, the caller must be allowed the field's capability
 * (PUBLIC: anyone; SIGNED_IN: a session; roles: one of them, somewhere — the service then asks
 * again about the row it touches). Done once here, on the built schema, so that a new field is
 * guarded without anyone remembering to — and the schema is refused when a root field has no
 * entry in the table, or the table lists a field the schema lacks. Nested fields are reached only
 * through a root field, so checking the root is enough — and they keep their plain, synchronous
 * resolvers (a global middleware would make every field of every row a promise).
 */
export function enforceDoors(schema: GraphQLSchema): GraphQLSchema {
  const problems: string[] = [];
  for (const typeName of Object.keys(graphqlDoors) as GraphqlRootType[]) {
    const root = typeName === "Query" ? schema.getQueryType() : schema.getMutationType();
    const doors: Record<string, CapabilityName> = graphqlDoors[typeName];
    const fields = root?.getFields() ?? {};
    for (const name of Object.keys(fields)) if (!(name in doors)) problems.push(`${typeName}.${name} n'a pas d'entrée dans graphqlDoors`);
    for (const name of Object.keys(doors))
      if (!(name in fields)) problems.push(`${typeName}.${name} figure dans graphqlDoors mais pas dans le schéma`);
    for (const [name, field] of Object.entries(fields)) {
      const capability = doors[name];
      if (!capability) continue;
      field.extensions = { ...field.extensions, capability };
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) => {
        if (!context.principal && !isPublicDoor(capability)) throw unauthenticated(context);
        assertCan(context, capability);
        return resolve(source, args, context, info);
      };
    }
  }
  if (problems.length)
    throw new Error(`Table des capacités incomplète (packages/schema/src/capabilities.ts) :\n- ${problems.join("\n- ")}`);
  return schema;
}

const isPublicDoor = (capability: CapabilityName) => capabilities[capability].who === "PUBLIC";

/** Whether a root field may be called without signing in. */
export function isPublicField(info: { parentType: { name: string }; fieldName: string }): boolean {
  const doors = graphqlDoors[info.parentType.name as GraphqlRootType] as Record<string, CapabilityName> | undefined;
  const capability = doors?.[info.fieldName];
  return capability !== undefined && isPublicDoor(capability);
}
