/**
 * Every door of the API, generated from the capability table (packages/schema capabilities.ts):
 * each GraphQL root field and each REST route, as each role and as an anonymous caller. A new
 * mutation, query or route is covered without anyone adding a test: the server refuses to start
 * without its entry, and these tests iterate over the entries.
 */
import { randomUUID } from "node:crypto";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  execute,
  getNamedType,
  isLeafType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EXPORTABLE_LISTS,
  Role,
  can,
  canExport,
  capabilities,
  graphqlDoors,
  restDoors,
  type CapabilityName,
  type GraphqlRootType,
  type RestDoor,
  type RoleGrant,
} from "@clea/schema";
import { Principal } from "../core/auth/principal.js";
import { RequestContext } from "../core/context.js";
import { refusal } from "../core/permissions.js";
import { getSchema } from "../core/schema.js";
import { actAs, type Actor } from "../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../test/helpers.js";
import { createEstablishment, createNetwork, createOrganisation } from "../test/organisation-fixtures.js";

const NATIONAL: Role[] = [Role.ADMIN, Role.ANALYST, Role.JURY];
const NETWORK: Role[] = [Role.NETWORK_MANAGER];
const ALL_ROLES = Object.values(Role) as Role[];

/** One grant of `role` at the scope it is usually given. */
function grantOf(role: Role, networkId: string, establishmentId: string): RoleGrant {
  if (NATIONAL.includes(role)) return { role, networkId: null, establishmentId: null };
  if (NETWORK.includes(role)) return { role, networkId, establishmentId: null };
  return { role, networkId, establishmentId };
}

/** A literal for an input type: required fields only, values of the right type (their content is irrelevant). */
function literalOf(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return literalOf(type.ofType);
  if (type instanceof GraphQLList) return `[${literalOf(type.ofType)}]`;
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.name;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter((f) => f.type instanceof GraphQLNonNull);
    return `{ ${fields.map((f) => `${f.name}: ${literalOf(f.type)}`).join(", ")} }`;
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case "ID":
      return `"${randomUUID()}"`;
    case "Int":
      return "1";
    case "Float":
      return "1.5";
    case "Boolean":
      return "false";
    case "LocalDate":
      return `"2026-01-15"`;
    case "DateTime":
    case "DateTimeISO":
      return `"2026-01-15T10:00:00.000Z"`;
    case "JSON":
    case "JSONObject":
      return "{}";
    default:
      return `"x"`;
  }
}

/** An operation calling `field` with every required argument and the smallest selection. */
function operationOf(typeName: GraphqlRootType, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => a.type instanceof GraphQLNonNull);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literalOf(a.type)}`).join(", ")})` : "";
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return `${typeName === "Mutation" ? "mutation" : "query"} { ${field.name}${argText}${selection} }`;
}

let api: TestApi;
let schema: GraphQLSchema;
let networkId: string;
let establishmentId: string;

beforeAll(async () => {
  api = await createTestApi();
  schema = await getSchema();
  const network = await createNetwork(api, "Réseau des portes");
  const organisation = await createOrganisation(api, network.id, "Organisme des portes");
  const establishment = await createEstablishment(api, organisation, { name: "Établissement des portes" });
  networkId = network.id;
  establishmentId = establishment.id;
});
afterAll(async () => {
  await api?.drop();
});

/**
 * Runs `document` as `grants` (anonymous: null) inside a transaction rolled back afterwards:
 * what an allowed call would write never stays. Returns the first error, if any.
 */
async function runAs(grants: RoleGrant[] | null, document: string): Promise<{ code?: unknown; message?: string } | undefined> {
  const runner = api.ds.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const principal = grants ? new Principal(randomUUID(), "portes@test.clea.fr", "Portes", randomUUID(), grants) : undefined;
    const fakeReq = { headers: {}, ip: "127.0.0.1", socket: {} } as never;
    const ctx = new RequestContext(api.ds, undefined, runner.manager, principal, { req: fakeReq, res: {} as never, ip: "127.0.0.1" });
    const result = await execute({ schema, document: parse(document), contextValue: ctx });
    const error = result.errors?.[0];
    return error
      ? {
          code: (error.originalError as { extensions?: { code?: unknown } } | undefined)?.extensions?.code ?? error.extensions?.code,
          message: error.message,
        }
      : undefined;
  } finally {
    await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}

