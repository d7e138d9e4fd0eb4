/**
 * The network overview: key figures counted in SQL within the caller's scope. A network manager
 * sees only their network's figures; another network is NOT_FOUND, a mere reader is FORBIDDEN.
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

const OVERVIEW = `query($n: ID!) { networkOverview(networkId: $n) {
  networkId today establishmentsOpen establishmentsClosed staff upcomingSessions activeHabilitations
  habilitationsByCertification { certificationCode certificationName role count }
  regions { regionCode regionName establishments habilitations } } }`;

async function grant(establishmentId: string, code: string, role: string, startDate: string, endDate: string) {
  const h = await createHabilitation(api, establishmentId, code, role);
  const res = await changeStatus(api, h.id, "GRANT", { startDate, endDate });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return h.id;
}

async function plan(establishmentId: string, evaluatorId: string, startsAt: string) {
  const endsAt = new Date(new Date(startsAt).getTime() + 4 * 3600_000).toISOString();
  const res = await ok(api, `mutation($i: PlanEvaluationSessionInput!) { planEvaluationSession(input: $i) { id } }`, {
    i: {
      establishmentId,
      evaluatorId,
      certificationCode: "CLEA",
      kind: "PRELIMINARY",
      startsAt,
      endsAt,
      siteAddress: "1 rue du Test, 35000 Rennes",
      capacity: 10,
    },
  });
  return res.planEvaluationSession.id as string;
}

/**
 * Network A: two open establishments in Brittany (35) and one in Île-de-France (75), one closed
 * in Brittany; habilitations in force, expired, requested and on the closed one; three staff, one
 * of them disabled and one ended; sessions upcoming, past and cancelled. Network B: one of each.
 */
beforeAll(async () => {
  api = await createTestApi();
  netA = await createNetwork(api, "Réseau vue d'ensemble A", "APP");
  netB = await createNetwork(api, "Réseau vue d'ensemble B", "GRETA");
  const orgA = await createOrganisation(api, netA.id, "Organisme vue A");
  const rennes = await createEstablishment(api, orgA, { name: "A Rennes", nic: 1 });
  const brest = await createEstablishment(api, orgA, { name: "A Brest", nic: 2, postalCode: "29200", city: "Brest", departmentCode: "29" });
  const paris = await createEstablishment(api, orgA, { name: "A Paris", nic: 3, postalCode: "75011", city: "Paris", departmentCode: "75" });
  const closed = await createEstablishment(api, orgA, { name: "A fermé", nic: 4 });

  await grant(rennes.id, "CLEA", "EVALUATOR", "2024-01-01", "2099-12-31");
  await grant(rennes.id, "CLEA", "TRAINER", "2024-01-01", "2099-12-31");
  await grant(brest.id, "CLEA", "EVALUATOR", "2024-01-01", "2099-12-31");
  await grant(paris.id, "CLEA_NUMERIQUE", "EVALUATOR", "2024-01-01", today); // ends today: still in force
  const expired = await grant(paris.id, "CLEA_MANAGEMENT", "EVALUATOR", "2020-01-01", "2099-12-31");
  await api.ds.query(`UPDATE habilitation SET "endDate" = $2 WHERE id = $1`, [expired, addDays(today, -1)]); // ended yesterday
  await createHabilitation(api, brest.id, "CLEA_NUMERIQUE", "TRAINER"); // only requested
  await grant(closed.id, "CLEA", "EVALUATOR", "2024-01-01", "2099-12-31"); // on a closed establishment

  const evaluator = await createUser(api, { grants: [{ role: Role.EVALUATOR, networkId: netA.id, establishmentId: rennes.id }] });
  // One person in two establishments and two functions counts once.
  await createUser(api, {
    grants: [
      { role: Role.ADVISOR, networkId: netA.id, establishmentId: rennes.id },
      { role: Role.TRAINER, networkId: netA.id, establishmentId: brest.id },
    ],
  });
  await createUser(api, { status: "DISABLED", grants: [{ role: Role.EVALUATOR, networkId: netA.id, establishmentId: brest.id }] });
  const former = await createUser(api, { grants: [{ role: Role.TRAINER, networkId: netA.id, establishmentId: paris.id }] });
  await api.ds.query(`UPDATE role_assignment SET "endedOn" = "startedOn" WHERE "userId" = $1`, [former.id]);

  await plan(rennes.id, evaluator.id, "2027-03-15T08:00:00.000Z");
  await plan(rennes.id, evaluator.id, "2027-04-15T08:00:00.000Z");
  const past = await plan(rennes.id, evaluator.id, "2027-05-15T08:00:00.000Z");
  await api.ds.query(
    `UPDATE evaluation_session SET "startsAt" = now() - interval '2 days', "endsAt" = now() - interval '1 day' WHERE id = $1`,
    [past],
  );
  const cancelled = await plan(rennes.id, evaluator.id, "2027-06-15T08:00:00.000Z");
  await ok(api, `mutation($id: ID!) { cancelEvaluationSession(id: $id) { id } }`, { id: cancelled });
  await ok(api, `mutation($id: ID!, $d: LocalDate!) { closeEstablishment(id: $id, closedOn: $d) { id } }`, { id: closed.id, d: today });

  const orgB = await createOrganisation(api, netB.id, "Organisme vue B");
  const lyon = await createEstablishment(api, orgB, { name: "B Lyon", nic: 1, postalCode: "69001", city: "Lyon", departmentCode: "69" });
  await grant(lyon.id, "CLEA", "EVALUATOR", "2024-01-01", "2099-12-31");
  const evaluatorB = await createUser(api, { grants: [{ role: Role.EVALUATOR, networkId: netB.id, establishmentId: lyon.id }] });
  await plan(lyon.id, evaluatorB.id, "2027-03-15T08:00:00.000Z");

  managerA = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: netA.id }]);
});
afterAll(async () => {
  await api?.close();
});

