/**
 * Staff of an establishment: a person is assigned in one or more functions (rows of
 * role_assignment), an ended assignment stays as history and loses its rights at once, and an
 * evaluator's accreditations are recorded and shown on the staff view.
 */
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, createUser, signIn } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countRows, createEstablishment, createNetwork, createOrganisation, ok } from "../../test/organisation-fixtures.js";
import { todayInFrance } from "../../core/dates.js";

let api: TestApi;
let network: { id: string };
let organisation: { id: string; siren: string };
let nic = 1;
const freshEstablishment = () => createEstablishment(api, organisation, { name: `Centre du personnel ${nic}`, nic: nic++ });

beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau du personnel");
  organisation = await createOrganisation(api, network.id, "Organisme du personnel");
});
afterAll(() => api?.close());

const ASSIGN = `mutation($i: AssignStaffInput!) { assignStaff(input: $i) { id function startedOn endedOn current userId establishmentId networkId } }`;
const END = `mutation($id: ID!, $on: LocalDate!) { endStaffAssignment(id: $id, endedOn: $on) { id endedOn current } }`;
const STAFF = `query($id: ID!) { establishmentStaff(establishmentId: $id) { id function current startedOn endedOn user { id email } accreditations { trainedOn reference certification { code } } } }`;
const ESTABLISHMENT = `query($id: ID!) { establishment(id: $id) { id name } }`;
const EVENTS = `query($f: AuditEventFilter) { auditEvents(first: 50, filter: $f) { edges { node { action entityType entityId changedFields networkId establishmentId } } } }`;

