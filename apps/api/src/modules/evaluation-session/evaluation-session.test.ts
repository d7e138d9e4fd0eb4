/**
 * Évaluation sessions: planned only where the establishment is open, habilitated as EVALUATOR for
 * the certification on the session's dates, with an evaluator assigned there; every refusal has
 * its code and writes nothing; the calendar is scoped like the organisation model.
 */
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, createUser } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import {
  changeStatus,
  countRows,
  createEstablishment,
  createHabilitation,
  createNetwork,
  createOrganisation,
  ok,
} from "../../test/organisation-fixtures.js";

let api: TestApi;
let network: { id: string };
let organisation: { id: string; siren: string };
let nic = 1;

beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau des sessions");
  organisation = await createOrganisation(api, network.id, "Organisme des sessions");
});
afterAll(() => api?.close());

const VALID = { startDate: "2025-01-01", endDate: "2099-12-31" };

/** An establishment with (by default) a valid CléA EVALUATOR habilitation and an assigned evaluator. */
async function centre(
  options: { habilitation?: Record<string, string> | null; status?: "GRANT" | "SUSPEND"; org?: { id: string; siren: string } } = {},
) {
  const establishment = await createEstablishment(api, options.org ?? organisation, { name: `Centre des sessions ${nic}`, nic: nic++ });
  if (options.habilitation !== null) {
    const h = await createHabilitation(api, establishment.id, "CLEA", "EVALUATOR");
    expect((await changeStatus(api, h.id, "GRANT", options.habilitation ?? VALID)).errors).toBeUndefined();
    if (options.status === "SUSPEND") expect((await changeStatus(api, h.id, "SUSPEND")).errors).toBeUndefined();
  }
  const evaluator = await createUser(api, {
    grants: [{ role: Role.EVALUATOR, networkId: establishment.networkId, establishmentId: establishment.id }],
  });
  return { establishment, evaluator };
}

const PLAN = `mutation($i: PlanEvaluationSessionInput!) { planEvaluationSession(input: $i) {
  id kind startsAt endsAt siteAddress capacity enrolled free networkId establishmentId cancelledAt
  certification { code } establishment { id } evaluator { id } } }`;
const GET = `query($id: ID!) { evaluationSession(id: $id) { id capacity } }`;
const CALENDAR = `query($f: EvaluationSessionFilter, $o: [EvaluationSessionOrder!], $first: Int, $after: String) { evaluationSessions(first: $first, after: $after, filter: $f, orderBy: $o) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id startsAt kind capacity enrolled free establishmentId } } } }`;
const EVENTS = `query($f: AuditEventFilter) { auditEvents(first: 50, filter: $f) { edges { node { action entityType changedFields networkId establishmentId } } } }`;

const input = (establishmentId: string, evaluatorId: string, over: Record<string, unknown> = {}) => ({
  establishmentId,
  evaluatorId,
  certificationCode: "CLEA",
  kind: "PRELIMINARY",
  startsAt: "2027-03-15T08:00:00.000Z",
  endsAt: "2027-03-15T12:00:00.000Z",
  siteAddress: "3 place de la République, 35000 Rennes",
  capacity: 12,
  ...over,
});

/** Calls `plan` and checks that it was refused with `code` and that nothing was written. */
async function expectRefused(variables: Record<string, unknown>, code: string, as = api.gql.bind(api)) {
  const [sessions, events] = [await countRows(api, "evaluation_session"), await countRows(api, "audit_event")];
  const res = await as(PLAN, { i: variables });
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  expect(await countRows(api, "evaluation_session")).toBe(sessions);
  expect(await countRows(api, "audit_event")).toBe(events);
  return res.errors![0]!;
}

