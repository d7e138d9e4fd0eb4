/**
 * The attention list: computed in SQL, within the caller's scope. A network manager sees only
 * their network; an ADMIN any network, or all of them at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { addDays, todayInFrance } from "../../core/dates.js";
import { actAs, createUser, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import {
  changeStatus,
  countStatements,
  createEstablishment,
  createHabilitation,
  createNetwork,
  createOrganisation,
  ok,
} from "../../test/organisation-fixtures.js";

let api: TestApi;
let netA: { id: string };
let netB: { id: string };
let managerA: Actor;
const today = todayInFrance();
/** What the fixtures put in each network, by list. */
const expected = {
  A: { expiring: [] as string[], qualiopi: [] as string[], noEvaluator: [] as string[] },
  B: { expiring: [] as string[], qualiopi: [] as string[], noEvaluator: [] as string[] },
};

const ATTENTION = `query($n: ID, $first: Int) { networkAttention(networkId: $n) {
  networkId today horizonDays
  expiringHabilitations(first: $first) { totalCount edges { node { id endDate } } }
  organisationsWithExpiredQualiopi(first: $first) { totalCount edges { node { id } } }
  establishmentsWithoutEvaluator(first: $first) { totalCount edges { node { id } } } } }`;

async function grant(establishmentId: string, code: string, role: string, endDate: string) {
  const h = await createHabilitation(api, establishmentId, code, role);
  const res = await changeStatus(api, h.id, "GRANT", { startDate: "2024-01-01", endDate });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return h.id;
}

/** One network's fixtures: every case of each list, and its near misses. */
async function populate(network: { id: string }, key: "A" | "B", prefix: string) {
  const lapsed = await createOrganisation(api, network.id, `${prefix} Qualiopi échu`);
  await api.ds.query(`UPDATE organisation SET "qualiopiValidUntil" = $2 WHERE id = $1`, [lapsed.id, addDays(today, -1)]);
  expected[key].qualiopi.push(lapsed.id);
  const valid = await createOrganisation(api, network.id, `${prefix} Qualiopi valide`);
  await api.ds.query(`UPDATE organisation SET "qualiopiValidUntil" = $2 WHERE id = $1`, [valid.id, today]);

  // Ends in 10 days, no evaluator: in both lists.
  const soon = await createEstablishment(api, valid, { name: `${prefix} bientôt`, nic: 1 });
  expected[key].expiring.push(await grant(soon.id, "CLEA", "EVALUATOR", addDays(today, 10)));
  expected[key].noEvaluator.push(soon.id);
  // Ends in exactly 90 days (listed), and another in 91 (not listed); a TRAINER habilitation
  // does not call for an evaluator. An evaluator is assigned here.
  const staffed = await createEstablishment(api, valid, { name: `${prefix} pourvu`, nic: 2 });
  expected[key].expiring.push(await grant(staffed.id, "CLEA", "EVALUATOR", addDays(today, 90)));
  await grant(staffed.id, "CLEA_NUMERIQUE", "EVALUATOR", addDays(today, 91));
  await createUser(api, { grants: [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: staffed.id }] });
  // Renewed already: not listed, though it ends soon.
  const renewed = await createEstablishment(api, valid, { name: `${prefix} renouvelé`, nic: 3 });
  const renewedId = await grant(renewed.id, "CLEA_MANAGEMENT", "TRAINER", addDays(today, 20));
  await ok(api, `mutation($id: ID!) { renewHabilitation(id: $id, input: { endDate: "2099-12-31" }) { id } }`, { id: renewedId });
  // Closed, habilitated, no evaluator: closed establishments need no evaluator.
  const closed = await createEstablishment(api, valid, { name: `${prefix} fermé`, nic: 4 });
  await grant(closed.id, "CLEA", "EVALUATOR", "2099-12-31");
  await ok(api, `mutation($id: ID!, $d: LocalDate!) { closeEstablishment(id: $id, closedOn: $d) { id } }`, { id: closed.id, d: today });
  // Habilitated, but the only evaluator's account is disabled: listed.
  const disabled = await createEstablishment(api, valid, { name: `${prefix} compte désactivé`, nic: 5 });
  await grant(disabled.id, "CLEA", "EVALUATOR", "2099-12-31");
  await createUser(api, { status: "DISABLED", grants: [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: disabled.id }] });
  expected[key].noEvaluator.push(disabled.id);
  // Habilitated, but the only evaluator's assignment has ended: listed.
  const ended = await createEstablishment(api, valid, { name: `${prefix} affectation terminée`, nic: 7 });
  await grant(ended.id, "CLEA", "EVALUATOR", "2099-12-31");
  const former = await createUser(api, { grants: [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: ended.id }] });
  await api.ds.query(`UPDATE role_assignment SET "endedOn" = "startedOn" WHERE "userId" = $1`, [former.id]);
  expected[key].noEvaluator.push(ended.id);
  // Only requested, not granted: nothing to staff yet.
  const requested = await createEstablishment(api, valid, { name: `${prefix} demandé`, nic: 6 });
  await createHabilitation(api, requested.id, "CLEA", "EVALUATOR");
}

beforeAll(async () => {
  api = await createTestApi();
  netA = await createNetwork(api, "Réseau attention A", "APP");
  netB = await createNetwork(api, "Réseau attention B", "GRETA");
  await populate(netA, "A", "A");
  await populate(netB, "B", "B");
  managerA = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: netA.id }]);
});
afterAll(async () => {
  await api?.close();
});