describe("assigning staff", () => {
  it("gives a person several functions in an establishment, and the person may serve in several establishments", async () => {
    const [a, b] = [await freshEstablishment(), await freshEstablishment()];
    const person = await createUser(api, { grants: [{ role: Role.ADVISOR, networkId: network.id, establishmentId: a.id }] });
    const res = await ok(api, ASSIGN, { i: { userId: person.id, establishmentId: b.id, functions: ["EVALUATOR", "TRAINER"] } });
    expect(res.assignStaff).toHaveLength(2);
    expect(res.assignStaff[0]).toMatchObject({
      userId: person.id,
      establishmentId: b.id,
      networkId: network.id,
      current: true,
      endedOn: null,
      startedOn: todayInFrance(),
    });
    const staff = (await ok(api, STAFF, { id: b.id })).establishmentStaff;
    expect(staff.map((s: any) => s.function).sort()).toEqual(["EVALUATOR", "TRAINER"]);
    expect(staff[0].user).toMatchObject({ id: person.id });
    // Both establishments now count the person.
    expect((await ok(api, STAFF, { id: a.id })).establishmentStaff.map((s: any) => s.function)).toEqual(["ADVISOR"]);
    // Every assignment is in the audit trail.
    const events = (await api.gql(EVENTS, { f: { entityType: { eq: "StaffAssignment" } } })).data.auditEvents.edges.map((e: any) => e.node);
    for (const row of res.assignStaff)
      expect(events).toContainEqual(
        expect.objectContaining({ action: "CREATE", entityId: row.id, networkId: network.id, establishmentId: b.id }),
      );
  });

  it("refuses the same current function twice with CONFLICT, and writes nothing", async () => {
    const e = await freshEstablishment();
    const person = await createUser(api, {});
    await ok(api, ASSIGN, { i: { userId: person.id, establishmentId: e.id, functions: ["ADVISOR"] } });
    const before = await countRows(api, "role_assignment");
    const again = await api.gql(ASSIGN, { i: { userId: person.id, establishmentId: e.id, functions: ["TRAINER", "ADVISOR"] } });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(again.errors?.[0]?.message).toContain("Conseiller");
    expect(await countRows(api, "role_assignment")).toBe(before);
  });

  it("refuses an establishment of another network (NOT_FOUND) and a closed establishment (ESTABLISHMENT_CLOSED)", async () => {
    const other = await createNetwork(api, "Réseau étranger au personnel");
    const otherEstablishment = await createEstablishment(api, await createOrganisation(api, other.id, "Organisme étranger"), {
      name: "Centre étranger",
      nic: 1,
    });
    const mine = await freshEstablishment();
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    const person = await createUser(api, { grants: [{ role: Role.ADVISOR, networkId: network.id, establishmentId: mine.id }] });
    const foreign = await manager.gql(ASSIGN, { i: { userId: person.id, establishmentId: otherEstablishment.id, functions: ["ADVISOR"] } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const foreignStaff = await manager.gql(STAFF, { id: otherEstablishment.id });
    expect(foreignStaff.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const closed = await freshEstablishment();
    await api.ds.query(`UPDATE establishment SET status = 'CLOSED', "closedOn" = CURRENT_DATE WHERE id = $1`, [closed.id]);
    const res = await manager.gql(ASSIGN, { i: { userId: person.id, establishmentId: closed.id, functions: ["ADVISOR"] } });
    expect(res.errors?.[0]?.extensions?.code).toBe("ESTABLISHMENT_CLOSED");
  });
});

describe("ending an assignment", () => {
  it("keeps it as history and takes its rights away at once", async () => {
    const e = await freshEstablishment();
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    const centreManager = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: network.id, establishmentId: e.id }]);
    expect((await centreManager.gql(ESTABLISHMENT, { id: e.id })).data?.establishment?.id).toBe(e.id);
    const [assignment] = (await ok(api, STAFF, { id: e.id })).establishmentStaff;

    const ended = await manager.gql(END, { id: assignment.id, on: todayInFrance() });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endStaffAssignment).toMatchObject({ endedOn: todayInFrance(), current: false });

    // The token issued before the end no longer works…
    const after = await centreManager.gql(ESTABLISHMENT, { id: e.id });
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // …and a new sign-in carries no right on the establishment any more.
    const again = await actAsExisting(centreManager.email);
    const read = await api.gql(ESTABLISHMENT, { id: e.id }, again);
    expect(read.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    // History: still listed, ended.
    const staff = (await ok(api, STAFF, { id: e.id })).establishmentStaff;
    expect(staff).toContainEqual(
      expect.objectContaining({ id: assignment.id, function: "CENTRE_MANAGER", current: false, endedOn: todayInFrance() }),
    );
    const events = (await api.gql(EVENTS, { f: { entityId: { eq: assignment.id } } })).data.auditEvents.edges.map((x: any) => x.node);
    expect(events[0]).toMatchObject({ action: "UPDATE", changedFields: ["endedOn"], networkId: network.id, establishmentId: e.id });

    // Ended once is enough; a new assignment in the same function is possible.
    expect((await manager.gql(END, { id: assignment.id, on: todayInFrance() })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await ok(api, ASSIGN, { i: { userId: centreManager.id, establishmentId: e.id, functions: ["CENTRE_MANAGER"] } });
  });

  it("shrinks the scope of a person who keeps other establishments", async () => {
    const [a, b] = [await freshEstablishment(), await freshEstablishment()];
    const person = await actAs(api, [
      { role: Role.ADVISOR, networkId: network.id, establishmentId: a.id },
      { role: Role.ADVISOR, networkId: network.id, establishmentId: b.id },
    ]);
    const staffOfA = (await ok(api, STAFF, { id: a.id })).establishmentStaff;
    await ok(api, END, { id: staffOfA[0].id, on: todayInFrance() });
    const headers = await actAsExisting(person.email);
    expect((await api.gql(ESTABLISHMENT, { id: a.id }, headers)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await api.gql(ESTABLISHMENT, { id: b.id }, headers)).data?.establishment?.id).toBe(b.id);
  });

  it("refuses a future end date, a date before the start, and another network's manager", async () => {
    const e = await freshEstablishment();
    const person = await createUser(api, {});
    const [row] = (await ok(api, ASSIGN, { i: { userId: person.id, establishmentId: e.id, functions: ["TRAINER"] } })).assignStaff;
    const future = await api.gql(END, { id: row.id, on: "2999-01-01" });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endedOn" });
    const early = await api.gql(END, { id: row.id, on: "2000-01-01" });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endedOn" });
    const other = await createNetwork(api, "Réseau d'un autre responsable");
    const stranger = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.id }]);
    expect((await stranger.gql(END, { id: row.id, on: todayInFrance() })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const [{ endedOn }] = await api.ds.query(`SELECT "endedOn" FROM role_assignment WHERE id = $1`, [row.id]);
    expect(endedOn).toBeNull();
  });
});

describe("evaluator accreditations", () => {
  const RECORD = `mutation($i: RecordEvaluatorAccreditationInput!) { recordEvaluatorAccreditation(input: $i) { id userId trainedOn reference certification { code } } }`;

  it("are recorded by the network's manager, listed on the staff view and audited", async () => {
    const e = await freshEstablishment();
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    const evaluator = await createUser(api, { grants: [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: e.id }] });
    const res = await manager.gql(RECORD, {
      i: { userId: evaluator.id, certificationCode: "CLEA", trainedOn: "2025-03-14", reference: "FORM-2025-001" },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordEvaluatorAccreditation).toMatchObject({
      userId: evaluator.id,
      trainedOn: "2025-03-14",
      certification: { code: "CLEA" },
    });
    const staff = (await manager.gql(STAFF, { id: e.id })).data.establishmentStaff;
    expect(staff[0].accreditations).toEqual([{ trainedOn: "2025-03-14", reference: "FORM-2025-001", certification: { code: "CLEA" } }]);
    const events = (await api.gql(EVENTS, { f: { entityId: { eq: res.data.recordEvaluatorAccreditation.id } } })).data.auditEvents.edges;
    expect(events[0].node).toMatchObject({ action: "CREATE", entityType: "EvaluatorAccreditation", networkId: network.id });

    const duplicate = await manager.gql(RECORD, {
      i: { userId: evaluator.id, certificationCode: "CLEA", trainedOn: "2025-03-14", reference: "X" },
    });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const future = await manager.gql(RECORD, {
      i: { userId: evaluator.id, certificationCode: "CLEA", trainedOn: "2999-01-01", reference: "X" },
    });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "trainedOn" });
  });

  it("cannot be recorded by another network's manager for a person they cannot see", async () => {
    const e = await freshEstablishment();
    const evaluator = await createUser(api, { grants: [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: e.id }] });
    const other = await createNetwork(api, "Réseau sans cet évaluateur");
    const stranger = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.id }]);
    const before = await countRows(api, "evaluator_accreditation");
    const res = await stranger.gql(RECORD, {
      i: { userId: evaluator.id, certificationCode: "CLEA", trainedOn: "2025-01-01", reference: "X" },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await countRows(api, "evaluator_accreditation")).toBe(before);
  });
});

/** Signs an existing account in again and returns its bearer header. */
async function actAsExisting(email: string): Promise<Record<string, string>> {
  return (await signIn(api, email)).headers;
}

describe("the team of an establishment", () => {
  it("see each other's names (to plan an evaluation) but not each other's accounts, and nothing of another establishment", async () => {
    const [a, b] = [await freshEstablishment(), await freshEstablishment()];
    const evaluator = await createUser(api, {
      displayName: "Éva Luatrice",
      grants: [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: a.id }],
    });
    const advisor = await actAs(api, [{ role: Role.ADVISOR, networkId: network.id, establishmentId: a.id }]);
    const res = await advisor.gql(
      `query($id: ID!) { establishmentStaff(establishmentId: $id) { function displayName userId user { email } } }`,
      { id: a.id },
    );
    expect(res.errors).toBeUndefined();
    const row = res.data.establishmentStaff.find((s: any) => s.userId === evaluator.id);
    expect(row).toMatchObject({ function: "EVALUATOR", displayName: "Éva Luatrice", user: null });
    const other = await advisor.gql(`query($id: ID!) { establishmentStaff(establishmentId: $id) { displayName } }`, { id: b.id });
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