describe("planning a session", () => {
  it("plans it for the network's manager, with its capacity free, and audits plan, change and cancellation", async () => {
    const { establishment, evaluator } = await centre();
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    const res = await manager.gql(PLAN, { i: input(establishment.id, evaluator.id) });
    expect(res.errors).toBeUndefined();
    const s = res.data.planEvaluationSession;
    expect(s).toMatchObject({
      kind: "PRELIMINARY",
      capacity: 12,
      enrolled: 0,
      free: 12,
      networkId: network.id,
      establishmentId: establishment.id,
      certification: { code: "CLEA" },
      evaluator: { id: evaluator.id },
      cancelledAt: null,
    });

    const updated = await manager.gql(
      `mutation($id: ID!) { updateEvaluationSession(id: $id, input: { capacity: 8, siteAddress: "Salle B" }) { capacity free siteAddress } }`,
      { id: s.id },
    );
    expect(updated.data.updateEvaluationSession).toEqual({ capacity: 8, free: 8, siteAddress: "Salle B" });
    const cancelled = await manager.gql(`mutation($id: ID!) { cancelEvaluationSession(id: $id) { cancelledAt } }`, { id: s.id });
    expect(cancelled.data.cancelEvaluationSession.cancelledAt).not.toBeNull();
    const again = await manager.gql(`mutation($id: ID!) { cancelEvaluationSession(id: $id) { cancelledAt } }`, { id: s.id });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const events = (await api.gql(EVENTS, { f: { entityId: { eq: s.id } } })).data.auditEvents.edges.map((e: any) => e.node);
    expect(events.map((e: any) => e.action)).toEqual(["TRANSITION", "UPDATE", "CREATE"]);
    expect(events[1]).toMatchObject({
      changedFields: ["capacity", "siteAddress"],
      entityType: "EvaluationSession",
      networkId: network.id,
      establishmentId: establishment.id,
    });
    expect(events[0].changedFields).toEqual(["cancelledAt"]);
  });

  it("lets the establishment's centre manager plan, not another establishment's", async () => {
    const { establishment, evaluator } = await centre();
    const own = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: network.id, establishmentId: establishment.id }]);
    expect((await own.gql(PLAN, { i: input(establishment.id, evaluator.id) })).errors).toBeUndefined();
    const elsewhere = await centre();
    const foreign = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: network.id, establishmentId: elsewhere.establishment.id }]);
    await expectRefused(input(establishment.id, evaluator.id), "NOT_FOUND", foreign.gql);
    // Staff without the centre manager's function read the establishment but may not plan.
    const advisor = await actAs(api, [{ role: Role.ADVISOR, networkId: network.id, establishmentId: establishment.id }]);
    await expectRefused(input(establishment.id, evaluator.id), "FORBIDDEN", advisor.gql);
  });

  it("refuses an establishment with no EVALUATOR habilitation for that certification (NOT_HABILITATED)", async () => {
    const { establishment, evaluator } = await centre();
    const error = await expectRefused(input(establishment.id, evaluator.id, { certificationCode: "CLEA_NUMERIQUE" }), "NOT_HABILITATED");
    expect(error.message).toBe("Cet établissement n'est pas habilité comme évaluateur pour CléA Numérique.");
    const none = await centre({ habilitation: null });
    await expectRefused(input(none.establishment.id, none.evaluator.id), "NOT_HABILITATED");
  });

  it("refuses a session before the habilitation starts (NOT_HABILITATED) or after it ends (HABILITATION_EXPIRED)", async () => {
    const { establishment, evaluator } = await centre({ habilitation: { startDate: "2027-06-01", endDate: "2028-05-31" } });
    const early = await expectRefused(input(establishment.id, evaluator.id), "NOT_HABILITATED");
    expect(early.message).toContain("ne couvre pas la session du 15/03/2027");
    const late = await expectRefused(
      input(establishment.id, evaluator.id, { startsAt: "2028-06-02T08:00:00Z", endsAt: "2028-06-02T12:00:00Z" }),
      "HABILITATION_EXPIRED",
    );
    expect(late.message).toContain("prend fin le 31/05/2028");
    // A session on the habilitation's last day is covered.
    const last = await api.gql(PLAN, {
      i: input(establishment.id, evaluator.id, { startsAt: "2028-05-31T07:00:00Z", endsAt: "2028-05-31T11:00:00Z" }),
    });
    expect(last.errors).toBeUndefined();
  });

  it("refuses an expired habilitation (HABILITATION_EXPIRED) and a suspended one (NOT_HABILITATED)", async () => {
    // Time passes: the habilitation granted then has ended since (a past end date cannot be granted today).
    const expired = await centre();
    await api.ds.query(`UPDATE habilitation SET "startDate" = '2020-01-01', "endDate" = '2021-12-31' WHERE "establishmentId" = $1`, [
      expired.establishment.id,
    ]);
    const error = await expectRefused(input(expired.establishment.id, expired.evaluator.id), "HABILITATION_EXPIRED");
    expect(error.message).toContain("a pris fin le 31/12/2021");
    const suspended = await centre({ status: "SUSPEND" });
    const s = await expectRefused(input(suspended.establishment.id, suspended.evaluator.id), "NOT_HABILITATED");
    expect(s.message).toContain("suspendue");
  });

  it("refuses an evaluator who is not, or no longer, assigned there as evaluator (EVALUATOR_NOT_ASSIGNED)", async () => {
    const { establishment, evaluator } = await centre();
    const elsewhere = await centre();
    await expectRefused(input(establishment.id, elsewhere.evaluator.id), "EVALUATOR_NOT_ASSIGNED");
    const trainer = await createUser(api, { grants: [{ role: Role.TRAINER, networkId: network.id, establishmentId: establishment.id }] });
    await expectRefused(input(establishment.id, trainer.id), "EVALUATOR_NOT_ASSIGNED");
    await expectRefused(input(establishment.id, "not-a-uuid"), "EVALUATOR_NOT_ASSIGNED");
    await api.ds.query(`UPDATE role_assignment SET "endedOn" = CURRENT_DATE WHERE "userId" = $1`, [evaluator.id]);
    await expectRefused(input(establishment.id, evaluator.id), "EVALUATOR_NOT_ASSIGNED");
  });

  it("refuses a closed establishment (ESTABLISHMENT_CLOSED) and bad dates or capacity (BAD_USER_INPUT)", async () => {
    const { establishment, evaluator } = await centre();
    const bad = await expectRefused(input(establishment.id, evaluator.id, { endsAt: "2027-03-15T08:00:00.000Z" }), "BAD_USER_INPUT");
    expect(bad.extensions?.field).toBe("endsAt");
    await expectRefused(input(establishment.id, evaluator.id, { endsAt: "2027-03-14T08:00:00.000Z" }), "BAD_USER_INPUT");
    await expectRefused(input(establishment.id, evaluator.id, { capacity: 0 }), "BAD_USER_INPUT");
    await api.ds.query(`UPDATE establishment SET status = 'CLOSED', "closedOn" = CURRENT_DATE WHERE id = $1`, [establishment.id]);
    await expectRefused(input(establishment.id, evaluator.id), "ESTABLISHMENT_CLOSED");
  });

  it("re-checks the rules on a change: moving a session outside the habilitation is refused and changes nothing", async () => {
    const { establishment, evaluator } = await centre({ habilitation: { startDate: "2026-01-01", endDate: "2027-12-31" } });
    const s = (await ok(api, PLAN, { i: input(establishment.id, evaluator.id) })).planEvaluationSession;
    const res = await api.gql(
      `mutation($id: ID!) { updateEvaluationSession(id: $id, input: { startsAt: "2028-02-01T08:00:00Z", endsAt: "2028-02-01T12:00:00Z" }) { id } }`,
      { id: s.id },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("HABILITATION_EXPIRED");
    const [{ startsAt }] = await api.ds.query(`SELECT "startsAt" FROM evaluation_session WHERE id = $1`, [s.id]);
    expect(new Date(startsAt).toISOString()).toBe("2027-03-15T08:00:00.000Z");
  });
});

