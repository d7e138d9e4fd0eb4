import { from, HttpLink } from "@apollo/client/core";
import { buildClientSchema, buildSchema, introspectionFromSchema } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { createAuthLink } from "../../session/auth-link.ts";
import {
  describeType,
  EXAMPLES,
  loadSaved,
  readBudget,
  readCost,
  readErrors,
  rootFields,
  runOperation,
  save,
  searchFields,
  storageKey,
} from "./explorer.ts";

const SDL = `
"""Une demande de certification"""
type Dossier { id: ID! state: DossierState! }
"""L'état d'un dossier"""
enum DossierState { """Ouvert""" OPENED CLOSED }
input DossierFilter { """États retenus""" states: [DossierState!] }
type DossierConnection { totalCount: Int! }
type Query {
  """Les dossiers visibles, les plus récents d'abord"""
  dossiers(filter: DossierFilter, """Nombre d'éléments (au plus 100)""" first: Int = 20): DossierConnection!
  dossier(id: ID!): Dossier!
  """Ce qui demande l'attention"""
  networkAttention(networkId: ID): Int!
}
type Mutation {
  """Ouvre un dossier pour un candidat"""
  openDossier(candidateId: ID!): Dossier!
}
`;
/** The schema as the SPA gets it: through an introspection result, like loadSchema(). */
const schema = buildClientSchema(introspectionFromSchema(buildSchema(SDL)));

/** The SPA's transport (apollo.ts: auth link + HttpLink) in front of a scripted fetch. */
function transport(answers: { status: number; body: unknown }[]) {
  let token = "tok-1";
  const session = {
    token: vi.fn(async () => token),
    refresh: vi.fn(async () => {
      token = "tok-2";
      return true;
    }),
  };
  const requests: { authorization: string | null; body: { query: string; variables: unknown; operationName?: string } }[] = [];
  const fetch = vi.fn(async (_uri: string, init: RequestInit) => {
    requests.push({ authorization: new Headers(init.headers).get("authorization"), body: JSON.parse(String(init.body)) });
    const a = answers.shift()!;
    return new Response(JSON.stringify(a.body), { status: a.status, headers: { "content-type": "application/json" } });
  });
  const link = from([createAuthLink(session), new HttpLink({ uri: "http://api.test/graphql", fetch: fetch as never })]);
  return { link, session, requests, fetch };
}

describe("reading a run's answer", () => {
  it("reads the cost the API returns in extensions.cost, and the budget when it is there", () => {
    expect(readCost({ cost: { requested: 42, maximum: 5000 } })).toEqual({ requested: 42, maximum: 5000 });
    expect(readCost({ cost: 7 })).toEqual({ requested: 7, maximum: null });
    expect(readCost({})).toBeNull();
    expect(readCost(undefined)).toBeNull();
    expect(readCost({ cost: { maximum: 10 } })).toBeNull();
    expect(readBudget({ cost: { requested: 1 } })).toBeNull();
    expect(readBudget({ budget: { remaining: 880, limit: 1000, resetAt: "2026-11-27T03:00:00.000Z" } })).toEqual({
      remaining: 880,
      limit: 1000,
      resetAt: "2026-11-27T03:00:00.000Z",
      refillPerMinute: null,
    });
    // The shape of ADR 0016.
    expect(
      readBudget({ budget: { remaining: 99_994, capacity: 100_000, refillPerMinute: 50_000, resetAt: "2026-11-27T03:00:01.000Z" } }),
    ).toEqual({
      remaining: 99_994,
      limit: 100_000,
      refillPerMinute: 50_000,
      resetAt: "2026-11-27T03:00:01.000Z",
    });
    expect(readBudget({ budget: { remaining: 3, capacity: 10 } })).toEqual({
      remaining: 3,
      limit: 10,
      resetAt: null,
      refillPerMinute: null,
    });
    expect(readBudget({ budget: 12 })).toEqual({ remaining: 12, limit: null, resetAt: null, refillPerMinute: null });
  });

  it("gives each error its extensions.code, its message and its path", () => {
    expect(
      readErrors({
        errors: [{ message: "Dossier introuvable.", path: ["dossier"], extensions: { code: "NOT_FOUND" } }, { message: "Boom" }],
      }),
    ).toEqual([
      { code: "NOT_FOUND", message: "Dossier introuvable.", path: "dossier" },
      { code: "INTERNAL_SERVER_ERROR", message: "Boom", path: null },
    ]);
    expect(readErrors({ data: {} })).toEqual([]);
  });
});

