/** Closing, reopening and moving an establishment: the rules, the scoping, the audit trail. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { addDays, todayInFrance } from "../../core/dates.js";
import { actAs } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { createEstablishment, createNetwork, createOrganisation, ok, siretOf } from "../../test/organisation-fixtures.js";

let api: TestApi;
let network: { id: string };
let organisation: { id: string; siren: string };
let nic = 1;
const freshEstablishment = () => createEstablishment(api, organisation, { name: `Centre cycle ${nic}`, nic: nic++ });

beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau du cycle de vie", "APP");
  organisation = await createOrganisation(api, network.id, "APP Cycle");
});
afterAll(async () => {
  await api?.close();
});

const CLOSE = `mutation($id: ID!, $on: LocalDate!) { closeEstablishment(id: $id, closedOn: $on) { id status closedOn } }`;
const REOPEN = `mutation($id: ID!) { reopenEstablishment(id: $id) { id status closedOn } }`;
const MOVE = `mutation($id: ID!, $o: ID!, $s: String!) { moveEstablishment(id: $id, organisationId: $o, siret: $s) { id siret organisationId networkId organisation { id } } }`;

const auditOf = (id: string) =>
  api.ds.query(
    `SELECT action, "changedFields", "networkId", "establishmentId" FROM audit_event WHERE "entityType" = 'Establishment' AND "entityId" = $1 ORDER BY "occurredAt", id`,
    [id],
  );

describe("closing and reopening", () => {
  it("closes an open establishment, refuses to close it twice, reopens it, and records each change", async () => {
    const e = await freshEstablishment();
    const closedOn = addDays(todayInFrance(), -3);
    expect((await ok(api, CLOSE, { id: e.id, on: closedOn })).closeEstablishment).toEqual({ id: e.id, status: "CLOSED", closedOn });
    const twice = await api.gql(CLOSE, { id: e.id, on: closedOn });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(twice.errors?.[0]?.message).toContain("déjà fermé");
    // History kept: the establishment is still read, listed under CLOSED.
    const listed = await ok(
      api,
      `query($n: ID) { establishments(filter: { networkId: { eq: $n }, status: { eq: CLOSED } }) { edges { node { id } } } }`,
      { n: network.id },
    );
    expect(listed.establishments.edges.map((x: any) => x.node.id)).toContain(e.id);
    expect((await ok(api, REOPEN, { id: e.id })).reopenEstablishment).toEqual({ id: e.id, status: "OPEN", closedOn: null });
    const again = await api.gql(REOPEN, { id: e.id });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const events = (await auditOf(e.id)).slice(1); // after the CREATE
    expect(events).toEqual([
      { action: "TRANSITION", changedFields: ["closedOn", "status"], networkId: network.id, establishmentId: e.id },
      { action: "TRANSITION", changedFields: ["closedOn", "status"], networkId: network.id, establishmentId: e.id },
    ]);
  });

  it("refuses a closing date in the future", async () => {
    const e = await freshEstablishment();
    const res = await api.gql(CLOSE, { id: e.id, on: addDays(todayInFrance(), 1) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "closedOn" });
  });

  it("lets a closed establishment take no new candidate", async () => {
    const e = await freshEstablishment();
    await ok(api, CLOSE, { id: e.id, on: todayInFrance() });
    const res = await api.gql(`mutation($i: CreateCandidateInput!) { createCandidate(input: $i) { id } }`, {
      i: {
        establishmentId: e.id,
        lastName: "Martin",
        firstNames: "Léa",
        birthDate: "1990-05-04",
        birthPlace: "Rennes",
        gender: "FEMALE",
        email: "lea.martin@exemple.fr",
        entryStatus: "JOB_SEEKER",
        qualificationLevel: "LEVEL_3_CAP_BEP",
        prescriber: "FRANCE_TRAVAIL",
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "establishmentId" });
    expect(res.errors?.[0]?.message).toContain("fermé");
  });

  it("is refused to a manager of another network (NOT_FOUND) and allowed to the network's manager", async () => {
    const e = await freshEstablishment();
    const other = await createNetwork(api, "Réseau d'à côté", "GRETA");
    const stranger = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.id }]);
    expect((await stranger.gql(CLOSE, { id: e.id, on: todayInFrance() })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const centre = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: network.id, establishmentId: e.id }]);
    expect((await centre.gql(CLOSE, { id: e.id, on: todayInFrance() })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    expect((await manager.gql(CLOSE, { id: e.id, on: todayInFrance() })).data?.closeEstablishment.status).toBe("CLOSED");
  });
});

describe("moving an establishment", () => {
  it("moves it to another organisation of the same network with its new SIRET, audited", async () => {
    const e = await freshEstablishment();
    const target = await createOrganisation(api, network.id, "APP Repreneur");
    const siret = siretOf(target.siren, 7);
    const moved = (await ok(api, MOVE, { id: e.id, o: target.id, s: siret })).moveEstablishment;
    expect(moved).toEqual({ id: e.id, siret, organisationId: target.id, networkId: network.id, organisation: { id: target.id } });
    const events = await auditOf(e.id);
    expect(events.at(-1)).toEqual({
      action: "UPDATE",
      changedFields: ["organisationId", "siret"],
      networkId: network.id,
      establishmentId: e.id,
    });
  });

  it("refuses a SIRET that is not of the new organisation's SIREN, or already taken", async () => {
    const e = await freshEstablishment();
    const taken = await freshEstablishment();
    const target = await createOrganisation(api, network.id, "APP Repreneur bis");
    const wrong = await api.gql(MOVE, { id: e.id, o: target.id, s: e.siret });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "siret" });
    // The other establishment moves first and takes that SIRET.
    await ok(api, MOVE, { id: taken.id, o: target.id, s: siretOf(target.siren, 3) });
    const duplicate = await api.gql(MOVE, { id: e.id, o: target.id, s: siretOf(target.siren, 3) });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "siret" });
    const [row] = await api.ds.query(`SELECT "organisationId", siret FROM establishment WHERE id = $1`, [e.id]);
    expect(row).toEqual({ organisationId: organisation.id, siret: e.siret });
  });

  it("never moves it to another network: refused for an ADMIN, NOT_FOUND for a network manager", async () => {
    const e = await freshEstablishment();
    const other = await createNetwork(api, "Réseau étranger", "GRETA");
    const foreign = await createOrganisation(api, other.id, "GRETA étranger");
    const byAdmin = await api.gql(MOVE, { id: e.id, o: foreign.id, s: siretOf(foreign.siren, 1) });
    expect(byAdmin.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "organisationId" });
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    const byManager = await manager.gql(MOVE, { id: e.id, o: foreign.id, s: siretOf(foreign.siren, 1) });
    expect(byManager.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
