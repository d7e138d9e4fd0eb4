/**
 * Evaluations: planned only where and when the establishment may evaluate, with an assigned
 * evaluator and a free place; recorded in one mutation with a result for every criterion, outcomes
 * derived and stored with their dates; the évaluation finale only on missing, trained domains and
 * never by the candidate's trainer. A refusal writes nothing.
 */
import { Role, windowEnd } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../test/auth-fixtures.js";
import {
  PLAN_FINAL,
  PLAN_PRELIMINARY,
  RECORD_FINAL,
  RECORD_PRELIMINARY,
  TODAY,
  afterPreliminary,
  cleaCriteria,
  evaluationCentre,
  openedDossier,
  preliminaryPlanned,
  resultsFor,
  trainingOn,
  type Centre,
} from "../../test/dossier-fixtures.js";
import { createTestApi, type GqlResult, type TestApi } from "../../test/helpers.js";
import { countRows, createNetwork, createOrganisation, ok } from "../../test/organisation-fixtures.js";

let api: TestApi;
let organisation: { id: string; siren: string };
let centre: Centre;
let criteria: Map<string, string[]>;
let domains: string[];

beforeAll(async () => {
  api = await createTestApi();
  const network = await createNetwork(api, "Réseau des évaluations");
  organisation = await createOrganisation(api, network.id, "Organisme des évaluations");
  centre = await evaluationCentre(api, organisation);
  criteria = await cleaCriteria(api);
  domains = [...criteria.keys()];
});
afterAll(() => api?.close());

const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const WRITES = ["dossier", "dossier_event", "evaluation", "criterion_result", "sub_domain_result", "domain_result", "audit_event"];
const counts = () => Promise.all(WRITES.map((t) => countRows(api, t)));

/** Runs `query` and checks it was refused with `expected` and wrote nothing. */
async function expectRefused(query: string, input: Record<string, unknown>, expected: string) {
  const before = await counts();
  const res = await api.gql(query, { i: input });
  expect(code(res), JSON.stringify(res.errors)).toBe(expected);
  expect(await counts()).toEqual(before);
  return res.errors![0]!;
}

const DOSSIER = `query($id: ID!) { dossier(id: $id) { state version preliminaryDate windowEndsOn allowedActions
  history { action toState note }
  domainStatuses { domain { code } acquired acquiredOn validUntil }
  evaluations { kind status plannedOn heldOn durationMinutes context domainCodes evaluator { id } session { id }
    criterionResults { criterion { code } result } subDomainResults { subDomain { code } validated acquiredCount criterionCount }
    domainResults { domain { code } acquired acquiredOn validUntil } } } }`;

const SESSION = `mutation($i: PlanEvaluationSessionInput!) { planEvaluationSession(input: $i) { id enrolled free } }`;
const sessionInput = (c: Centre, over: Record<string, unknown> = {}) => ({
  establishmentId: c.establishment.id,
  evaluatorId: c.evaluator.id,
  certificationCode: "CLEA",
  kind: "PRELIMINARY",
  startsAt: "2027-03-15T08:00:00.000Z",
  endsAt: "2027-03-15T15:00:00.000Z",
  siteAddress: "3 place de la République, 35000 Rennes",
  capacity: 1,
  ...over,
});

