/**
 * The top-level lists of evaluations and criterion results (docs/adr/0019): scoped like their
 * dossiers, filtered on their own fields and on their dossier's, sorted and paged with keyset
 * cursors.
 */
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import {
  afterPreliminary,
  cleaCriteria,
  evaluationCentre,
  preliminaryPlanned,
  type Centre,
  type DossierRef,
} from "../../test/dossier-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { createNetwork, createOrganisation } from "../../test/organisation-fixtures.js";

let api: TestApi;
let criteria: Map<string, string[]>;
const centre = {} as Record<"a" | "b", Centre>;
const dossier = {} as Record<"planned" | "training" | "ready" | "other", DossierRef>;
const who = {} as Record<"managerA" | "analystB", Actor>;
let missing: string;

beforeAll(async () => {
  api = await createTestApi();
  const netA = await createNetwork(api, "Réseau des listes d'évaluations A");
  const netB = await createNetwork(api, "Réseau des listes d'évaluations B");
  centre.a = await evaluationCentre(api, await createOrganisation(api, netA.id, "Organisme listes A"));
  centre.b = await evaluationCentre(api, await createOrganisation(api, netB.id, "Organisme listes B"));
  criteria = await cleaCriteria(api);
  missing = [...criteria.keys()][1]!;
  dossier.planned = await preliminaryPlanned(api, centre.a);
  dossier.training = await afterPreliminary(api, centre.a, criteria, [missing]);
  dossier.ready = await afterPreliminary(api, centre.a, criteria, []);
  dossier.other = await afterPreliminary(api, centre.b, criteria, [missing]);
  who.managerA = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: netA.id }]);
  who.analystB = await actAs(api, [{ role: Role.ANALYST, networkId: netB.id }]);
});
afterAll(() => api?.close());

const EVALUATIONS = `query($f: EvaluationFilter, $o: [EvaluationOrder!], $first: Int, $after: String) {
  evaluations(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id dossierId networkId kind status plannedOn heldOn } } } }`;
const RESULTS = `query($f: CriterionResultFilter, $o: [CriterionResultOrder!], $first: Int, $after: String) {
  criterionResults(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { evaluationId result criterion { code } evaluation { dossierId } } } } }`;

async function run(as: Actor | null, query: string, variables: Record<string, unknown>) {
  const res = as ? await as.gql(query, variables) : await api.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data)[0] as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: Record<string, any> }[];
  };
}