describe("the calendar", () => {
  it("lists sessions by start, filtered, with counts limited to the caller's network", async () => {
    const otherNetwork = await createNetwork(api, "Réseau voisin des sessions");
    const otherOrg = await createOrganisation(api, otherNetwork.id, "Organisme voisin des sessions");
    const mine = await centre();
    const theirs = await centre({ org: otherOrg });
    const plan = async (c: Awaited<ReturnType<typeof centre>>, over: Record<string, unknown>) =>
      (await ok(api, PLAN, { i: input(c.establishment.id, c.evaluator.id, over) })).planEvaluationSession;
    const late = await plan(mine, { startsAt: "2027-09-10T08:00:00Z", endsAt: "2027-09-10T12:00:00Z", kind: "FINAL" });
    const early = await plan(mine, { startsAt: "2027-09-01T08:00:00Z", endsAt: "2027-09-01T12:00:00Z" });
    const foreign = await plan(theirs, { startsAt: "2027-09-05T08:00:00Z", endsAt: "2027-09-05T12:00:00Z" });

    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    const sept = { startsAt: { gte: "2027-09-01T00:00:00Z", lt: "2027-10-01T00:00:00Z" } };
    const seen = (await manager.gql(CALENDAR, { f: sept })).data.evaluationSessions;
    expect(seen.totalCount).toBe(2);
    expect(seen.edges.map((e: any) => e.node.id)).toEqual([early.id, late.id]);
    expect(seen.edges[0].node).toMatchObject({ capacity: 12, enrolled: 0, free: 12 });
    // The ADMIN sees both networks; filters narrow.
    expect((await ok(api, CALENDAR, { f: sept })).evaluationSessions.totalCount).toBe(3);
    expect(
      (await ok(api, CALENDAR, { f: { ...sept, networkId: { eq: otherNetwork.id } } })).evaluationSessions.edges.map((e: any) => e.node.id),
    ).toEqual([foreign.id]);
    expect(
      (await ok(api, CALENDAR, { f: { ...sept, kind: { eq: "FINAL" } } })).evaluationSessions.edges.map((e: any) => e.node.id),
    ).toEqual([late.id]);
    expect(
      (
        await ok(api, CALENDAR, {
          f: { establishmentId: { eq: mine.establishment.id }, startsAt: { gte: "2027-08-01T00:00:00Z", lt: "2027-09-05T00:00:00Z" } },
        })
      ).evaluationSessions.edges.map((e: any) => e.node.id),
    ).toEqual([early.id]);
    expect((await ok(api, CALENDAR, { f: { ...sept, certificationCode: { eq: "CLEA_NUMERIQUE" } } })).evaluationSessions.totalCount).toBe(
      0,
    );
    // Pages follow the start order.
    const page1 = (await manager.gql(CALENDAR, { f: sept, first: 1 })).data.evaluationSessions;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await manager.gql(CALENDAR, { f: sept, first: 1, after: page1.pageInfo.endCursor })).data.evaluationSessions;
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([late.id]);

    // Another network's session is NOT_FOUND to this manager, and cannot be changed, cancelled or planned.
    expect((await manager.gql(GET, { id: foreign.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(
      (await manager.gql(`mutation($id: ID!) { cancelEvaluationSession(id: $id) { id } }`, { id: foreign.id })).errors?.[0]?.extensions
        ?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await manager.gql(`mutation($id: ID!) { updateEvaluationSession(id: $id, input: { capacity: 1 }) { id } }`, { id: foreign.id }))
        .errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    await expectRefused(input(theirs.establishment.id, theirs.evaluator.id), "NOT_FOUND", manager.gql);
    // An establishment's staff sees its own sessions only.
    const evaluator = await actAs(api, [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: mine.establishment.id }]);
    expect((await evaluator.gql(CALENDAR, { f: sept })).data.evaluationSessions.totalCount).toBe(2);
  });

  it("filters on cancellation, or/not and the establishment, sorts as asked and pages through it", async () => {
    const c = await centre();
    const plan = async (over: Record<string, unknown>) =>
      (await ok(api, PLAN, { i: input(c.establishment.id, c.evaluator.id, over) })).planEvaluationSession;
    const at = (day: string, hours = "08") => ({
      startsAt: `2028-02-${day}T${hours}:00:00Z`,
      endsAt: `2028-02-${day}T${hours === "08" ? "12" : "17"}:00:00Z`,
    });
    const a = await plan({ ...at("01"), capacity: 5 });
    const b = await plan({ ...at("02"), kind: "FINAL", capacity: 20 });
    const cancelled = await plan({ ...at("03"), capacity: 8 });
    const d = await plan({ ...at("01", "13"), capacity: 10 });
    await ok(api, `mutation($id: ID!) { cancelEvaluationSession(id: $id) { id } }`, { id: cancelled.id });
    const ids = async (f: object, o?: object[]) =>
      (await ok(api, CALENDAR, { f, o, first: 20 })).evaluationSessions.edges.map((e: any) => e.node.id);
    const here = { establishment: { name: { eq: c.establishment.name } } };

    expect(await ids(here)).toEqual([a.id, d.id, b.id, cancelled.id]);
    expect(await ids({ ...here, cancelled: { eq: false } })).toEqual([a.id, d.id, b.id]);
    expect(await ids({ ...here, cancelled: { eq: true } })).toEqual([cancelled.id]);
    expect(await ids({ ...here, or: [{ kind: { eq: "FINAL" } }, { capacity: { lte: 5 } }] })).toEqual([a.id, b.id]);
    expect(await ids({ ...here, not: { or: [{ kind: { eq: "FINAL" } }, { cancelled: { eq: true } }] } })).toEqual([a.id, d.id]);

    // By capacity, largest first, two per page.
    const args = { f: here, o: [{ field: "CAPACITY", direction: "DESC" }], first: 2 };
    const page1 = (await ok(api, CALENDAR, args)).evaluationSessions;
    const page2 = (await ok(api, CALENDAR, { ...args, after: page1.pageInfo.endCursor })).evaluationSessions;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.id)).toEqual([b.id, d.id, cancelled.id, a.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // Another network's manager filters on these very sessions and sees none of them.
    const otherNetwork = await createNetwork(api, "Réseau étranger aux sessions");
    const foreignManager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: otherNetwork.id }]);
    const seen = await foreignManager.gql(CALENDAR, { f: { or: [here, { establishmentId: { eq: c.establishment.id } }] } });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.evaluationSessions.totalCount).toBe(0);
  });
});
