/**
 * The limits an operation meets before it runs (core/graphql-limits.ts), over real HTTP: each
 * refuses what it should with its stable code and a French message, and a refused operation
 * runs no SQL statement at all. Accepted operations carry their cost in `extensions.cost`.
 */
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { getIntrospectionQuery, GraphQLError } from "graphql";
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs } from "../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../test/helpers.js";
import { countStatements } from "../test/organisation-fixtures.js";
import { corsOriginsFromEnv } from "./cors.js";
import { DomainError } from "./errors.js";
import { DEFAULT_GRAPHQL_LIMITS, exceedsTokens, graphqlLimitsFromEnv } from "./graphql-limits.js";
import { createApp, formatError, type AppOptions } from "./server.js";

/** `api.gql` calls as the file's ADMIN (most root fields need a signed-in user); `api.anonymousGql` as nobody. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ referentials: false });
});
afterAll(async () => {
  await api?.close();
});

const L = DEFAULT_GRAPHQL_LIMITS;
const code = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

/**
 * Runs `query` over HTTP, anonymously unless `as` is "admin", and lists the SQL statements it
 * caused. Refusals are measured anonymously: a signed-in request also runs the session check
 * when its context is built, whatever the operation.
 */
async function measured(query: string, variables?: Record<string, unknown>, as: "anonymous" | "admin" = "anonymous") {
  let res!: Awaited<ReturnType<TestApi["gql"]>>;
  const statements = await countStatements(api, async () => {
    res = await (as === "admin" ? api.gql(query, variables) : api.anonymousGql(query, variables));
  });
  return { ...res, statements };
}

/** A valid query whose deepest path has exactly `depth` fields (the last one a scalar). */
function queryOfDepth(depth: number): string {
  const cycle = ["network", "organisations(first: 1)", "edges", "node"];
  const path = ["establishment(id: $id)", "organisation"];
  while (path.length < depth - 1) path.push(cycle[(path.length - 2) % cycle.length]!);
  return `query($id: ID!) { ${path.join(" { ")} { __typename }${" }".repeat(path.length)}`;
}

describe("depth", () => {
  it(`refuses an operation nested deeper than ${L.maxDepth} levels with QUERY_TOO_DEEP, before any SQL`, async () => {
    const r = await measured(queryOfDepth(L.maxDepth + 1), { id: randomUUID() });
    expect(r.status).toBe(400);
    expect(code(r)).toBe("QUERY_TOO_DEEP");
    expect(r.errors?.[0]?.extensions).toMatchObject({ maximum: L.maxDepth, found: L.maxDepth + 1 });
    expect(r.errors?.[0]?.message).toMatch(/trop profonde/);
    expect(r.statements).toEqual([]);
  });

  it(`accepts ${L.maxDepth} levels`, async () => {
    const r = await measured(queryOfDepth(L.maxDepth), { id: randomUUID() }, "admin");
    expect(code(r)).toBe("NOT_FOUND"); // it ran: the establishment does not exist
    expect(r.statements.length).toBeGreaterThan(0);
  });
});

describe("aliases", () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: networks(first: 1) { totalCount }`).join(" ")} }`;

  it(`refuses more than ${L.maxAliases} aliases with QUERY_TOO_MANY_ALIASES, before any SQL`, async () => {
    const r = await measured(aliased(L.maxAliases + 1));
    expect(r.status).toBe(400);
    expect(code(r)).toBe("QUERY_TOO_MANY_ALIASES");
    expect(r.errors?.[0]?.extensions).toMatchObject({ maximum: L.maxAliases, found: L.maxAliases + 1 });
    expect(r.errors?.[0]?.message).toMatch(/trop d'alias/);
    expect(r.statements).toEqual([]);
  });

  it(`accepts ${L.maxAliases}`, async () => {
    const r = await measured(aliased(L.maxAliases), undefined, "admin");
    expect(r.errors).toBeUndefined();
    expect(r.statements.length).toBeGreaterThan(0);
  });
});