/** Whether an error is the door's own refusal of `capability`. */
function refusedByDoor(error: { code?: unknown; message?: string } | undefined, capability: CapabilityName, anonymous: boolean): boolean {
  if (!error) return false;
  if (anonymous) return error.code === "UNAUTHENTICATED";
  return error.code === "FORBIDDEN" && error.message === refusal(capability);
}

describe("every GraphQL root field, as every role", () => {
  const fields = (Object.keys(graphqlDoors) as GraphqlRootType[]).flatMap((typeName) =>
    Object.entries(graphqlDoors[typeName] as Record<string, CapabilityName>).map(([name, capability]) => ({ typeName, name, capability })),
  );

  it("lists every root field of the schema in the table, and nothing else", () => {
    const inSchema = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((n) => `Query.${n}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((n) => `Mutation.${n}`),
    ].sort();
    expect(fields.map((f) => `${f.typeName}.${f.name}`).sort()).toEqual(inSchema);
  });

  it("refuses at the door exactly the callers the table refuses", { timeout: 240_000 }, async () => {
    const mismatches: string[] = [];
    for (const { typeName, name, capability } of fields) {
      const root = typeName === "Query" ? schema.getQueryType()! : schema.getMutationType()!;
      const document = operationOf(typeName, root.getFields()[name]!);
      // Reads whose rows the scope chooses are the same for every signed-in role: one role suffices.
      const roles = capabilities[capability].who === "SIGNED_IN" ? [Role.TRAINER] : ALL_ROLES;
      for (const role of [null, ...roles]) {
        const grants = role ? [grantOf(role, networkId, establishmentId)] : null;
        const expectedAllowed = can(grants, capability);
        const error = await runAs(grants, document);
        const refused = refusedByDoor(error, capability, !role);
        if (refused === expectedAllowed)
          mismatches.push(
            `${typeName}.${name} as ${role ?? "anonymous"}: expected ${expectedAllowed ? "through the door" : "refused"}, got ${error?.code ?? "no error"} ${error?.message ?? ""}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  });
});

/** A concrete request for each REST door (parameters filled in). */
const REST_REQUESTS: Record<RestDoor, { method: string; path: string }> = {
  "GET /healthz": { method: "GET", path: "/healthz" },
  "GET /readyz": { method: "GET", path: "/readyz" },
  "POST /imports/:kind": { method: "POST", path: "/imports/establishments?networkId=NETWORK&dryRun=true" },
  "GET /certificates/:file": { method: "GET", path: "/certificates/CLEA-0000-0000-0000-0000.pdf" },
  "GET /exports/jobs/:id/file": { method: "GET", path: `/exports/jobs/${randomUUID()}/file` },
  "POST /exports/:file": { method: "POST", path: "/exports/report.csv" },
  "GET /exports/:file": { method: "GET", path: "/exports/dossiers.csv" },
  "GET /{*splat}": { method: "GET", path: "/tableau-de-bord" },
};

describe("every REST route, as every role", () => {
  const actors = new Map<Role, Actor>();
  beforeAll(async () => {
    for (const role of ALL_ROLES) actors.set(role, await actAs(api, [grantOf(role, networkId, establishmentId)]));
  });

  async function call(
    method: string,
    path: string,
    actor: Actor | null,
  ): Promise<{ status: number; body: { errors?: { message: string; extensions: { code: string } }[] } | null }> {
    const res = await fetch(`${api.baseUrl}${path.replace("NETWORK", networkId)}`, {
      method,
      headers: {
        ...(actor?.headers ?? {}),
        ...(method === "POST" ? { "content-type": path.startsWith("/imports") ? "text/csv" : "application/json" } : {}),
      },
      body: method === "POST" ? (path.startsWith("/imports") ? "nom;siret\n" : "{}") : undefined,
    });
    const text = await res.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      /* a file or a page */
    }
    return { status: res.status, body };
  }

  it("refuses at the door exactly the callers the table refuses", { timeout: 120_000 }, async () => {
    const mismatches: string[] = [];
    const mounted = new Set(["GET /{*splat}"]); // the SPA shell is served only when the SPA is built
    for (const [door, capability] of Object.entries(restDoors) as [RestDoor, CapabilityName][]) {
      const { method, path } = REST_REQUESTS[door];
      for (const role of [null, ...ALL_ROLES]) {
        const actor = role ? actors.get(role)! : null;
        const grants = role ? [grantOf(role, networkId, establishmentId)] : null;
        const expectedAllowed = can(grants, capability);
        const { status, body } = await call(method, path, actor);
        if (mounted.has(door) && status === 404 && !body) continue;
        const error = body?.errors?.[0];
        const refused = role ? status === 403 && error?.message === refusal(capability) : status === 401;
        if (refused === expectedAllowed)
          mismatches.push(
            `${door} as ${role ?? "anonymous"}: expected ${expectedAllowed ? "through" : "refused"}, got ${status} ${error?.message ?? ""}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("lets export each list only whoever may read it (the audit trail, the users…)", { timeout: 120_000 }, async () => {
    const mismatches: string[] = [];
    for (const [list, { slug }] of Object.entries(EXPORTABLE_LISTS) as [keyof typeof EXPORTABLE_LISTS, { slug: string }][]) {
      for (const role of ALL_ROLES) {
        const grants = [grantOf(role, networkId, establishmentId)];
        const { status } = await call("GET", `/exports/${slug}.csv`, actors.get(role)!);
        const allowed = canExport(grants, list);
        if ((status === 200) !== allowed) mismatches.push(`${slug} as ${role}: expected ${allowed ? 200 : "a refusal"}, got ${status}`);
        if (!allowed && status !== 403) mismatches.push(`${slug} as ${role}: a refusal must be 403, got ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("one line of the capability table", () => {
  it("changes what the API refuses, what the SPA offers and what the route test expects", async () => {
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId }]);
    const grants: RoleGrant[] = [{ role: Role.NETWORK_MANAGER, networkId, establishmentId: null }];
    const CREATE = `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`;
    const input = (legalName: string) => ({
      i: { networkId, siren: String(300_000_000 + Math.floor(Math.random() * 1e8)).slice(0, 9), legalName },
    });
    const entry = capabilities["network.configure"] as { who: readonly Role[] };
    const original = entry.who;
    expect(can(grants, "network.configure", { networkId })).toBe(true);
    try {
      // The line as shipped: a network manager configures their network.
      // (siren validity is not the point here; a refusal for it would not be FORBIDDEN)
      const before = await manager.gql(CREATE, input("Avant"));
      expect(before.errors?.[0]?.extensions?.code).not.toBe("FORBIDDEN");
      // The same line without NETWORK_MANAGER…
      entry.who = original.filter((r) => r !== Role.NETWORK_MANAGER);
      // …the API refuses the same call at its door,
      const after = await manager.gql(CREATE, input("Après"));
      expect(after.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(after.errors?.[0]?.message).toBe(refusal("network.configure"));
      // the SPA (which calls this very function) no longer offers it,
      expect(can(grants, "network.configure", { networkId })).toBe(false);
      // and the generated route test now expects the import route to refuse a network manager.
      const imported = await fetch(`${api.baseUrl}/imports/establishments?networkId=${networkId}&dryRun=true`, {
        method: "POST",
        headers: { ...manager.headers, "content-type": "text/csv" },
        body: "nom;siret\n",
      });
      expect(imported.status).toBe(403);
    } finally {
      entry.who = original;
    }
  });
});