describe("the evaluations list", () => {
  it("shows only the evaluations of the dossiers the caller sees", async () => {
    const mine = await run(who.managerA, EVALUATIONS, {
      first: 100,
      f: { establishmentId: { in: [centre.a.establishment.id, centre.b.establishment.id] } },
    });
    expect(mine.totalCount).toBe(3);
    expect(new Set(mine.edges.map((e) => e.node.networkId))).toEqual(new Set([dossier.planned.networkId]));
    expect((await run(who.managerA, EVALUATIONS, { f: { dossierId: { eq: dossier.other.id } } })).totalCount).toBe(0);
    const theirs = await run(who.analystB, EVALUATIONS, { f: { establishmentId: { eq: centre.a.establishment.id } } });
    expect(theirs.totalCount).toBe(0);
  });

  it("filters on its own fields and on its dossier's (a relation)", async () => {
    const done = await run(null, EVALUATIONS, {
      f: { establishmentId: { eq: centre.a.establishment.id }, status: { eq: "DONE" }, kind: { eq: "PRELIMINARY" } },
    });
    expect(done.edges.map((e) => e.node.dossierId).sort()).toEqual([dossier.training.id, dossier.ready.id].sort());
    const inTraining = await run(null, EVALUATIONS, {
      f: { establishmentId: { eq: centre.a.establishment.id }, dossier: { state: { in: ["IN_TRAINING"] } } },
    });
    expect(inTraining.edges.map((e) => e.node.dossierId)).toEqual([dossier.training.id]);
    const notAcquiredSomewhere = await run(null, EVALUATIONS, {
      f: { networkId: { eq: dossier.training.networkId }, criterionResults: { result: { eq: "NOT_ACQUIRED" } } },
    });
    expect(notAcquiredSomewhere.edges.map((e) => e.node.dossierId)).toEqual([dossier.training.id]);
    const planned = await run(null, EVALUATIONS, { f: { establishmentId: { eq: centre.a.establishment.id }, heldOn: { isNull: true } } });
    expect(planned.edges.map((e) => e.node.dossierId)).toEqual([dossier.planned.id]);
  });

  it("sorts as asked and pages through two pages with cursors", async () => {
    const f = { establishmentId: { eq: centre.a.establishment.id } };
    const o = [{ field: "HELD_ON", direction: "ASC" }];
    const first = await run(who.managerA, EVALUATIONS, { f, o, first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await run(who.managerA, EVALUATIONS, { f, o, first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.edges, ...second.edges].map((e) => e.node);
    expect(new Set(all.map((n) => n.id)).size).toBe(3);
    // The evaluation not yet held comes last.
    expect(all.at(-1)!.dossierId).toBe(dossier.planned.id);
  });
});

describe("the criterion results list", () => {
  it("is scoped through the evaluations: another network's results are absent", async () => {
    const f = { dossierId: { eq: dossier.training.id } };
    expect((await run(who.managerA, RESULTS, { f, first: 1 })).totalCount).toBe((await run(null, RESULTS, { f, first: 1 })).totalCount);
    expect((await run(who.analystB, RESULTS, { f, first: 1 })).totalCount).toBe(0);
    const bOnly = await run(who.analystB, RESULTS, { f: { result: { eq: "NOT_ACQUIRED" } }, first: 100 });
    expect(bOnly.totalCount).toBe(criteria.get(missing)!.length);
    expect(new Set(bOnly.edges.map((e) => e.node.evaluation.dossierId))).toEqual(new Set([dossier.other.id]));
  });

  it("filters on the result, the criterion and the dossier's state (a relation)", async () => {
    const notAcquired = await run(who.managerA, RESULTS, {
      f: { result: { eq: "NOT_ACQUIRED" }, dossier: { state: { eq: "IN_TRAINING" } } },
      first: 100,
    });
    expect(notAcquired.totalCount).toBe(criteria.get(missing)!.length);
    expect(notAcquired.edges.map((e) => e.node.criterion.code).sort()).toEqual([...criteria.get(missing)!].sort());
    const ofDomain = await run(who.managerA, RESULTS, {
      f: { domainCode: { eq: missing }, dossierId: { eq: dossier.ready.id } },
      first: 100,
    });
    expect(ofDomain.edges.every((e) => e.node.result === "ACQUIRED")).toBe(true);
    expect(ofDomain.totalCount).toBe(criteria.get(missing)!.length);
  });

  it("is sorted by criterion code by default and pages through two pages", async () => {
    const f = { dossierId: { eq: dossier.training.id } };
    const first = await run(who.managerA, RESULTS, { f, first: 5 });
    const second = await run(who.managerA, RESULTS, { f, first: 5, after: first.pageInfo.endCursor });
    const codes = [...first.edges, ...second.edges].map((e) => e.node.criterion.code as string);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(codes).toEqual([...codes].sort());
    const byResult = await run(who.managerA, RESULTS, {
      f,
      o: [
        { field: "RESULT", direction: "DESC" },
        { field: "CRITERION_CODE", direction: "ASC" },
      ],
      first: 1,
    });
    expect(byResult.edges[0]!.node.result).toBe("NOT_ACQUIRED");
  });
});

describe("the dossiers list's relations", () => {
  const DOSSIERS = `query($f: DossierFilter) { dossiers(filter: $f, first: 50) { totalCount edges { node { id } } } }`;

  it("filter dossiers on their evaluations, paths, certificate and candidate — the candidate's identity only where it may be read", async () => {
    const ids = async (as: Actor | null, f: Record<string, unknown>) => {
      const res = as ? await as.gql(DOSSIERS, { f }) : await api.gql(DOSSIERS, { f });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data.dossiers.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    };
    const inA = { establishmentId: { eq: centre.a.establishment.id } };
    expect(await ids(who.managerA, { ...inA, evaluations: { status: { eq: "PLANNED" } } })).toEqual([dossier.planned.id]);
    expect(await ids(who.managerA, { ...inA, not: { evaluations: { heldOn: { isNull: false } } } })).toEqual([dossier.planned.id]);
    expect(await ids(who.managerA, { ...inA, certificate: {} })).toEqual([]);
    expect(await ids(who.managerA, { ...inA, establishment: { id: { eq: centre.a.establishment.id } }, trainingPaths: {} })).toEqual([]);
    // Names of candidates: the admin finds them, a network manager (no access to identities) never does.
    const byName = { ...inA, candidate: { birthLastName: { startsWith: "Martin-" } } };
    expect(await ids(null, byName)).toEqual([dossier.planned.id, dossier.training.id, dossier.ready.id].sort());
    expect(await ids(who.managerA, byName)).toEqual([]);
    const evaluator = await actAs(api, [
      { role: Role.EVALUATOR, networkId: dossier.planned.networkId, establishmentId: centre.a.establishment.id },
    ]);
    expect(await ids(evaluator, byName)).toHaveLength(3);
  });
});
