/**
 * Training paths: only for a dossier in training, only on domains not acquired, hours as exact
 * decimals; planning, completing and cancelling are audited and never move the dossier's state.
 */
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, createUser } from "../../test/auth-fixtures.js";
import {
  PLAN_FINAL,
  PLAN_TRAINING,
  TODAY,
  afterPreliminary,
  cleaCriteria,
  evaluationCentre,
  openedDossier,
  trainingOn,
  type Centre,
} from "../../test/dossier-fixtures.js";
import { createTestApi, type GqlResult, type TestApi } from "../../test/helpers.js";
import { countRows, createNetwork, createOrganisation, ok } from "../../test/organisation-fixtures.js";

let api: TestApi;
let networkId: string;
let centre: Centre;
let criteria: Map<string, string[]>;

beforeAll(async () => {
  api = await createTestApi();
  const network = await createNetwork(api, "Réseau des parcours");
  networkId = network.id;
  const organisation = await createOrganisation(api, network.id, "Organisme des parcours");
  centre = await evaluationCentre(api, organisation);
  criteria = await cleaCriteria(api);
});
afterAll(() => api?.close());

const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const COMPLETE = `mutation($i: CompleteTrainingPathInput!) { completeTrainingPath(input: $i) { id status completedOn domains { domain { code } plannedHours actualHours } } }`;
const CANCEL = `mutation($id: ID!) { cancelTrainingPath(id: $id) { id status } }`;
const DOSSIER = `query($id: ID!) { dossier(id: $id) { state version trainingPaths { id status trainingOrganisation trainerName trainer { id displayName }
  startsOn endsOn domains { domain { code } plannedHours actualHours } } } }`;

const pathInput = (dossierId: string, over: Record<string, unknown> = {}) => ({
  dossierId,
  trainingOrganisation: "AFPA Rennes",
  trainerName: "Paul Formateur",
  startsOn: TODAY,
  endsOn: "2027-05-31",
  domains: [
    { domainCode: "D3", plannedHours: "12.5" },
    { domainCode: "D6", plannedHours: "20" },
  ],
  ...over,
});

async function expectRefused(query: string, variables: Record<string, unknown>, expected: string) {
  const tables = ["training_path", "training_path_domain", "audit_event"];
  const before = await Promise.all(tables.map((t) => countRows(api, t)));
  const res = await api.gql(query, variables);
  expect(code(res), JSON.stringify(res.errors)).toBe(expected);
  expect(await Promise.all(tables.map((t) => countRows(api, t)))).toEqual(before);
  return res.errors![0]!;
}

