/**
 * Bodies PostgreSQL would refuse or store damaged are refused at the door of every JSON route,
 * with a French BAD_USER_INPUT, and nothing is written (issue "Every door locked": a NUL byte used
 * to give "Erreur interne", invalid UTF-8 was stored as U+FFFD).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../test/helpers.js";
import { countRows } from "../test/organisation-fixtures.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.drop();
});

const CREATE = "mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id name } }";

async function post(body: Buffer | string) {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...api.admin!.headers },
    body,
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors?: { message: string; extensions: { code: string } }[]; data?: unknown },
  };
}

describe("JSON bodies", () => {
  it("refuses a NUL character in any text, in French, writing nothing", async () => {
    const before = await countRows(api, "network");
    const { status, body } = await post(JSON.stringify({ query: CREATE, variables: { i: { name: "Réseau\u0000Nul", kind: "APP" } } }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("caractère nul");
    expect(await countRows(api, "network")).toBe(before);
  });

  it("refuses a body that is not valid UTF-8 instead of storing it damaged", async () => {
    const before = await countRows(api, "network");
    const json = Buffer.from(JSON.stringify({ query: CREATE, variables: { i: { name: "Réseau XX", kind: "APP" } } }), "utf8");
    const at = json.indexOf("XX");
    json[at] = 0xff; // a byte no UTF-8 text contains
    const { status, body } = await post(json);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("UTF-8");
    expect(await countRows(api, "network")).toBe(before);
  });

  it("still takes accents, apostrophes and emoji", async () => {
    const { status, body } = await post(
      JSON.stringify({ query: CREATE, variables: { i: { name: "Réseau d'Île-de-France ✓", kind: "APP" } } }),
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