describe("planning the évaluation préalable", () => {
  it("refuses an evaluator not assigned at the establishment, and a date the habilitation does not cover", async () => {
    const d = await openedDossier(api, centre);
    const other = await evaluationCentre(api, organisation);
    await expectRefused(
      PLAN_PRELIMINARY,
      { dossierId: d.id, version: d.version, plannedOn: TODAY, evaluatorId: other.evaluator.id },
      "EVALUATOR_NOT_ASSIGNED",
    );
    const late = await expectRefused(
      PLAN_PRELIMINARY,
      { dossierId: d.id, version: d.version, plannedOn: "2100-02-01", evaluatorId: centre.evaluator.id },
      "HABILITATION_EXPIRED",
    );
    expect(late.message).toContain("ne couvre pas l'évaluation du 01/02/2100");
    await expectRefused(PLAN_PRELIMINARY, { dossierId: d.id, version: d.version, evaluatorId: centre.evaluator.id }, "BAD_USER_INPUT");
  });

  it("books a place in a session of the establishment: the session counts it, a full one is refused (SESSION_FULL), a withdrawal frees it", async () => {
    const session = (await ok(api, SESSION, { i: sessionInput(centre) })).planEvaluationSession;
    const finalSession = (await ok(api, SESSION, { i: sessionInput(centre, { kind: "FINAL" }) })).planEvaluationSession;
    const d = await openedDossier(api, centre);
    const wrongKind = await expectRefused(
      PLAN_PRELIMINARY,
      { dossierId: d.id, version: d.version, evaluatorId: centre.evaluator.id, sessionId: finalSession.id },
      "BAD_USER_INPUT",
    );
    expect(wrongKind.message).toBe("Cette session n'est pas une session d'évaluation préalable.");
    await expectRefused(
      PLAN_PRELIMINARY,
      { dossierId: d.id, version: d.version, evaluatorId: centre.evaluator.id, sessionId: session.id, plannedOn: "2027-03-16" },
      "BAD_USER_INPUT",
    );
    const planned = (
      await ok(api, PLAN_PRELIMINARY, {
        i: { dossierId: d.id, version: d.version, evaluatorId: centre.evaluator.id, sessionId: session.id },
      })
    ).planPreliminaryEvaluation;
    expect(planned).toMatchObject({ state: "PRELIMINARY_PLANNED", version: 2, allowedActions: ["RECORD_PRELIMINARY", "WITHDRAW"] });
    const read = (await ok(api, DOSSIER, { id: d.id })).dossier;
    expect(read.evaluations).toMatchObject([
      {
        kind: "PRELIMINARY",
        status: "PLANNED",
        plannedOn: "2027-03-15",
        session: { id: session.id },
        evaluator: { id: centre.evaluator.id },
      },
    ]);
    const s = (await ok(api, `query($id: ID!) { evaluationSession(id: $id) { enrolled free } }`, { id: session.id })).evaluationSession;
    expect(s).toEqual({ enrolled: 1, free: 0 });

    const second = await openedDossier(api, centre);
    const full = await expectRefused(
      PLAN_PRELIMINARY,
      { dossierId: second.id, version: second.version, evaluatorId: centre.evaluator.id, sessionId: session.id },
      "SESSION_FULL",
    );
    expect(full.message).toContain("complète");

    // Closing the dossier frees its place.
    await ok(api, `mutation($i: WithdrawDossierInput!) { withdrawDossier(input: $i) { state } }`, {
      i: { dossierId: d.id, version: planned.version, reason: "Abandon" },
    });
    expect(
      (await ok(api, `query($id: ID!) { evaluationSession(id: $id) { enrolled free } }`, { id: session.id })).evaluationSession,
    ).toEqual({ enrolled: 0, free: 1 });
    expect((await ok(api, DOSSIER, { id: d.id })).dossier.evaluations[0].status).toBe("CANCELLED");
    await ok(api, PLAN_PRELIMINARY, {
      i: { dossierId: second.id, version: second.version, evaluatorId: centre.evaluator.id, sessionId: session.id },
    });
  });
});

