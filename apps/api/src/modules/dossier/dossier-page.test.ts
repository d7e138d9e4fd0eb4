/**
 * A dossier page (candidate, history, every evaluation with all its results, training paths)
 * costs the same number of SQL statements whatever the number of evaluations and criteria:
 * every relation is a batched DataLoader, one statement per level of the query.
 */
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../test/auth-fixtures.js";
import {
  PLAN_FINAL,
  RECORD_FINAL,
  TODAY,
  afterPreliminary,
  cleaCriteria,
  evaluationCentre,
  resultsFor,
  trainingOn,
  type Centre,
} from "../../test/dossier-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countStatements, createNetwork, createOrganisation, ok } from "../../test/organisation-fixtures.js";

let api: TestApi;
let centre: Centre;
let criteria: Map<string, string[]>;

beforeAll(async () => {
  api = await createTestApi();
  const network = await createNetwork(api, "Réseau de la page dossier");
  const organisation = await createOrganisation(api, network.id, "Organisme de la page dossier");
  centre = await evaluationCentre(api, organisation);
  criteria = await cleaCriteria(api);
});
afterAll(() => api?.close());

const PAGE = `query($id: ID!) { dossier(id: $id) {
  id state version openedOn preliminaryDate windowEndsOn allowedActions
  candidate { id pseudonym lastName firstNames }
  certification { code name } referential { version } establishment { name } network { name }
  history { action fromState toState version at note actor { displayName } }
  domainStatuses { domain { code title } acquired acquiredOn validUntil }
  evaluations { id kind status plannedOn heldOn durationMinutes domainCodes evaluator { displayName } session { id }
    criterionResults { criterion { code title } result }
    subDomainResults { subDomain { code } validated acquiredCount criterionCount }
    domainResults { domain { code } acquired acquiredOn validUntil } }
  trainingPaths { id status trainingOrganisation trainerName trainer { displayName } domains { domain { code } plannedHours actualHours } }
} }`;

async function pageStatements(dossierId: string): Promise<{ statements: string[]; evaluations: number; results: number }> {
  let data: any;
  const statements = await countStatements(api, async () => {
    const res = await api.gql(PAGE, { id: dossierId });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    data = res.data.dossier;
  });
  const results = data.evaluations.reduce((n: number, e: any) => n + e.criterionResults.length, 0);
  return { statements, evaluations: data.evaluations.length, results };
}

/** Distinct statements, parameter lists folded: `IN ($1, $2, $3)` and `IN ($1)` are the same statement. */
const shapes = (statements: string[]) => [...new Set(statements.map((s) => s.replace(/IN \(\$\d+(, \$\d+)*\)/g, "IN (…)")))].sort();

describe("the dossier page", () => {
  it("runs the same statements for a dossier with one evaluation and one with three", async () => {
    // Both have a training path, so that both pages reach every level of the query.
    const single = await afterPreliminary(api, centre, criteria, ["D2", "D5"]);
    await trainingOn(api, single.id, ["D2", "D5"]);

    const looped = await afterPreliminary(api, centre, criteria, ["D2", "D5"]);
    await trainingOn(api, looped.id, ["D2", "D5"]);
    const second = await createUser(api, {
      grants: [{ role: Role.EVALUATOR, networkId: centre.establishment.networkId, establishmentId: centre.establishment.id }],
    });
    let v = looped.version;
    for (const [domains, missing] of [
      [["D2", "D5"], ["D5"]],
      [["D5"], []],
    ] as const) {
      v = (
        await ok(api, PLAN_FINAL, {
          i: { dossierId: looped.id, version: v, plannedOn: TODAY, evaluatorId: second.id, domainCodes: domains },
        })
      ).planFinalEvaluation.version;
      v = (
        await ok(api, RECORD_FINAL, {
          i: { dossierId: looped.id, version: v, heldOn: TODAY, durationMinutes: 60, results: resultsFor(criteria, domains, missing) },
        })
      ).recordFinalEvaluation.version;
    }

    const one = await pageStatements(single.id);
    const three = await pageStatements(looped.id);
    expect(one.evaluations).toBe(1);
    expect(three.evaluations).toBe(3);
    expect(three.results).toBeGreaterThan(one.results);
    // The same statements, whatever the number of evaluations and results: every relation is one
    // batched statement per level (its parameters list grows, not the number of statements).
    expect(shapes(three.statements)).toEqual(shapes(one.statements));
    expect(three.statements.filter((s) => /FROM "criterion_result"/.test(s))).toHaveLength(1);
    // A relation reached from two parents (a domain from the statuses and from the training paths,
    // an account as evaluator and as trainer) is one batch, or two when its parents' rows arrive
    // in different ticks: the counts are equal up to that, and bounded.
    expect(Math.abs(three.statements.length - one.statements.length)).toBeLessThanOrEqual(2);
    expect(Math.max(one.statements.length, three.statements.length)).toBeLessThanOrEqual(26);
  });
});