describe("directives", () => {
  const directed = (n: number) => `{ networks(first: 1) { ${"totalCount @include(if: true) ".repeat(n)} } }`;

  it(`refuses more than ${L.maxDirectives} directives with QUERY_TOO_MANY_DIRECTIVES, before any SQL`, async () => {
    const r = await measured(directed(L.maxDirectives + 1));
    expect(r.status).toBe(400);
    expect(code(r)).toBe("QUERY_TOO_MANY_DIRECTIVES");
    expect(r.errors?.[0]?.extensions).toMatchObject({ maximum: L.maxDirectives, found: L.maxDirectives + 1 });
    expect(r.errors?.[0]?.message).toMatch(/trop de directives/);
    expect(r.statements).toEqual([]);
  });

  it(`accepts ${L.maxDirectives}`, async () => {
    expect((await measured(directed(L.maxDirectives), undefined, "admin")).errors).toBeUndefined();
  });
});

describe("tokens", () => {
  it(`refuses a document of more than ${L.maxTokens} tokens with QUERY_TOO_MANY_TOKENS, before parsing or any SQL`, async () => {
    const r = await measured(`{ networks(first: 1) { ${"totalCount ".repeat(L.maxTokens)} } }`);
    expect(r.status).toBe(400);
    expect(code(r)).toBe("QUERY_TOO_MANY_TOKENS");
    expect(r.errors?.[0]?.extensions).toMatchObject({ maximum: L.maxTokens });
    expect(r.errors?.[0]?.message).toMatch(/trop longue/);
    expect(r.statements).toEqual([]);
  });

  it("leaves room for a full introspection query and for a malformed one to get its syntax error", async () => {
    expect(
      exceedsTokens(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }), L.maxTokens),
    ).toBe(false);
    const r = await measured(`{ networks(first: 1) { totalCount `);
    expect(code(r)).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("cost: list size × children", () => {
  const cost = (r: object) => (r as { extensions?: { cost?: unknown } }).extensions?.cost;

  it("returns the cost of an accepted operation in extensions.cost, growing with `first`", async () => {
    const page = (first?: number) => `{ networks${first ? `(first: ${first})` : ""} { totalCount edges { node { id name } } } }`;
    const r10 = await api.gql(page(10));
    const r50 = await api.gql(page(50));
    const rDefault = await api.gql(page());
    expect(r10.errors).toBeUndefined();
    // 1 for the connection + one per row asked for; scalars come with their row.
    expect(cost(r10)).toEqual({ requested: 11, maximum: L.maxCost });
    expect(cost(r50)).toEqual({ requested: 51, maximum: L.maxCost });
    expect(cost(rDefault)).toEqual({ requested: 21, maximum: L.maxCost }); // PageArgs' default page of 20
  });

  it("multiplies nested lists, and counts a plain list at its configured size", async () => {
    const nested = await api.gql(`{ networks(first: 10) { edges { node { organisations(first: 5) { edges { node { id } } } } } } }`);
    expect(cost(nested)).toEqual({ requested: 1 + 10 * (1 + (1 + 5 * 1)), maximum: L.maxCost });
    const plain = await api.gql(`{ departments { code region { code } } }`);
    expect(cost(plain)).toEqual({ requested: L.listSize * (1 + 1), maximum: L.maxCost });
  });

  it(`refuses an operation costing more than ${L.maxCost} with QUERY_TOO_COSTLY, before any SQL`, async () => {
    const r = await measured(`{ networks(first: 100) { edges { node { organisations(first: 100) { edges { node { id } } } } } } }`);
    expect(r.status).toBe(400);
    expect(code(r)).toBe("QUERY_TOO_COSTLY");
    expect(r.errors?.[0]?.extensions).toMatchObject({ maximum: L.maxCost, found: 1 + 100 * (1 + (1 + 100)) });
    expect(r.errors?.[0]?.message).toMatch(/trop coûteuse/);
    expect(r.statements).toEqual([]);
  });

  it("refuses it to a signed-in caller too, with no SQL beyond the session check", async () => {
    const sessionCheck = (await measured(`{ apiVersion }`, undefined, "admin")).statements;
    const r = await measured(
      `{ networks(first: 100) { edges { node { organisations(first: 100) { edges { node { id } } } } } } }`,
      undefined,
      "admin",
    );
    expect(code(r)).toBe("QUERY_TOO_COSTLY");
    expect(r.statements).toEqual(sessionCheck);
  });

  it("takes `first` from variables too", async () => {
    const q = `query($n: Int) { networks(first: $n) { edges { node { organisations(first: $n) { edges { node { id } } } } } } }`;
    expect(code(await measured(q, { n: 100 }))).toBe("QUERY_TOO_COSTLY");
    expect(cost(await api.gql(q, { n: 3 }))).toEqual({ requested: 1 + 3 * (1 + (1 + 3)), maximum: L.maxCost });
  });

  it("keeps refusing pages over 100 rows (PageArgs), with no SQL beyond the session check and the budget's charge", async () => {
    const sessionCheck = (await measured(`{ apiVersion }`, undefined, "admin")).statements;
    expect(sessionCheck.length).toBeGreaterThan(0);
    const r = await measured(`{ networks(first: 101) { totalCount } }`, undefined, "admin");
    expect(code(r)).toBe("BAD_USER_INPUT");
    // The operation costs 1 (its page is refused while it executes, after it was charged).
    expect(r.statements).toEqual([...sessionCheck, expect.stringMatching(/^\s*INSERT INTO query_budget/)]);
  });
});

describe("introspection", () => {
  it("is refused to an anonymous caller with UNAUTHENTICATED, before any SQL, however it is asked", async () => {
    for (const q of [
      `{ __schema { queryType { name } } }`,
      `{ __type(name: "Network") { fields { name } } }`,
      `query { ...F } fragment F on Query { __schema { types { name } } }`,
      `{ apiVersion x: __type(name: "Query") { name } }`,
    ]) {
      const r = await measured(q);
      expect(code(r), q).toBe("UNAUTHENTICATED");
      expect(r.errors?.[0]?.message).toMatch(/Connectez-vous/);
      expect(r.data).toBeUndefined();
      expect(r.statements).toEqual([]);
    }
  });

  it("leaves __typename to everyone", async () => {
    const r = await api.anonymousGql(`{ __typename apiVersion }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ __typename: "Query" });
  });

  it("answers any signed-in user the full introspection query, within every limit and at no cost", async () => {
    const analyst = await actAs(api, [{ role: Role.ANALYST }]);
    const r = (await analyst.gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }))) as any;
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe("Query");
    expect(r.extensions?.cost).toEqual({ requested: 0, maximum: L.maxCost });
  });
});

/** Another app on the same database, with other options, listening on a free port. */
async function serve(options: Omit<AppOptions, "ds">) {
  const { apollo, listen } = await createApp({ ds: api.ds, ...options });
  const server: Server = await listen(0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await apollo.stop();
    },
  };
}

describe("CORS", () => {
  const post = (baseUrl: string, origin: string) =>
    fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ query: "{ apiVersion }" }),
    });
  const preflight = (baseUrl: string, origin: string) =>
    fetch(`${baseUrl}/graphql`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });

  it("allows no other origin by default (the SPA is served by the API itself)", async () => {
    for (const res of [await post(api.baseUrl, "https://evil.example"), await preflight(api.baseUrl, "https://evil.example")]) {
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  it("allows exactly the origins of CORS_ORIGINS, with credentials (the refresh cookie)", async () => {
    const app = await serve({ corsOrigins: corsOriginsFromEnv({ CORS_ORIGINS: "http://localhost:5173, https://admin.clea.example" }) });
    try {
      const ok = await post(app.baseUrl, "http://localhost:5173");
      expect(ok.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      expect(ok.headers.get("access-control-allow-credentials")).toBe("true");
      const pre = await preflight(app.baseUrl, "https://admin.clea.example");
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-origin")).toBe("https://admin.clea.example");
      expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
      for (const other of ["https://evil.example", "http://localhost:5174", "https://admin.clea.example.evil.example"]) {
        expect((await post(app.baseUrl, other)).headers.get("access-control-allow-origin"), other).toBeNull();
        expect((await preflight(app.baseUrl, other)).headers.get("access-control-allow-origin"), other).toBeNull();
      }
    } finally {
      await app.close();
    }
  });

  it("refuses a CORS_ORIGINS entry that is not an origin, at start", () => {
    expect(corsOriginsFromEnv({})).toEqual([]);
    expect(() => corsOriginsFromEnv({ CORS_ORIGINS: "*" })).toThrow(/not an origin/);
    expect(() => corsOriginsFromEnv({ CORS_ORIGINS: "https://admin.clea.example/app" })).toThrow(/origin only/);
  });
});

describe("field suggestions", () => {
  const typo = `{ networkz { totalCount } }`;

  it("are given in development", async () => {
    const r = await api.gql(typo);
    expect(r.errors?.[0]?.message).toMatch(/Did you mean "network" or "networks"\?/);
  });

  it("are absent in production, for fields, arguments and types alike", async () => {
    const app = await serve({ production: true });
    try {
      for (const q of [typo, `{ networks(frist: 1) { totalCount } }`, `query($f: EstablishmentFiltre) { apiVersion }`]) {
        const res = await fetch(`${app.baseUrl}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: q }),
        });
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code, q).toBe("GRAPHQL_VALIDATION_FAILED");
        expect(body.errors[0]!.message, q).not.toMatch(/Did you mean|"network"|"first"|"EstablishmentFilter"/);
      }
    } finally {
      await app.close();
    }
  });
});

