/**
 * Authentication by default: the schema is walked (no field listed by hand) and every root Query
 * and Mutation field is called anonymously with made-up arguments; all are refused with
 * UNAUTHENTICATED but the few marked @Public().
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { getSchema } from "../schema.js";
import { isPublicField } from "./guard.js";

const PUBLIC_FIELDS = [
  "Query.apiVersion",
  "Query.me",
  "Mutation.signIn",
  "Mutation.refreshSession",
  "Mutation.acceptInvitation",
  "Query.verifyCertificate",
];
const SIGN_IN_REQUIRED = "Vous devez être connecté pour faire cette action.";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ as: "anonymous" });
});
afterAll(async () => {
  await api?.close();
});

const SCALAR_VALUES: Record<string, string> = {
  Int: "1",
  Float: "1.5",
  Boolean: "true",
  ID: `"6f1c2a9e-0000-4000-8000-000000000000"`,
  LocalDate: `"2026-01-15"`,
  DateTimeISO: `"2026-01-15T10:00:00.000Z"`,
};

/** A literal of the argument's type that passes GraphQL validation (business rules may refuse it). */
function dummy(type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return dummy(type.ofType, depth);
  if (isListType(type)) return `[${dummy(type.ofType, depth)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) return SCALAR_VALUES[type.name] ?? `"x"`;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${dummy(f.type, depth + 1)}`).join(", ")} }`;
  }
  throw new Error(`no dummy value for ${String(type)}`);
}

function operationFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${dummy(a.type)}`);
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? "" : "{ __typename }";
  return `${kind} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection} }`;
}

async function rootFields() {
  const schema = await getSchema();
  const roots: ["query" | "mutation", GraphQLObjectType][] = [["query", schema.getQueryType()!]];
  if (schema.getMutationType()) roots.push(["mutation", schema.getMutationType()!]);
  return roots.flatMap(([kind, type]) => Object.values(type.getFields()).map((field) => ({ kind, type, field })));
}

describe("authentication by default", () => {
  it("marks exactly the sign-in fields, the health field and the certificate verification as public", async () => {
    const fields = await rootFields();
    const publicOnes = fields.filter(({ type, field }) => isPublicField({ parentType: type, fieldName: field.name }));
    expect(publicOnes.map(({ type, field }) => `${type.name}.${field.name}`).sort()).toEqual([...PUBLIC_FIELDS].sort());
  });

  it("refuses every other root Query and Mutation field to an anonymous caller, before any business rule", async () => {
    const fields = await rootFields();
    expect(fields.length).toBeGreaterThan(30);
    const wrong: string[] = [];
    for (const { kind, type, field } of fields) {
      const name = `${type.name}.${field.name}`;
      const res = await api.anonymousGql(operationFor(kind, field));
      const error = res.errors?.[0];
      if (PUBLIC_FIELDS.includes(name)) {
        if (error?.message === SIGN_IN_REQUIRED) wrong.push(`${name} is public but was refused: ${error.message}`);
      } else if (error?.extensions?.code !== "UNAUTHENTICATED" || error.message !== SIGN_IN_REQUIRED || res.data?.[field.name] != null) {
        wrong.push(`${name}: ${JSON.stringify(res.errors ?? res.data)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("says the session is over when an invalid or expired token is sent to a protected field", async () => {
    const res = await api.gql(`{ networks { totalCount } }`, {}, { authorization: "Bearer not.a.token" });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toMatch(/session a expiré/);
  });

  it("answers `me` with null for an anonymous caller, and public fields keep working with a bad token", async () => {
    const res = await api.gql(`{ me { id } apiVersion }`, {}, { authorization: "Bearer not.a.token" });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: null, apiVersion: expect.any(String) });
  });
});