describe("training paths", () => {
  it("plans a path on missing domains with exact decimal hours, audited, without touching the dossier's state or version", async () => {
    const d = await afterPreliminary(api, centre, criteria, ["D3", "D6"]);
    const trainer = await createUser(api, {
      displayName: "Formatrice Agathe",
      grants: [{ role: Role.TRAINER, networkId, establishmentId: centre.establishment.id }],
    });
    const advisor = await actAs(api, [{ role: Role.ADVISOR, networkId, establishmentId: centre.establishment.id }]);
    const res = await advisor.gql(PLAN_TRAINING, { i: pathInput(d.id, { trainerName: null, trainerId: trainer.id }) });
    expect(res.errors).toBeUndefined();
    const path = res.data.planTrainingPath;
    expect(path).toMatchObject({ status: "PLANNED", dossierId: d.id, trainerName: null });
    expect(path.domains).toEqual([
      { domain: { code: "D3" }, plannedHours: "12.5", actualHours: null },
      { domain: { code: "D6" }, plannedHours: "20.0", actualHours: null },
    ]);
    const read = (await ok(api, DOSSIER, { id: d.id })).dossier;
    expect(read).toMatchObject({ state: "IN_TRAINING", version: d.version });
    expect(read.trainingPaths).toMatchObject([
      { id: path.id, trainingOrganisation: "AFPA Rennes", trainer: { id: trainer.id, displayName: "Formatrice Agathe" } },
    ]);
    const [audit] = await api.ds.query(`SELECT action, "entityType", "changedFields" FROM audit_event WHERE "entityId" = $1`, [path.id]);
    expect(audit).toMatchObject({ action: "CREATE", entityType: "TrainingPath" });

    // Completion records the hours actually done on each domain.
    const missingHours = await expectRefused(
      COMPLETE,
      { i: { trainingPathId: path.id, completedOn: TODAY, actualHours: [{ domainCode: "D3", actualHours: "10" }] } },
      "BAD_USER_INPUT",
    );
    expect(missingHours.message).toContain("D6");
    const completed = (
      await ok(api, COMPLETE, {
        i: {
          trainingPathId: path.id,
          completedOn: TODAY,
          actualHours: [
            { domainCode: "D3", actualHours: "11.5" },
            { domainCode: "D6", actualHours: "0" },
          ],
        },
      })
    ).completeTrainingPath;
    expect(completed).toMatchObject({ status: "COMPLETED", completedOn: TODAY });
    expect(completed.domains.map((x: any) => [x.domain.code, x.actualHours])).toEqual([
      ["D3", "11.5"],
      ["D6", "0.0"],
    ]);
    expect(code(await api.gql(CANCEL, { id: path.id }))).toBe("CONFLICT");
  });

  it("refuses acquired domains (DOMAIN_NOT_MISSING), bad hours or dates, no trainer, and a dossier not in training", async () => {
    const d = await afterPreliminary(api, centre, criteria, ["D3"]);
    const acquired = await expectRefused(PLAN_TRAINING, { i: pathInput(d.id) }, "DOMAIN_NOT_MISSING");
    expect(acquired.message).toBe("Le domaine D6 est déjà acquis : un parcours ne porte que sur les domaines non acquis.");
    const bad = await expectRefused(
      PLAN_TRAINING,
      {
        i: pathInput(d.id, {
          trainerName: "  ",
          endsOn: "2020-01-01",
          domains: [
            { domainCode: "D3", plannedHours: "0" },
            { domainCode: "D3", plannedHours: "1,5" },
          ],
        }),
      },
      "BAD_USER_INPUT",
    );
    expect(bad.extensions!.problems.map((p: any) => p.field).sort()).toEqual(
      ["domains.0.plannedHours", "domains.1.domainCode", "domains.1.plannedHours", "endsOn", "trainerName"].sort(),
    );
    const opened = await openedDossier(api, centre);
    await expectRefused(
      PLAN_TRAINING,
      { i: pathInput(opened.id, { domains: [{ domainCode: "D3", plannedHours: "5" }] }) },
      "INVALID_TRANSITION",
    );
    const evaluator = await actAs(api, [{ role: Role.EVALUATOR, networkId, establishmentId: centre.establishment.id }]);
    const res = await evaluator.gql(PLAN_TRAINING, { i: pathInput(d.id, { domains: [{ domainCode: "D3", plannedHours: "5" }] }) });
    expect(code(res)).toBe("FORBIDDEN");
  });

  it("cancels a planned path, unless a planned évaluation finale depends on it", async () => {
    const d = await afterPreliminary(api, centre, criteria, ["D1", "D7"]);
    const spare = await trainingOn(api, d.id, ["D7"]);
    expect((await ok(api, CANCEL, { id: spare.id })).cancelTrainingPath.status).toBe("CANCELLED");
    // A cancelled path no longer counts for the évaluation finale.
    const noTraining = await api.gql(PLAN_FINAL, {
      i: { dossierId: d.id, version: d.version, plannedOn: TODAY, evaluatorId: centre.evaluator.id, domainCodes: ["D7"] },
    });
    expect(code(noTraining)).toBe("TRAINING_PATH_REQUIRED");
    const path = await trainingOn(api, d.id, ["D1", "D7"]);
    await ok(api, PLAN_FINAL, {
      i: { dossierId: d.id, version: d.version, plannedOn: TODAY, evaluatorId: centre.evaluator.id, domainCodes: ["D1"] },
    });
    const refused = await expectRefused(CANCEL, { id: path.id }, "TRAINING_PATH_REQUIRED");
    expect(refused.message).toContain("D1");
  });
});

describe("the training paths list", () => {
  const LIST = `query($f: TrainingPathFilter, $o: [TrainingPathOrder!], $after: String) {
    trainingPaths(first: 2, after: $after, filter: $f, orderBy: $o) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id dossierId status trainingOrganisation networkId } } } }`;

  it("is scoped like the dossiers, filtered on the path and its dossier, sorted and paged", async () => {
    const otherNetwork = await createNetwork(api, "Réseau des parcours voisins");
    const elsewhere = await evaluationCentre(api, await createOrganisation(api, otherNetwork.id, "Organisme voisin"));
    const local = await evaluationCentre(api, await createOrganisation(api, networkId, "Organisme des parcours listés"));
    const d1 = await afterPreliminary(api, local, criteria, ["D1", "D2"]);
    const d2 = await afterPreliminary(api, local, criteria, ["D3"]);
    const far = await afterPreliminary(api, elsewhere, criteria, ["D1"]);
    const p1 = await trainingOn(api, d1.id, ["D1"]);
    const p2 = await trainingOn(api, d1.id, ["D2"]);
    const p3 = await trainingOn(api, d2.id, ["D3"]);
    await trainingOn(api, far.id, ["D1"]);
    await ok(api, CANCEL, { id: p2.id });
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId }]);
    const run = async (variables: Record<string, unknown>) => {
      const res = await manager.gql(LIST, variables);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data.trainingPaths;
    };

    const inLocal = { establishmentId: { in: [local.establishment.id, elsewhere.establishment.id] } };
    const first = await run({ f: inLocal, o: [{ field: "CREATED_AT", direction: "ASC" }] });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await run({ f: inLocal, o: [{ field: "CREATED_AT", direction: "ASC" }], after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual([p1.id, p2.id, p3.id]);

    const planned = await run({ f: { ...inLocal, not: { status: { eq: "CANCELLED" } }, domainCode: { contains: "D1" } } });
    expect(planned.edges.map((e: any) => e.node.id)).toEqual([p1.id]);
    const ofDossier = await run({ f: { ...inLocal, dossier: { candidateId: { eq: d2.candidateId } } } });
    expect(ofDossier.edges.map((e: any) => e.node.id)).toEqual([p3.id]);
    expect((await run({ f: { dossierId: { eq: far.id } } })).totalCount).toBe(0);
    expect((await api.gql(LIST, { f: { dossierId: { eq: far.id } } })).data.trainingPaths.totalCount).toBe(1);
  });
});
