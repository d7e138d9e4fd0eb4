import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import {
  countRows,
  countStatements,
  createEstablishment,
  createHabilitation,
  createNetwork,
  createOrganisation,
  ok,
} from "../../test/organisation-fixtures.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import { actAs } from "../../test/auth-fixtures.js";

/** The `filter` of a text search on the networks' names. */
const search = (text: string) => ({ search: { contains: text } });

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const NETWORKS_PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: NetworkFilter, $orderBy: [NetworkOrder!]) {
  networks(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name } }
  }
}`;

describe("networks", () => {
  it("creates a network, reads it back with its counts and renames it", async () => {
    const network = await createNetwork(api, "Réseau des APP de Bretagne", "APP");
    expect(network.kind).toBe("APP");
    const organisation = await createOrganisation(api, network.id, "APP Rennes");
    await createEstablishment(api, organisation, { name: "APP Rennes Centre", nic: 1 });
    await createEstablishment(api, organisation, { name: "APP Rennes Sud", nic: 2 });

    const read = await ok(api, `query($id: ID!) { network(id: $id) { name kind organisationCount establishmentCount createdAt } }`, {
      id: network.id,
    });
    expect(read.network).toMatchObject({ name: "Réseau des APP de Bretagne", organisationCount: 1, establishmentCount: 2 });

    const renamed = await ok(
      api,
      `mutation($id: ID!) { updateNetwork(id: $id, input: { name: "  APP Bretagne  ", kind: OTHER }) { name kind } }`,
      {
        id: network.id,
      },
    );
    expect(renamed.updateNetwork).toEqual({ name: "APP Bretagne", kind: "OTHER" });
  });

  it("refuses a second network of the same name, whatever the case, with CONFLICT and writes nothing", async () => {
    await createNetwork(api, "GRETA Normandie", "GRETA");
    const before = await countRows(api, "network");
    const res = await api.gql(`mutation { createNetwork(input: { name: "greta normandie", kind: GRETA }) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0]?.message).toContain("GRETA Normandie");
    expect(await countRows(api, "network")).toBe(before);
  });

  it("turns a unique violation raised by the database (a race past the check) into the same CONFLICT", async () => {
    await api.ds.query(`INSERT INTO network (name, kind) VALUES ('Course', 'APP')`);
    const attempt = mapUniqueViolation(() => api.ds.query(`INSERT INTO network (name, kind) VALUES ('Course', 'APP')`), {
      name: "Un réseau nommé « Course » existe déjà.",
    });
    await expect(attempt).rejects.toMatchObject({
      message: "Un réseau nommé « Course » existe déjà.",
      extensions: { code: "CONFLICT", field: "name" },
    });
  });

  it("refuses an empty or too long name, naming the field", async () => {
    const before = await countRows(api, "network");
    const blank = await api.gql(`mutation { createNetwork(input: { name: "   ", kind: APP }) { id } }`);
    expect(blank.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(blank.errors?.[0]?.extensions?.problems).toEqual([{ field: "name", message: "Le nom du réseau est obligatoire." }]);
    const long = await api.gql(`mutation($n: String!) { createNetwork(input: { name: $n, kind: APP }) { id } }`, { n: "x".repeat(201) });
    expect(long.errors?.[0]?.extensions?.problems?.[0]?.field).toBe("name");
    expect(await countRows(api, "network")).toBe(before);
  });

  it("answers NOT_FOUND for an unknown or malformed id", async () => {
    for (const id of ["6f1c2a9e-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const res = await api.gql(`query($id: ID!) { network(id: $id) { id } }`, { id });
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });
});

describe("network list", () => {
  beforeAll(async () => {
    for (let i = 1; i <= 23; i++) await createNetwork(api, `Paging ${String(i).padStart(2, "0")}`, "PRIVATE");
    await createNetwork(api, "Taux 100% réussite", "PRIVATE");
    await createNetwork(api, "Taux 100 réussite", "PRIVATE");
  });

  it("pages forward through every row in name order, with the total count on each page", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = (await ok(api, NETWORKS_PAGE, { first: 10, after, filter: search("paging") })).networks;
      expect(page.totalCount).toBe(23);
      seen.push(...page.edges.map((e: any) => e.node.name));
      pages++;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `Paging ${String(i + 1).padStart(2, "0")}`));
  });

  it("pages backward with last/before", async () => {
    const end: any = (await ok(api, NETWORKS_PAGE, { last: 5, filter: search("paging") })).networks;
    expect(end.edges.map((e: any) => e.node.name)).toEqual(["Paging 19", "Paging 20", "Paging 21", "Paging 22", "Paging 23"]);
    expect(end.pageInfo.hasPreviousPage).toBe(true);
    const previous: any = (await ok(api, NETWORKS_PAGE, { last: 5, before: end.pageInfo.startCursor, filter: search("paging") })).networks;
    expect(previous.edges.map((e: any) => e.node.name)).toEqual(["Paging 14", "Paging 15", "Paging 16", "Paging 17", "Paging 18"]);
    expect(previous.pageInfo.hasNextPage).toBe(true);
  });

  it("searches case-insensitively, and a % in the text is a character, not a wildcard", async () => {
    const percent: any = (await ok(api, NETWORKS_PAGE, { filter: search("100%") })).networks;
    expect(percent.edges.map((e: any) => e.node.name)).toEqual(["Taux 100% réussite"]);
    const all: any = (await ok(api, NETWORKS_PAGE, { filter: search("%") })).networks;
    expect(all.totalCount).toBe(1);
    const upper: any = (await ok(api, NETWORKS_PAGE, { filter: search("TAUX 100") })).networks;
    expect(upper.totalCount).toBe(2);
  });

  it("combines conditions: a kind, and names with or/not", async () => {
    await createNetwork(api, "Combi GRETA Nord", "GRETA");
    await createNetwork(api, "Combi GRETA Sud", "GRETA");
    await createNetwork(api, "Combi APP Nord", "APP");
    const names = async (filter: object) =>
      ((await ok(api, NETWORKS_PAGE, { first: 50, filter })).networks.edges as any[]).map((e) => e.node.name);
    expect(await names({ and: [search("combi"), { kind: { eq: "GRETA" } }] })).toEqual(["Combi GRETA Nord", "Combi GRETA Sud"]);
    expect(await names({ ...search("combi"), or: [{ kind: { eq: "APP" } }, { name: { startsWith: "combi greta s" } }] })).toEqual([
      "Combi APP Nord",
      "Combi GRETA Sud",
    ]);
    expect(await names({ ...search("combi"), not: search("nord") })).toEqual(["Combi GRETA Sud"]);
  });

  it("sorts by the order asked and pages through it, the id breaking ties", async () => {
    const query = { filter: search("paging"), orderBy: [{ field: "NAME", direction: "DESC" }] };
    const first: any = (await ok(api, NETWORKS_PAGE, { ...query, first: 15 })).networks;
    const second: any = (await ok(api, NETWORKS_PAGE, { ...query, first: 15, after: first.pageInfo.endCursor })).networks;
    const names = [...first.edges, ...second.edges].map((e: any) => e.node.name);
    expect(names).toEqual(Array.from({ length: 23 }, (_, i) => `Paging ${String(23 - i).padStart(2, "0")}`));
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    // Every network was created in this run of the file: by creation, the oldest first.
    const byCreation: any = (
      await ok(api, NETWORKS_PAGE, { filter: search("paging"), orderBy: [{ field: "CREATED_AT", direction: "ASC" }], first: 2 })
    ).networks;
    expect(byCreation.edges.map((e: any) => e.node.name)).toEqual(["Paging 01", "Paging 02"]);
  });

  it("keeps a network manager to their own network, whatever the filter", async () => {
    const own = await createNetwork(api, "Responsable seul", "APP");
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: own.id }]);
    const res = await manager.gql(NETWORKS_PAGE, {
      first: 50,
      filter: { or: [search("paging"), search("combi"), { kind: { in: ["APP", "PRIVATE"] } }] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.networks.totalCount).toBe(1);
    expect(res.data.networks.edges.map((e: any) => e.node.name)).toEqual(["Responsable seul"]);
  });

  it("refuses a page larger than 100", async () => {
    const res = await api.gql(NETWORKS_PAGE, { first: 101 });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("nested lists", () => {
  const TREE = `query($first: Int!) { networks(first: $first, filter: { search: { contains: "Arbre" } }) { edges { node { name organisationCount establishmentCount
    organisations(first: 2) { totalCount edges { node { legalName establishmentCount
      establishments(first: 2) { totalCount edges { node { name habilitations { status certification { code } } } } } } } } } } } }`;

  beforeAll(async () => {
    for (let n = 0; n < 50; n++) {
      const network = await createNetwork(api, `Arbre ${String(n).padStart(2, "0")}`, "APP");
      if (n % 10 !== 0) continue; // a few full branches are enough to exercise every level
      for (let o = 0; o < 2; o++) {
        const organisation = await createOrganisation(api, network.id, `Organisme ${n}-${o}`);
        for (let e = 0; e < 2; e++) {
          const establishment = await createEstablishment(api, organisation, { name: `Site ${n}-${o}-${e}`, nic: e + 1 });
          await createHabilitation(api, establishment.id, "CLEA");
          await createHabilitation(api, establishment.id, "CLEA_NUMERIQUE");
        }
      }
    }
  });

  it("runs as many SQL statements for a page of 50 networks as for a page of 5 (no N+1)", async () => {
    let small: any;
    let large: any;
    const smallStatements = await countStatements(api, async () => (small = await ok(api, TREE, { first: 5 })));
    const largeStatements = await countStatements(api, async () => (large = await ok(api, TREE, { first: 50 })));
    expect(small.networks.edges).toHaveLength(5);
    expect(large.networks.edges).toHaveLength(50);
    const full = large.networks.edges.filter((e: any) => e.node.organisationCount > 0);
    expect(full).toHaveLength(5);
    for (const { node } of full) {
      expect(node.establishmentCount).toBe(4);
      expect(node.organisations.totalCount).toBe(2);
      for (const o of node.organisations.edges) {
        expect(o.node.establishments.totalCount).toBe(2);
        for (const e of o.node.establishments.edges)
          expect(e.node.habilitations.map((h: any) => h.certification.code).sort()).toEqual(["CLEA", "CLEA_NUMERIQUE"]);
      }
    }
    expect(largeStatements.length).toBe(smallStatements.length);
    expect(largeStatements.length).toBeLessThanOrEqual(13);
  });

  it("searches the organisations of each network", async () => {
    const data = await ok(
      api,
      `{ networks(filter: { search: { contains: "Arbre 10" } }) { edges { node { organisations(search: "10-1") { totalCount edges { node { legalName } } } } } } }`,
    );
    expect(data.networks.edges[0].node.organisations).toEqual({ totalCount: 1, edges: [{ node: { legalName: "Organisme 10-1" } }] });
  });

  it("pages the organisations of each network with first/after", async () => {
    const first = await ok(
      api,
      `{ networks(filter: { search: { contains: "Arbre 20" } }) { edges { node { organisations(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { legalName } } } } } } }`,
    );
    const page = first.networks.edges[0].node.organisations;
    expect(page).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { legalName: "Organisme 20-0" } }] });
    const next = await ok(
      api,
      `query($a: String) { networks(filter: { search: { contains: "Arbre 20" } }) { edges { node { organisations(first: 1, after: $a) { pageInfo { hasNextPage hasPreviousPage } edges { node { legalName } } } } } } }`,
      {
        a: page.pageInfo.endCursor,
      },
    );
    expect(next.networks.edges[0].node.organisations).toEqual({
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      edges: [{ node: { legalName: "Organisme 20-1" } }],
    });
  });
});
