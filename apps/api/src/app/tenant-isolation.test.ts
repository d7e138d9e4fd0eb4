/**
 * Tenant isolation of the organisation model: for each kind of caller, what the real resolvers
 * answer — single fetches, lists, counts (root and nested) and writes. Runs the GraphQL
 * operations through Apollo with a context carrying the principal, as the HTTP layer builds it.
 */
import type { ApolloServer } from "@apollo/server";
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { establishmentService } from "../modules/establishment/establishment.service.js";
import { habilitationService } from "../modules/habilitation/habilitation.service.js";
import { networkService } from "../modules/network/network.service.js";
import { organisationService } from "../modules/organisation/organisation.service.js";
import { sirenOf, siretOf } from "../seed/generator/identifiers.js";
import { createTestDb, type TestDb } from "../test/helpers.js";
import { Principal, type RoleGrant } from "../core/auth/principal.js";
import { RequestContext } from "../core/context.js";
import { createApp } from "./index.js";

let db: TestDb;
let apollo: ApolloServer<RequestContext>;
const ids = {} as Record<"netA" | "netB" | "orgA" | "orgB" | "estA1" | "estA2" | "estB1" | "habA1" | "habB1", string>;

beforeAll(async () => {
  db = await createTestDb();
  ({ apollo } = await createApp({ ds: db.ds }));
  const sys = new RequestContext(db.ds); // system work, like the seed
  let n = 0;
  for (const side of ["A", "B"] as const) {
    const net = await networkService.create(sys, { name: `Réseau ${side}`, kind: "APP" });
    const siren = sirenOf(String(41_000_000 + side.charCodeAt(0)));
    const org = await organisationService.create(sys, { networkId: net.id, siren, legalName: `Organisme ${side}` });
    const est = [];
    for (const k of [1, 2]) {
      est.push(
        await establishmentService.create(sys, {
          organisationId: org.id,
          siret: siretOf(siren, ++n),
          name: `Centre ${side}${k}`,
          addressLine: "1 rue de la Paix",
          postalCode: "69003",
          city: "Lyon",
          departmentCode: "69",
        }),
      );
    }
    const hab = await habilitationService.create(sys, { establishmentId: est[0]!.id, certificationCode: "CLEA", role: "EVALUATOR" });
    Object.assign(ids, {
      [`net${side}`]: net.id,
      [`org${side}`]: org.id,
      [`est${side}1`]: est[0]!.id,
      [`est${side}2`]: est[1]!.id,
      [`hab${side}1`]: hab.id,
    });
  }
});
afterAll(async () => {
  await apollo.stop();
  await db.drop();
});

function as(grants: RoleGrant[] | null) {
  const principal = grants ? new Principal("00000000-0000-4000-8000-000000000001", "t@demo.clea.fr", "Test", "s", grants) : undefined;
  // An HTTP exchange is present, as for every API request (a context without one is system work).
  const http = { req: {} as never, res: {} as never, ip: "127.0.0.1" };
  return async (query: string, variables?: Record<string, unknown>) => {
    const ctx = new RequestContext(db.ds, undefined, undefined, principal, http);
    const res = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
    if (res.body.kind !== "single") throw new Error("unexpected incremental result");
    return res.body.singleResult as { data?: any; errors?: { extensions?: { code?: string } }[] };
  };
}
const g = (role: Role, networkId: string | null = null, establishmentId: string | null = null): RoleGrant => ({
  role,
  networkId,
  establishmentId,
});

const LISTS = `{
  networks(first: 5) { totalCount edges { node { name organisationCount establishmentCount
    organisations(first: 5) { totalCount edges { node { legalName establishmentCount establishments(first: 5) { totalCount edges { node { name habilitations { id } } } } } } } } } }
  organisations(first: 5) { totalCount }
  establishments(first: 5) { totalCount edges { node { name } } }
  habilitations(first: 5) { totalCount }
}`;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe("a network manager", () => {
  const run = () => as([g(Role.NETWORK_MANAGER, ids.netA)]);

  it("lists and counts only their network, at every level", async () => {
    const r = await run()(LISTS);
    expect(r.errors).toBeUndefined();
    expect(r.data.networks.totalCount).toBe(1);
    expect(r.data.networks.edges.map((e: any) => e.node.name)).toEqual(["Réseau A"]);
    expect(r.data.networks.edges[0].node.establishmentCount).toBe(2);
    expect(r.data.organisations.totalCount).toBe(1);
    expect(r.data.establishments.totalCount).toBe(2);
    expect(r.data.establishments.edges.map((e: any) => e.node.name)).toEqual(["Centre A1", "Centre A2"]);
    expect(r.data.habilitations.totalCount).toBe(1);
  });

  it("gets NOT_FOUND for another network's rows, exactly as for a missing id", async () => {
    for (const [field, id] of [
      ["network", ids.netB],
      ["organisation", ids.orgB],
      ["establishment", ids.estB1],
    ] as const) {
      const other = await run()(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
      const missing = await run()(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: "5f1c1a8e-0000-4000-8000-000000000000" });
      expect(code(other)).toBe("NOT_FOUND");
      expect(other.errors).toEqual(missing.errors);
    }
  });

  it("cannot write into another network, and the answer does not reveal the rows", async () => {
    const upd = await run()(`mutation($id: ID!) { updateEstablishment(id: $id, input: { name: "Pris" }) { id } }`, { id: ids.estB1 });
    expect(code(upd)).toBe("NOT_FOUND");
    const hab = await run()(
      `mutation($id: ID!) { changeHabilitationStatus(id: $id, action: GRANT, input: { startDate: "2026-01-01", endDate: "2030-01-01" }) { id } }`,
      { id: ids.habB1 },
    );
    expect(code(hab)).toBe("NOT_FOUND");
    const org = await run()(`mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`, {
      i: { networkId: ids.netB, siren: sirenOf("52000001"), legalName: "Intrus" },
    });
    expect(code(org)).toBe("NOT_FOUND");
    const sys = new RequestContext(db.ds);
    expect((await establishmentService.get(sys, ids.estB1)).name).toBe("Centre B1");
  });

  it("configures their own network but cannot create networks", async () => {
    const ok = await run()(`mutation($id: ID!) { updateEstablishment(id: $id, input: { city: "Villeurbanne" }) { city } }`, {
      id: ids.estA2,
    });
    expect(ok.errors).toBeUndefined();
    const net = await run()(`mutation { createNetwork(input: { name: "Mon réseau", kind: OTHER }) { id } }`);
    expect(code(net)).toBe("FORBIDDEN");
  });
});

