/**
 * Every change of the organisation model and of the référentiels leaves one audit event, in the
 * same transaction: names of the changed fields, the network it concerns, never a value; a
 * refused change leaves none; a network manager reads their own network's events only.
 */
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs } from "../../test/auth-fixtures.js";
import {
  changeStatus,
  createEstablishment,
  createHabilitation,
  createNetwork,
  createOrganisation,
  countRows,
} from "../../test/organisation-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const EVENTS = `query($f: AuditEventFilter) { auditEvents(first: 50, filter: $f) { totalCount edges { node { action entityType entityId changedFields networkId establishmentId actorId } } } }`;
const eventsOf = async (entityId: string) =>
  (await api.gql(EVENTS, { f: { entityId: { eq: entityId } } })).data.auditEvents.edges.map((e: any) => e.node);

describe("changes of the organisation model", () => {
  it("are each recorded with the names of the changed fields and the network concerned", async () => {
    const network = await createNetwork(api, "Réseau audité");
    const organisation = await createOrganisation(api, network.id, "Organisme audité");
    const establishment = await createEstablishment(api, organisation, { name: "Centre audité", nic: 1 });
    const renamed = await api.gql(`mutation($id: ID!) { updateEstablishment(id: $id, input: { name: "Centre renommé" }) { id } }`, {
      id: establishment.id,
    });
    expect(renamed.errors).toBeUndefined();
    const habilitation = await createHabilitation(api, establishment.id);
    expect((await changeStatus(api, habilitation.id, "GRANT", { startDate: "2026-01-01", endDate: "2030-12-31" })).errors).toBeUndefined();

    expect(await eventsOf(network.id)).toMatchObject([{ action: "CREATE", entityType: "Network", networkId: network.id }]);
    expect(await eventsOf(organisation.id)).toMatchObject([{ action: "CREATE", entityType: "Organisation", networkId: network.id }]);
    const establishmentEvents = await eventsOf(establishment.id);
    expect(establishmentEvents.map((e: any) => e.action)).toEqual(["UPDATE", "CREATE"]);
    expect(establishmentEvents[0]).toMatchObject({
      changedFields: ["name"],
      networkId: network.id,
      establishmentId: establishment.id,
      actorId: api.admin!.id,
    });
    const habilitationEvents = await eventsOf(habilitation.id);
    expect(habilitationEvents.map((e: any) => e.action)).toEqual(["TRANSITION", "CREATE"]);
    expect(habilitationEvents[0].changedFields).toEqual(expect.arrayContaining(["status", "startDate", "endDate"]));

    // Field names only: no value typed by a user is in the trail.
    const [{ leaked }] = await api.ds.query(
      `SELECT count(*)::int AS leaked FROM audit_event WHERE array_to_string("changedFields", ' ') ~ '(Centre|renommé|2030)'`,
    );
    expect(leaked).toBe(0);
  });

  it("leave no event when the change is refused", async () => {
    const network = await createNetwork(api, "Réseau refus");
    const organisation = await createOrganisation(api, network.id, "Organisme refus");
    const before = await countRows(api, "audit_event");
    const bad = await api.gql(`mutation($i: CreateEstablishmentInput!) { createEstablishment(input: $i) { id } }`, {
      i: {
        organisationId: organisation.id,
        siret: "12345678901234",
        name: "X",
        addressLine: "1 rue",
        postalCode: "69003",
        city: "Lyon",
        departmentCode: "69",
      },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await countRows(api, "audit_event")).toBe(before);
  });

  it("are read by the network's manager, not by another network's", async () => {
    const mine = await createNetwork(api, "Réseau du responsable");
    const other = await createNetwork(api, "Réseau voisin");
    const organisation = await createOrganisation(api, other.id, "Organisme voisin");
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: mine.id }]);
    const own = await manager.gql(EVENTS, { f: { entityId: { eq: mine.id } } });
    expect(own.data.auditEvents.totalCount).toBe(1);
    const foreign = await manager.gql(EVENTS, { f: { entityId: { eq: organisation.id } } });
    expect(foreign.data.auditEvents.totalCount).toBe(0);
  });
});

describe("changes of a référentiel", () => {
  it("record the draft, each edit, the publication and the export", async () => {
    const certs = await api.gql(`{ certification(code: CLEA_NUMERIQUE) { currentReferential { id } } }`);
    const sourceId = certs.data.certification.currentReferential.id;
    const draft = await api.gql(
      `mutation($id: ID!) { createReferentialDraft(input: { certificationCode: CLEA_NUMERIQUE, version: "audit", label: "Audit", copyFromId: $id }) { id domains { id } } }`,
      { id: sourceId },
    );
    const draftId = draft.data.createReferentialDraft.id;
    const domainId = draft.data.createReferentialDraft.domains[0].id;
    await api.gql(`mutation($id: ID!) { updateDomain(id: $id, input: { title: "Nouveau titre" }) { id } }`, { id: domainId });
    await api.gql(`mutation($id: ID!) { publishReferential(id: $id) { id } }`, { id: draftId });
    await api.gql(`query($id: ID!) { exportReferential(id: $id, format: CSV) { filename } }`, { id: draftId });
    expect((await eventsOf(draftId)).map((e: any) => e.action)).toEqual(["EXPORT", "PUBLISH", "CREATE"]);
    expect(await eventsOf(domainId)).toMatchObject([{ action: "UPDATE", entityType: "Domain", changedFields: ["title"] }]);
  });
});