describe("recording the évaluation préalable", () => {
  it("refuses results missing a criterion or naming an unknown one (INCOMPLETE_EVALUATION), listing them, and writes nothing", async () => {
    const d = await preliminaryPlanned(api, centre);
    const all = resultsFor(criteria, domains);
    const [dropped] = all;
    const input = {
      dossierId: d.id,
      version: d.version,
      heldOn: TODAY,
      durationMinutes: 400,
      results: [...all.slice(1), { criterionCode: "D9.9.9", result: "ACQUIRED" }],
    };
    const error = await expectRefused(RECORD_PRELIMINARY, input, "INCOMPLETE_EVALUATION");
    expect(error.extensions!.missing).toEqual([dropped!.criterionCode]);
    expect(error.extensions!.unknown).toEqual(["D9.9.9"]);
    expect(error.extensions!.problems).toEqual(
      expect.arrayContaining([
        { field: `results.${dropped!.criterionCode}`, message: `Le critère ${dropped!.criterionCode} n'a pas de résultat.` },
        { field: "results.D9.9.9", message: "Le critère D9.9.9 n'existe pas dans la version du référentiel du dossier." },
      ]),
    );
    const future = await expectRefused(RECORD_PRELIMINARY, { ...input, results: all, heldOn: "2099-01-01" }, "BAD_USER_INPUT");
    expect(future.extensions!.field).toBe("heldOn");
  });

  it("stores every result and the derived outcomes, valid 5 years, and sends a dossier with missing domains to training", async () => {
    const d = await afterPreliminary(api, centre, criteria, ["D2", "D5"]);
    expect(d).toMatchObject({ state: "IN_TRAINING", version: 3, preliminaryDate: TODAY, windowEndsOn: windowEnd(TODAY) });
    const read = (await ok(api, DOSSIER, { id: d.id })).dossier;
    expect(read.history.at(-1)).toEqual({
      action: "RECORD_PRELIMINARY",
      toState: "IN_TRAINING",
      note: `${domains.length - 2} domaines acquis sur ${domains.length}.`,
    });
    const [evaluation] = read.evaluations;
    expect(evaluation).toMatchObject({ status: "DONE", heldOn: TODAY, durationMinutes: 420, context: "Logistique", domainCodes: null });
    const total = [...criteria.values()].flat().length;
    expect(evaluation.criterionResults).toHaveLength(total);
    const d2 = criteria.get("D2")![0]!;
    expect(evaluation.criterionResults.find((r: any) => r.criterion.code === d2).result).toBe("NOT_ACQUIRED");
    expect(
      evaluation.subDomainResults
        .filter((s: any) => s.subDomain.code.startsWith("D2."))
        .every((s: any) => !s.validated && s.acquiredCount === 0),
    ).toBe(true);
    expect(
      evaluation.subDomainResults
        .filter((s: any) => s.subDomain.code.startsWith("D1."))
        .every((s: any) => s.validated && s.acquiredCount === s.criterionCount),
    ).toBe(true);
    const byDomain = Object.fromEntries(evaluation.domainResults.map((r: any) => [r.domain.code, r]));
    expect(byDomain.D2).toMatchObject({ acquired: false, acquiredOn: null, validUntil: null });
    expect(byDomain.D1).toMatchObject({ acquired: true, acquiredOn: TODAY, validUntil: windowEnd(TODAY) });
    expect(read.domainStatuses.map((s: any) => [s.domain.code, s.acquired])).toEqual(domains.map((c) => [c, !["D2", "D5"].includes(c)]));
    // In training, a training path comes first: the finale is offered only once one exists.
    expect(d.allowedActions).toEqual(["PLAN_TRAINING", "WITHDRAW"]);
  });

  it("sends a dossier with every domain acquired straight to the jury", async () => {
    const d = await afterPreliminary(api, centre, criteria, []);
    expect(d.state).toBe("READY_FOR_JURY");
    const read = (await ok(api, DOSSIER, { id: d.id })).dossier;
    expect(read.history.at(-1).note).toBe(`${domains.length} domaines acquis sur ${domains.length}.`);
    expect(read.domainStatuses.every((s: any) => s.acquired && s.validUntil === windowEnd(TODAY))).toBe(true);
  });

  it("refuses to record with a stale version (CONFLICT) and to record twice (INVALID_TRANSITION)", async () => {
    const d = await preliminaryPlanned(api, centre);
    const results = resultsFor(criteria, domains);
    await expectRefused(
      RECORD_PRELIMINARY,
      { dossierId: d.id, version: d.version - 1, heldOn: TODAY, durationMinutes: 60, results },
      "CONFLICT",
    );
    const done = (
      await ok(api, RECORD_PRELIMINARY, { i: { dossierId: d.id, version: d.version, heldOn: TODAY, durationMinutes: 60, results } })
    ).recordPreliminaryEvaluation;
    await expectRefused(
      RECORD_PRELIMINARY,
      { dossierId: d.id, version: done.version, heldOn: TODAY, durationMinutes: 60, results },
      "INVALID_TRANSITION",
    );
  });
});