describe("centre staff", () => {
  const run = () => as([g(Role.EVALUATOR, ids.netA, ids.estA1)]);

  it("see their establishment, the organisation and network above it, and counts limited to what they see", async () => {
    const r = await run()(LISTS);
    expect(r.errors).toBeUndefined();
    expect(r.data.networks.edges.map((e: any) => e.node.name)).toEqual(["Réseau A"]);
    expect(r.data.networks.edges[0].node.establishmentCount).toBe(1);
    expect(r.data.networks.edges[0].node.organisations.edges[0].node.establishments.totalCount).toBe(1);
    expect(r.data.establishments.edges.map((e: any) => e.node.name)).toEqual(["Centre A1"]);
    expect(r.data.habilitations.totalCount).toBe(1);
    expect(code(await run()(`query($id: ID!) { establishment(id: $id) { id } }`, { id: ids.estA2 }))).toBe("NOT_FOUND");
  });

  it("may not change the configuration of their own establishment", async () => {
    const r = await run()(`mutation($id: ID!) { updateEstablishment(id: $id, input: { name: "Renommé" }) { id } }`, { id: ids.estA1 });
    expect(code(r)).toBe("FORBIDDEN");
  });

  it("read the référentiels but may not edit them", async () => {
    const r = await run()(`{ certifications { code currentReferential { id domainCount } } }`);
    expect(r.data.certifications).toHaveLength(3);
    const refId = r.data.certifications[0].currentReferential.id;
    const edit = await run()(
      `mutation($id: ID!) { createReferentialDraft(input: { certificationCode: CLEA, version: "x", label: "x", copyFromId: $id }) { id } }`,
      { id: refId },
    );
    expect(code(edit)).toBe("FORBIDDEN");
  });
});

describe("analysts", () => {
  it("national: read the whole organisation model, write nothing", async () => {
    const run = as([g(Role.ANALYST)]);
    const r = await run(LISTS);
    expect(r.data.networks.totalCount).toBe(2);
    expect(r.data.establishments.totalCount).toBe(4);
    const upd = await run(`mutation($id: ID!) { updateEstablishment(id: $id, input: { name: "x" }) { id } }`, { id: ids.estA1 });
    expect(code(upd)).toBe("FORBIDDEN");
  });

  it("of one network: only that network", async () => {
    const r = await as([g(Role.ANALYST, ids.netB)])(LISTS);
    expect(r.data.networks.edges.map((e: any) => e.node.name)).toEqual(["Réseau B"]);
    expect(r.data.establishments.totalCount).toBe(2);
  });
});

describe("callers with no organisation scope", () => {
  it("a jury member sees no network, organisation, establishment or habilitation", async () => {
    const r = await as([g(Role.JURY)])(LISTS);
    expect(r.data.networks.totalCount).toBe(0);
    expect(r.data.organisations.totalCount).toBe(0);
    expect(r.data.establishments.totalCount).toBe(0);
    expect(r.data.habilitations.totalCount).toBe(0);
  });
});

describe("scoped queries", () => {
  it("keep the scope when a service adds its conditions with .where() (TypeORM would otherwise replace it)", async () => {
    const principal = new Principal("00000000-0000-4000-8000-000000000001", "t@demo.clea.fr", "Test", "s", [
      g(Role.NETWORK_MANAGER, ids.netA),
    ]);
    const ctx = new RequestContext(db.ds, undefined, undefined, principal, { req: {} as never, res: {} as never, ip: "127.0.0.1" });
    const { Establishment } = await import("../modules/establishment/establishment.entity.js");
    const { scopedQuery } = await import("../core/scope.js");
    expect(await scopedQuery(ctx, Establishment, "e").where("e.id = :id", { id: ids.estB1 }).getExists()).toBe(false);
    expect(await scopedQuery(ctx, Establishment, "e").where("e.id = :id", { id: ids.estA1 }).getExists()).toBe(true);
  });
});