describe("network overview", () => {
  it("counts a network's establishments, habilitations in force, staff and upcoming sessions", async () => {
    const res = await managerA.gql(OVERVIEW, { n: netA.id });
    expect(res.errors).toBeUndefined();
    const o = res.data.networkOverview;
    expect(o).toMatchObject({
      networkId: netA.id,
      today,
      establishmentsOpen: 3,
      establishmentsClosed: 1,
      staff: 2,
      upcomingSessions: 2,
      activeHabilitations: 4,
    });
    expect(o.habilitationsByCertification).toEqual([
      { certificationCode: "CLEA", certificationName: "CléA", role: "EVALUATOR", count: 2 },
      { certificationCode: "CLEA", certificationName: "CléA", role: "TRAINER", count: 1 },
      { certificationCode: "CLEA_NUMERIQUE", certificationName: expect.any(String), role: "EVALUATOR", count: 1 },
    ]);
    expect(o.regions).toEqual([
      { regionCode: "53", regionName: "Bretagne", establishments: 2, habilitations: 3 },
      { regionCode: "11", regionName: "Île-de-France", establishments: 1, habilitations: 1 },
    ]);
  });

  it("gives an ADMIN any network, each with its own figures", async () => {
    const b = (await ok(api, OVERVIEW, { n: netB.id })).networkOverview;
    expect(b).toMatchObject({ establishmentsOpen: 1, establishmentsClosed: 0, staff: 1, upcomingSessions: 1, activeHabilitations: 1 });
    expect(b.regions).toEqual([{ regionCode: "84", regionName: "Auvergne-Rhône-Alpes", establishments: 1, habilitations: 1 }]);
  });

  it("answers NOT_FOUND for another network, FORBIDDEN to a reader or centre staff", async () => {
    expect((await managerA.gql(OVERVIEW, { n: netB.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const analyst = await actAs(api, [{ role: Role.ANALYST, networkId: netA.id }]);
    expect((await analyst.gql(OVERVIEW, { n: netA.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await api.anonymousGql(OVERVIEW, { n: netA.id });
    expect(anonymous.data?.networkOverview ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("counts in SQL, in a bounded number of statements", async () => {
    const statements = await countStatements(api, () => managerA.gql(OVERVIEW, { n: netA.id }));
    expect(statements.filter((s) => /\bcount\(/i.test(s))).toHaveLength(5);
    expect(statements.length).toBeLessThanOrEqual(10);
  });
});