describe("configuration", () => {
  it("reads every limit from the environment and refuses a value that is not a positive integer", () => {
    expect(graphqlLimitsFromEnv({})).toEqual({ ...DEFAULT_GRAPHQL_LIMITS, blockSuggestions: false });
    expect(
      graphqlLimitsFromEnv({ GRAPHQL_MAX_COST: "2500", GRAPHQL_MAX_DEPTH: "8", GRAPHQL_LIST_SIZE: "50", NODE_ENV: "production" }),
    ).toMatchObject({
      maxCost: 2500,
      maxDepth: 8,
      listSize: 50,
      blockSuggestions: true,
    });
    expect(() => graphqlLimitsFromEnv({ GRAPHQL_MAX_ALIASES: "0" })).toThrow(/GRAPHQL_MAX_ALIASES/);
    expect(() => graphqlLimitsFromEnv({ GRAPHQL_MAX_TOKENS: "lots" })).toThrow(/GRAPHQL_MAX_TOKENS/);
  });

  it("applies limits given to createApp", async () => {
    const app = await serve({ limits: { maxCost: 30 } });
    try {
      const res = await fetch(`${app.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ networks(first: 30) { edges { node { id } } } }" }),
      });
      const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", maximum: 30, found: 31 });
    } finally {
      await app.close();
    }
  });
});

describe("refusals a client acts on pass the error mask", () => {
  it("keeps the code and message of RATE_LIMITED, FORBIDDEN and UNAUTHENTICATED, thrown as DomainError or as plain GraphQLError", () => {
    for (const c of ["RATE_LIMITED", "FORBIDDEN", "UNAUTHENTICATED"] as const) {
      for (const error of [new DomainError(c, "Refus motivé."), new GraphQLError("Refus motivé.", { extensions: { code: c } })]) {
        const formatted = formatError({ message: error.message, extensions: { ...error.extensions } }, error);
        expect(formatted).toMatchObject({ message: "Refus motivé.", extensions: { code: c } });
      }
    }
  });
});