const ids = (connection: any) => connection.edges.map((e: any) => e.node.id).sort();

describe("network attention list", () => {
  it("lists and counts, for a network manager, only their network", async () => {
    for (const n of [netA.id, null]) {
      const res = await managerA.gql(ATTENTION, { n });
      expect(res.errors).toBeUndefined();
      const a = res.data.networkAttention;
      expect(a).toMatchObject({ networkId: n, today, horizonDays: 90 });
      expect(a.expiringHabilitations.totalCount).toBe(2);
      expect(ids(a.expiringHabilitations)).toEqual([...expected.A.expiring].sort());
      expect(a.expiringHabilitations.edges.map((e: any) => e.node.endDate)).toEqual([addDays(today, 10), addDays(today, 90)]);
      expect(a.organisationsWithExpiredQualiopi.totalCount).toBe(1);
      expect(ids(a.organisationsWithExpiredQualiopi)).toEqual(expected.A.qualiopi);
      expect(a.establishmentsWithoutEvaluator.totalCount).toBe(3);
      expect(ids(a.establishmentsWithoutEvaluator)).toEqual([...expected.A.noEvaluator].sort());
    }
  });

  it("answers NOT_FOUND for another network's id, and FORBIDDEN to someone who manages no network", async () => {
    expect((await managerA.gql(ATTENTION, { n: netB.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const centreManager = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: netA.id, establishmentId: expected.A.noEvaluator[0] }]);
    expect((await centreManager.gql(ATTENTION, {})).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await centreManager.gql(ATTENTION, { n: netA.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("gives an ADMIN any network, or all of them", async () => {
    const b = (await ok(api, ATTENTION, { n: netB.id })).networkAttention;
    expect(ids(b.expiringHabilitations)).toEqual([...expected.B.expiring].sort());
    expect(ids(b.establishmentsWithoutEvaluator)).toEqual([...expected.B.noEvaluator].sort());
    const all = (await ok(api, ATTENTION, { n: null })).networkAttention;
    expect(all.expiringHabilitations.totalCount).toBe(4);
    expect(all.organisationsWithExpiredQualiopi.totalCount).toBe(2);
    expect(all.establishmentsWithoutEvaluator.totalCount).toBe(6);
  });

  it("counts in SQL: the total is right with a page of one, in a bounded number of statements", async () => {
    let res: any;
    const statements = await countStatements(api, async () => {
      res = await managerA.gql(ATTENTION, { n: netA.id, first: 1 });
    });
    const a = res.data.networkAttention;
    expect(a.expiringHabilitations).toMatchObject({ totalCount: 2, edges: [{ node: { id: expect.any(String) } }] });
    expect(a.establishmentsWithoutEvaluator.totalCount).toBe(3);
    expect(a.establishmentsWithoutEvaluator.edges).toHaveLength(1);
    // Sign-in check, the network, then one count and one page per list.
    expect(statements.filter((s) => /\bcount\(/i.test(s))).toHaveLength(3);
    expect(statements.length).toBeLessThanOrEqual(12);
  });
});

describe("sessions with no free place", () => {
  it("lists the upcoming, maintained sessions whose places are all taken (or more), soonest first, in the manager's network only", async () => {
    const { evaluationCentre, preliminaryPlanned } = await import("../../test/dossier-fixtures.js");
    const organisation = await createOrganisation(api, netA.id, "Organisme des sessions pleines");
    const centre = await evaluationCentre(api, organisation);
    const session = async (days: number, capacity: number, cancelled = false) => {
      const starts = new Date(Date.now() + days * 86_400_000);
      const [row] = await api.ds.query(
        `INSERT INTO evaluation_session ("establishmentId", "networkId", "certificationId", kind, "startsAt", "endsAt", "siteAddress", capacity, "evaluatorId", "cancelledAt")
         SELECT $1, $2, c.id, 'PRELIMINARY', $3, $3::timestamptz + interval '3 hours', '1 rue de la Paix', $4, $5, $6 FROM certification c WHERE c.code = 'CLEA' RETURNING id`,
        [centre.establishment.id, netA.id, starts, capacity, centre.evaluator.id, cancelled ? new Date() : null],
      );
      return row.id as string;
    };
    const seat = async (sessionId: string) => {
      const d = await preliminaryPlanned(api, centre);
      await api.ds.query(`UPDATE evaluation SET "sessionId" = $2 WHERE "dossierId" = $1`, [d.id, sessionId]);
    };
    const full = await session(20, 1);
    await seat(full);
    const over = await session(10, 1);
    await seat(over);
    await seat(over);
    const roomy = await session(5, 2);
    await seat(roomy);
    const cancelled = await session(6, 1, true);
    await seat(cancelled);
    const past = await session(-3, 1);
    await seat(past);

    const Q = `query($n: ID) { networkAttention(networkId: $n) { sessionsOverCapacity(first: 10) { totalCount edges { node { id capacity enrolled free } } } } }`;
    const mine = (await managerA.gql(Q, { n: netA.id })).data.networkAttention.sessionsOverCapacity;
    expect(mine.edges.map((e: any) => e.node.id)).toEqual([over, full]);
    expect(mine.edges[0].node).toMatchObject({ capacity: 1, enrolled: 2 });
    const other = (await ok(api, Q, { n: netB.id })).networkAttention.sessionsOverCapacity;
    expect(other.totalCount).toBe(0);
  });
});