describe("the évaluation finale", () => {
  it("covers only missing domains a training path targets, never by the candidate's trainer", async () => {
    const d = await afterPreliminary(api, centre, criteria, ["D2", "D5"]);
    const plan = (over: Record<string, unknown>) => ({
      dossierId: d.id,
      version: d.version,
      plannedOn: TODAY,
      evaluatorId: centre.evaluator.id,
      ...over,
    });
    await expectRefused(PLAN_FINAL, plan({ domainCodes: ["D2"] }), "TRAINING_PATH_REQUIRED");
    // The centre's evaluator trains the candidate on D2: another evaluator is needed.
    await trainingOn(api, d.id, ["D2"], { trainerId: centre.evaluator.id });
    await trainingOn(api, d.id, ["D5"]);
    expect((await ok(api, DOSSIER, { id: d.id })).dossier.allowedActions).toEqual(["PLAN_TRAINING", "PLAN_FINAL", "WITHDRAW"]);
    const acquired = await expectRefused(PLAN_FINAL, plan({ domainCodes: ["D1", "D2"] }), "DOMAIN_NOT_MISSING");
    expect(acquired.message).toContain("D1");
    await expectRefused(PLAN_FINAL, plan({ domainCodes: ["D2", "D5"] }), "EVALUATOR_IS_TRAINER");
    await expectRefused(PLAN_FINAL, plan({ domainCodes: ["D8"] }), "BAD_USER_INPUT");
    const second = await createUser(api, {
      grants: [{ role: Role.EVALUATOR, networkId: centre.establishment.networkId, establishmentId: centre.establishment.id }],
    });
    const planned = (await ok(api, PLAN_FINAL, { i: plan({ domainCodes: ["D5", "D2"], evaluatorId: second.id }) })).planFinalEvaluation;
    expect(planned).toMatchObject({ state: "FINAL_PLANNED", version: d.version + 1, allowedActions: ["RECORD_FINAL", "WITHDRAW"] });

    // Results for the planned domains only: a criterion of another domain is refused.
    const onlyD2D5 = resultsFor(criteria, ["D2", "D5"], ["D5"]);
    const withExtra = [...onlyD2D5, resultsFor(criteria, ["D1"])[0]!];
    const error = await expectRefused(
      RECORD_FINAL,
      { dossierId: d.id, version: planned.version, heldOn: TODAY, durationMinutes: 90, results: withExtra },
      "INCOMPLETE_EVALUATION",
    );
    expect(error.extensions!.problems[0].message).toContain("n'appartient pas aux domaines de cette évaluation");

    // D2 acquired, D5 still missing: back to training, then a second finale on D5 completes the dossier.
    const loop = (
      await ok(api, RECORD_FINAL, {
        i: { dossierId: d.id, version: planned.version, heldOn: TODAY, durationMinutes: 90, results: onlyD2D5 },
      })
    ).recordFinalEvaluation;
    expect(loop.state).toBe("IN_TRAINING");
    const again = (
      await ok(api, PLAN_FINAL, {
        i: { dossierId: d.id, version: loop.version, plannedOn: TODAY, evaluatorId: second.id, domainCodes: ["D5"] },
      })
    ).planFinalEvaluation;
    const done = (
      await ok(api, RECORD_FINAL, {
        i: { dossierId: d.id, version: again.version, heldOn: TODAY, durationMinutes: 45, results: resultsFor(criteria, ["D5"]) },
      })
    ).recordFinalEvaluation;
    expect(done.state).toBe("READY_FOR_JURY");

    const read = (await ok(api, DOSSIER, { id: d.id })).dossier;
    expect(read.evaluations.map((e: any) => [e.kind, e.status, e.domainCodes])).toEqual([
      ["PRELIMINARY", "DONE", null],
      ["FINAL", "DONE", ["D2", "D5"]],
      ["FINAL", "DONE", ["D5"]],
    ]);
    expect(read.evaluations[1].criterionResults).toHaveLength(criteria.get("D2")!.length + criteria.get("D5")!.length);
    expect(read.evaluations[1].domainResults.map((r: any) => [r.domain.code, r.acquired, r.validUntil])).toEqual([
      ["D2", true, windowEnd(TODAY)],
      ["D5", false, null],
    ]);
    expect(read.history.at(-1).note).toBe(`1 domaine acquis sur 1 évalué ; ${domains.length} sur ${domains.length} au total.`);
    expect(read.domainStatuses.every((s: any) => s.acquired)).toBe(true);
  });
});
