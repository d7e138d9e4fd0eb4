import { registerEnumType } from "type-graphql";

/**
 * Registers a shared enum (packages/schema) as a GraphQL enum whose values carry their French
 * labels as descriptions: the labels the SPA shows are the ones the schema documents.
 */
export function registerLabelledEnum<V extends string>(
  values: Record<string, V>,
  name: string,
  labels: Readonly<Record<V, string>>,
  description?: string,
): void {
  registerEnumType(values, {
    name,
    ...(description ? { description } : {}),
    valuesConfig: Object.fromEntries(Object.values(values).map((v) => [v, { description: labels[v] }])),
  });
}
