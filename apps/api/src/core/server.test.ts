import { GraphQLError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../test/helpers.js";
import { createDataSource } from "./db/data-source.js";
import { NotFoundError } from "./errors.js";
import { createApp, formatError } from "./server.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ referentials: false });
});
afterAll(() => api.close());

describe("health probes", () => {
  it("/healthz answers while the process is up", async () => {
    const res = await fetch(`${api.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz answers ready when the database is reachable and migrated", async () => {
    const res = await fetch(`${api.baseUrl}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });

  it("/readyz answers 503 when the database is unreachable", async () => {
    const ds = createDataSource("postgres://postgres@127.0.0.1:1/none", []);
    const { app } = await createApp({ ds });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const port = (server.address() as { port: number }).port;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(res.status).toBe(503);
    } finally {
      server.close();
    }
  });
});

describe("GraphQL transport", () => {
  it("refuses a body over 1 MB before parsing it", async () => {
    const res = await fetch(`${api.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ apiVersion }`, variables: { pad: "x".repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it("refuses batched requests", async () => {
    const res = await fetch(`${api.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ apiVersion }" }, { query: "{ apiVersion }" }]),
    });
    expect(res.status).toBe(400);
  });

  it("refuses a simple cross-site GET (CSRF prevention)", async () => {
    const res = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent("{ apiVersion }")}`);
    expect(res.status).toBe(400);
  });

  it("returns a request id header on every response", async () => {
    const res = await fetch(`${api.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "req-test-1" },
      body: JSON.stringify({ query: "{ apiVersion }" }),
    });
    expect(res.headers.get("x-request-id")).toBe("req-test-1");
  });
});

describe("error formatting", () => {
  it("masks an unexpected error: no message, stack, SQL or host name reaches the client", () => {
    const boom = new GraphQLError("connect ECONNREFUSED db.internal:5432", {
      originalError: new Error('relation "secret_table" does not exist'),
      path: ["x"],
    });
    const out = formatError(
      { message: boom.message, path: ["x"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } },
      boom,
    );
    expect(out.message).toMatch(/^Erreur interne/);
    expect(JSON.stringify(out)).not.toMatch(/ECONNREFUSED|secret_table|db\.internal|stacktrace/);
    expect(out.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("keeps a business refusal with its stable code and French message", () => {
    const err = new GraphQLError("x", { originalError: new NotFoundError("Établissement") });
    const out = formatError({ message: "x" }, err);
    expect(out).toMatchObject({ message: "Établissement introuvable.", extensions: { code: "NOT_FOUND" } });
  });

  it("turns input validation errors into BAD_USER_INPUT with one French problem per field", () => {
    const validation = new ArgumentValidationError([
      { property: "siret", constraints: { length: "Le SIRET doit comporter exactement 14 chiffres." }, children: [] },
      {
        property: "input",
        children: [{ property: "name", constraints: { notEmpty: "Le nom est obligatoire." }, children: [] }],
      },
    ] as never);
    const out = formatError({ message: validation.message }, new GraphQLError(validation.message, { originalError: validation }));
    expect(out.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "siret",
      problems: [
        { field: "siret", message: "Le SIRET doit comporter exactement 14 chiffres." },
        { field: "input.name", message: "Le nom est obligatoire." },
      ],
    });
  });
});

describe("a query that is not valid GraphQL", () => {
  it("is refused with GRAPHQL_VALIDATION_FAILED and touches nothing", async () => {
    const r = await api.gql("{ noSuchField }");
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