describe("running an operation through the SPA's transport", () => {
  it("sends the operation and variables with the session token and shows data, cost and budget", async () => {
    const { link, requests } = transport([
      {
        status: 200,
        body: {
          data: { dossiers: { totalCount: 3 } },
          extensions: { cost: { requested: 21, maximum: 5000 }, budget: { remaining: 979, limit: 1000 } },
        },
      },
    ]);
    const out = await runOperation(link, "query D($first: Int) { dossiers(first: $first) { totalCount } }", '{ "first": 5 }');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.authorization).toBe("Bearer tok-1");
    expect(requests[0]!.body.variables).toEqual({ first: 5 });
    // No __typename added: the explorer sends exactly what was typed (no cache in the way).
    expect(requests[0]!.body.query).not.toContain("__typename");
    expect(out.errors).toEqual([]);
    expect(out.response.data).toEqual({ dossiers: { totalCount: 3 } });
    expect(out.cost).toEqual({ requested: 21, maximum: 5000 });
    expect(out.budget).toEqual({ remaining: 979, limit: 1000, resetAt: null, refillPerMinute: null });
  });

  it("refreshes an expired session token and runs the operation again, like every other screen", async () => {
    const { link, requests, session } = transport([
      { status: 200, body: { errors: [{ message: "Vous devez être connecté.", extensions: { code: "UNAUTHENTICATED" } }] } },
      { status: 200, body: { data: { dossiers: { totalCount: 1 } }, extensions: { cost: { requested: 2, maximum: 5000 } } } },
    ]);
    const out = await runOperation(link, "{ dossiers { totalCount } }", "");
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.authorization)).toEqual(["Bearer tok-1", "Bearer tok-2"]);
    expect(out.errors).toEqual([]);
    expect(out.cost?.requested).toBe(2);
  });

  it("shows the code and message of an operation the API refuses with HTTP 400", async () => {
    const { link } = transport([
      {
        status: 400,
        body: { errors: [{ message: 'Cannot query field "nope" on type "Query".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] },
      },
    ]);
    const out = await runOperation(link, "{ nope }", "");
    expect(out.status).toBe(400);
    expect(out.errors).toEqual([{ code: "GRAPHQL_VALIDATION_FAILED", message: 'Cannot query field "nope" on type "Query".', path: null }]);
  });

  it("shows the cost and budget of a run refused for an exhausted budget (HTTP 429)", async () => {
    const { link } = transport([
      {
        status: 429,
        body: {
          errors: [
            {
              message: "Votre budget de requêtes est épuisé.",
              extensions: {
                code: "QUERY_BUDGET_EXHAUSTED",
                retryAfterSeconds: 11,
                cost: 40,
                budget: { remaining: 2, capacity: 100, refillPerMinute: 10, resetAt: "2026-11-27T03:10:00.000Z" },
              },
            },
          ],
        },
      },
    ]);
    const out = await runOperation(link, "{ dossiers { totalCount } }", "");
    expect(out.status).toBe(429);
    expect(out.errors.map((e) => e.code)).toEqual(["QUERY_BUDGET_EXHAUSTED"]);
    expect(out.cost).toEqual({ requested: 40, maximum: null });
    expect(out.budget).toEqual({ remaining: 2, limit: 100, refillPerMinute: 10, resetAt: "2026-11-27T03:10:00.000Z" });
  });

  it("answers a syntax error or bad variables locally, without a request", async () => {
    const { link, fetch } = transport([]);
    const syntax = await runOperation(link, "{ dossiers { ", "");
    expect(syntax.errors[0]!.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(syntax.errors[0]!.message).toMatch(/\(1:\d+\)$/);
    const vars = await runOperation(link, "{ dossiers { totalCount } }", "{ first: 5 }");
    expect(vars.errors[0]!.code).toBe("BAD_VARIABLES_JSON");
    expect((await runOperation(link, "{ dossiers { totalCount } }", "[1]")).errors[0]!.code).toBe("BAD_VARIABLES_JSON");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("runs the chosen operation of a document that has several", async () => {
    const { link, requests } = transport([{ status: 200, body: { data: { dossier: { id: "1" } } } }]);
    const doc =
      "query A { dossiers { totalCount } }\nquery B { dossier(id: 1) { ...D } }\nfragment D on Dossier { id ...E }\nfragment E on Dossier { state }\nfragment F on Dossier { id }";
    const out = await runOperation(link, doc, "", "B");
    expect(out.errors).toEqual([]);
    expect(requests[0]!.body.operationName).toBe("B");
    // Only B and the fragments it uses (the API refuses unused fragments).
    expect(requests[0]!.body.query.replace(/\s+/g, " ")).toBe(
      "query B { dossier(id: 1) { ...D } } fragment D on Dossier { id ...E } fragment E on Dossier { state }",
    );
    expect((await runOperation(link, "fragment F on Dossier { id }", "")).errors[0]!.code).toBe("NO_OPERATION");
    expect((await runOperation(link, "type T { a: Int }", "")).errors[0]!.code).toBe("NOT_AN_OPERATION");
    expect(requests).toHaveLength(1);
  });
});

describe("the documentation pane", () => {
  it("lists the query then mutation fields with their French descriptions, arguments and types", () => {
    const fields = rootFields(schema);
    expect(fields.map((f) => `${f.root}.${f.name}`)).toEqual([
      "query.dossier",
      "query.dossiers",
      "query.networkAttention",
      "mutation.openDossier",
    ]);
    const dossiers = fields.find((f) => f.name === "dossiers")!;
    expect(dossiers).toMatchObject({
      type: "DossierConnection!",
      typeName: "DossierConnection",
      description: "Les dossiers visibles, les plus récents d'abord",
    });
    expect(dossiers.args).toEqual([
      { name: "filter", type: "DossierFilter", description: null, defaultValue: null },
      { name: "first", type: "Int", description: "Nombre d'éléments (au plus 100)", defaultValue: "20" },
    ]);
  });

  it("searches names, descriptions and arguments, ignoring case and accents", () => {
    const fields = rootFields(schema);
    expect(searchFields(fields, "ATTENTION").map((f) => f.name)).toEqual(["networkAttention"]);
    expect(searchFields(fields, "recents dossiers").map((f) => f.name)).toEqual(["dossiers"]);
    expect(searchFields(fields, "candidateId").map((f) => f.name)).toEqual(["openDossier"]);
    expect(searchFields(fields, "  ")).toHaveLength(4);
    expect(searchFields(fields, "inexistant")).toEqual([]);
  });

  it("describes a type: object fields, input fields and enum values", () => {
    expect(describeType(schema, "Dossier")).toMatchObject({
      kind: "OBJECT",
      description: "Une demande de certification",
      fields: [
        { name: "id", type: "ID!" },
        { name: "state", type: "DossierState!", typeName: "DossierState" },
      ],
    });
    expect(describeType(schema, "DossierFilter")).toMatchObject({
      kind: "INPUT",
      fields: [{ name: "states", type: "[DossierState!]", description: "États retenus" }],
    });
    expect(describeType(schema, "DossierState")).toMatchObject({
      kind: "ENUM",
      values: [
        { name: "OPENED", description: "Ouvert" },
        { name: "CLOSED", description: null },
      ],
    });
    expect(describeType(schema, "Nope")).toBeNull();
  });
});

describe("examples and storage", () => {
  it("offers examples that are valid GraphQL documents with JSON variables", async () => {
    const { link, fetch } = transport(EXAMPLES.map(() => ({ status: 200, body: { data: {} } })));
    for (const ex of EXAMPLES) {
      const out = await runOperation(link, ex.query, ex.variables);
      expect(out.errors, ex.id).toEqual([]);
    }
    expect(fetch).toHaveBeenCalledTimes(EXAMPLES.length);
  });

  it("keeps the last operation per user", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    save("u1", { query: "{ a }", variables: "{}" }, storage);
    expect(loadSaved("u1", storage)).toEqual({ query: "{ a }", variables: "{}" });
    expect(loadSaved("u2", storage)).toBeNull();
    store.set(storageKey("u3"), "not json");
    expect(loadSaved("u3", storage)).toBeNull();
  });
});
