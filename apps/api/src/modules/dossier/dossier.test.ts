/**
 * Dossiers: opened only by an open establishment habilitated today, pinned to the published
 * référentiel, one open per candidate and certification; listed in scope with filters; every
 * change goes through one transition (version check, history, audit); the daily expiry.
 */
import { expiringWithin, Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestContext } from "../../core/context.js";
import { actAs } from "../../test/auth-fixtures.js";
import {
  OPEN,
  PLAN_FINAL,
  TODAY,
  afterPreliminary,
  cleaCriteria,
  evaluationCentre,
  newCandidate,
  openedDossier,
  type Centre,
} from "../../test/dossier-fixtures.js";
import { createTestApi, type GqlResult, type TestApi } from "../../test/helpers.js";
import { countRows, createNetwork, createOrganisation, ok } from "../../test/organisation-fixtures.js";
import { expireDossiers } from "./dossier.expiry.js";
import { parseCrontab } from "graphile-worker";
import { crontab, runQueuedJobs } from "../../app/index.js";
import { queueJob } from "../../core/jobs.js";
import { DOSSIER_EXPIRY_TASK } from "./dossier.jobs.js";

let api: TestApi;
let network: { id: string };
let organisation: { id: string; siren: string };
let centre: Centre;
let criteria: Map<string, string[]>;

beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau des dossiers");
  organisation = await createOrganisation(api, network.id, "Organisme des dossiers");
  centre = await evaluationCentre(api, organisation);
  criteria = await cleaCriteria(api);
});
afterAll(() => api?.close());

const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const GET = `query($id: ID!) { dossier(id: $id) { id state version allowedActions windowEndsOn
  history { action fromState toState version note actor { id } } candidate { id lastName } certification { code } establishment { id } network { id } } }`;
const WITHDRAW = `mutation($i: WithdrawDossierInput!) { withdrawDossier(input: $i) { id state version allowedActions } }`;
const RESUME = `mutation($i: ResumeTrainingInput!) { resumeTraining(input: $i) { id state version } }`;
const LIST = `query($f: DossierFilter, $first: Int, $after: String) { dossiers(first: $first, after: $after, filter: $f) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id state } } } }`;

/** Calls OPEN as `as` and checks it was refused with `expected`, writing nothing. */
async function expectOpenRefused(input: Record<string, unknown>, expected: string, as = api.gql.bind(api)) {
  const [dossiers, events, audits] = [
    await countRows(api, "dossier"),
    await countRows(api, "dossier_event"),
    await countRows(api, "audit_event"),
  ];
  const res = await as(OPEN, { i: input });
  expect(code(res), JSON.stringify(res.errors)).toBe(expected);
  expect([await countRows(api, "dossier"), await countRows(api, "dossier_event"), await countRows(api, "audit_event")]).toEqual([
    dossiers,
    events,
    audits,
  ]);
  return res.errors![0]!;
}

describe("opening a dossier", () => {
  it("opens it for the centre's advisor: OPENED, version 1, pinned to the published référentiel, with its opening in the history and the audit", async () => {
    const candidate = await newCandidate(api, centre.establishment.id);
    const advisor = await actAs(api, [{ role: Role.ADVISOR, networkId: network.id, establishmentId: centre.establishment.id }]);
    const res = await advisor.gql(OPEN, { i: { candidateId: candidate.id, certificationCode: "CLEA" } });
    expect(res.errors).toBeUndefined();
    const d = res.data.openDossier;
    expect(d).toMatchObject({
      state: "OPENED",
      version: 1,
      establishmentId: centre.establishment.id,
      networkId: network.id,
      openedOn: TODAY,
      preliminaryDate: null,
    });
    expect(d.referential.status).toBe("PUBLISHED");
    expect(d.allowedActions).toEqual(["PLAN_PRELIMINARY", "WITHDRAW"]);
    const [{ referentialId }] = await api.ds.query(
      `SELECT r.id AS "referentialId" FROM referential r JOIN certification c ON c.id = r."certificationId" WHERE c.code = 'CLEA' AND r.status = 'PUBLISHED'`,
    );
    expect(d.referential.id).toBe(referentialId);

    const read = (await ok(api, GET, { id: d.id })).dossier;
    expect(read.history).toEqual([{ action: null, fromState: null, toState: "OPENED", version: 1, note: null, actor: { id: advisor.id } }]);
    expect(read).toMatchObject({
      candidate: { id: candidate.id },
      certification: { code: "CLEA" },
      establishment: { id: centre.establishment.id },
      network: { id: network.id },
    });
    const [audit] = await api.ds.query(
      `SELECT action, "entityType", "networkId", "establishmentId" FROM audit_event WHERE "entityId" = $1`,
      [d.id],
    );
    expect(audit).toEqual({ action: "CREATE", entityType: "Dossier", networkId: network.id, establishmentId: centre.establishment.id });
  });

  it("keeps one open dossier per candidate and certification (CONFLICT), and allows a new one once it is closed", async () => {
    const candidate = await newCandidate(api, centre.establishment.id);
    const first = (await ok(api, OPEN, { i: { candidateId: candidate.id, certificationCode: "CLEA" } })).openDossier;
    const again = await expectOpenRefused({ candidateId: candidate.id, certificationCode: "CLEA" }, "CONFLICT");
    expect(again.message).toBe(
      "Ce candidat a déjà un dossier en cours pour cette certification : poursuivez-le, ou clôturez-le avant d'en ouvrir un nouveau.",
    );
    // Two at once: the partial unique index lets one through.
    const other = await newCandidate(api, centre.establishment.id);
    const both = await Promise.all([1, 2].map(() => api.gql(OPEN, { i: { candidateId: other.id, certificationCode: "CLEA" } })));
    expect(both.map(code).sort()).toEqual(["CONFLICT", undefined]);

    await ok(api, WITHDRAW, { i: { dossierId: first.id, version: first.version, reason: "Le candidat déménage." } });
    const second = (await ok(api, OPEN, { i: { candidateId: candidate.id, certificationCode: "CLEA" } })).openDossier;
    expect(second.id).not.toBe(first.id);
  });

  it("refuses a closed establishment, one not habilitated for the certification, or whose habilitation has ended", async () => {
    const candidate = await newCandidate(api, centre.establishment.id);
    const unhabilitated = await evaluationCentre(api, organisation, { habilitation: null });
    await expectOpenRefused(
      { candidateId: candidate.id, certificationCode: "CLEA", establishmentId: unhabilitated.establishment.id },
      "NOT_HABILITATED",
    );
    const notForNumerique = await expectOpenRefused({ candidateId: candidate.id, certificationCode: "CLEA_NUMERIQUE" }, "NOT_HABILITATED");
    expect(notForNumerique.message).toBe("Cet établissement n'est pas habilité comme évaluateur pour CléA Numérique.");

    const ended = await evaluationCentre(api, organisation);
    await api.ds.query(`UPDATE habilitation SET "startDate" = '2019-01-01', "endDate" = '2024-12-31' WHERE "establishmentId" = $1`, [
      ended.establishment.id,
    ]);
    const expired = await expectOpenRefused(
      { candidateId: candidate.id, certificationCode: "CLEA", establishmentId: ended.establishment.id },
      "HABILITATION_EXPIRED",
    );
    expect(expired.message).toContain("a pris fin le 31/12/2024");

    const closed = await evaluationCentre(api, organisation);
    await api.ds.query(`UPDATE establishment SET status = 'CLOSED', "closedOn" = CURRENT_DATE WHERE id = $1`, [closed.establishment.id]);
    await expectOpenRefused(
      { candidateId: candidate.id, certificationCode: "CLEA", establishmentId: closed.establishment.id },
      "ESTABLISHMENT_CLOSED",
    );
  });

  it("keeps the dossier in the candidate's network: another network's establishment cannot hold it", async () => {
    const candidate = await newCandidate(api, centre.establishment.id);
    const otherNetwork = await createNetwork(api, "Réseau d'à côté");
    const otherOrganisation = await createOrganisation(api, otherNetwork.id, "Organisme d'à côté");
    const elsewhere = await evaluationCentre(api, otherOrganisation);
    const refused = await expectOpenRefused(
      { candidateId: candidate.id, certificationCode: "CLEA", establishmentId: elsewhere.establishment.id },
      "BAD_USER_INPUT",
    );
    expect(refused.extensions?.field).toBe("establishmentId");
  });

  it("lets the network's manager and the centre's staff who advise open, not its evaluators nor other networks", async () => {
    const candidate = await newCandidate(api, centre.establishment.id);
    const evaluator = await actAs(api, [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: centre.establishment.id }]);
    await expectOpenRefused({ candidateId: candidate.id, certificationCode: "CLEA" }, "FORBIDDEN", evaluator.gql);
    const otherNetwork = await createNetwork(api, "Réseau voisin des dossiers");
    const foreign = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: otherNetwork.id }]);
    await expectOpenRefused({ candidateId: candidate.id, certificationCode: "CLEA" }, "NOT_FOUND", foreign.gql);
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    expect((await manager.gql(OPEN, { i: { candidateId: candidate.id, certificationCode: "CLEA" } })).errors).toBeUndefined();
  });
});

describe("the list of dossiers", () => {
  it("filters by state, certification, establishment, candidate, opening dates and window end, within the caller's scope", async () => {
    const net = await createNetwork(api, "Réseau de la liste");
    const org = await createOrganisation(api, net.id, "Organisme de la liste");
    const c = await evaluationCentre(api, org);
    const a = await openedDossier(api, c);
    const b = await afterPreliminary(api, c, criteria, ["D2"]);
    const soon = await afterPreliminary(api, c, criteria, ["D3"]);
    await api.ds.query(
      `UPDATE dossier SET "preliminaryDate" = $2::date - interval '5 years' + interval '2 months', "windowEndsOn" = $2::date + interval '2 months' WHERE id = $1`,
      [soon.id, TODAY],
    );

    const ids = async (f: Record<string, unknown>, as = api.gql.bind(api)) => {
      const res = await as(LIST, { f: { networkId: { eq: net.id }, ...f } });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data.dossiers.edges.map((e: any) => e.node.id).sort();
    };
    expect(await ids({})).toEqual([a.id, b.id, soon.id].sort());
    expect(await ids({ state: { eq: "OPENED" } })).toEqual([a.id]);
    expect(await ids({ state: { in: ["IN_TRAINING", "READY_FOR_JURY"] } })).toEqual([b.id, soon.id].sort());
    expect(await ids({ not: { state: { eq: "OPENED" } } })).toEqual([b.id, soon.id].sort());
    expect(await ids({ certificationCode: { eq: "CLEA_NUMERIQUE" } })).toEqual([]);
    expect(await ids({ establishmentId: { eq: c.establishment.id }, certificationCode: { eq: "CLEA" } })).toHaveLength(3);
    const [{ candidateId }] = await api.ds.query(`SELECT "candidateId" FROM dossier WHERE id = $1`, [b.id]);
    expect(await ids({ candidateId: { eq: candidateId } })).toEqual([b.id]);
    expect(await ids({ or: [{ candidateId: { eq: candidateId } }, { state: { eq: "OPENED" } }] })).toEqual([a.id, b.id].sort());
    expect(await ids({ openedOn: { between: [TODAY, TODAY] } })).toHaveLength(3);
    expect(await ids({ openedOn: { lte: "2020-01-01" } })).toEqual([]);
    expect(await ids({ preliminaryDate: { isNull: true } })).toEqual([a.id]);
    // "Expires within 6 months" as the SPA asks it: open dossiers whose window ends by then.
    expect(await ids(expiringWithin(6, TODAY))).toEqual([soon.id]);
    expect(await ids(expiringWithin(120, TODAY))).toEqual([b.id, soon.id].sort());

    // Another network's manager sees none of them; the centre's evaluator sees them all.
    const foreign = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    expect(await ids({}, foreign.gql)).toEqual([]);
    expect(code(await foreign.gql(GET, { id: a.id }))).toBe("NOT_FOUND");
    const staff = await actAs(api, [{ role: Role.EVALUATOR, networkId: net.id, establishmentId: c.establishment.id }]);
    expect(await ids({}, staff.gql)).toHaveLength(3);
    // Pages, newest first.
    const page1 = (await ok(api, LIST, { f: { networkId: { eq: net.id } }, first: 2 })).dossiers;
    expect(page1.totalCount).toBe(3);
    const page2 = (await ok(api, LIST, { f: { networkId: { eq: net.id } }, first: 2, after: page1.pageInfo.endCursor })).dossiers;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.id)).toEqual([soon.id, b.id, a.id]);
    expect(code(await api.gql(LIST, { f: { networkId: { eq: "pas-un-id" } } }))).toBe("BAD_USER_INPUT");
  });
});

describe("transitions", () => {
  it("withdraws with a reason kept in the history; a stale version gets CONFLICT; a closed dossier allows nothing", async () => {
    const d = await openedDossier(api, centre);
    expect(code(await api.gql(WITHDRAW, { i: { dossierId: d.id, version: d.version, reason: "  " } }))).toBe("BAD_USER_INPUT");
    const stale = await api.gql(WITHDRAW, { i: { dossierId: d.id, version: d.version + 1, reason: "Abandon" } });
    expect(code(stale)).toBe("CONFLICT");
    expect(stale.errors![0]!.extensions).toMatchObject({ staleVersion: true, currentVersion: 1, currentState: "OPENED" });
    const done = (await ok(api, WITHDRAW, { i: { dossierId: d.id, version: d.version, reason: "Reprise d'emploi à temps plein." } }))
      .withdrawDossier;
    expect(done).toMatchObject({ state: "WITHDRAWN", version: 2, allowedActions: [] });
    const history = (await ok(api, GET, { id: d.id })).dossier.history;
    expect(history.at(-1)).toMatchObject({
      action: "WITHDRAW",
      fromState: "OPENED",
      toState: "WITHDRAWN",
      version: 2,
      note: "Reprise d'emploi à temps plein.",
    });
    const again = await api.gql(WITHDRAW, { i: { dossierId: d.id, version: 2, reason: "Encore" } });
    expect(code(again)).toBe("INVALID_TRANSITION");
    expect(code(await api.gql(RESUME, { i: { dossierId: d.id, version: 2 } }))).toBe("INVALID_TRANSITION");
  });

  it("lets exactly one of twenty parallel attempts at the same transition through; the nineteen others get CONFLICT", async () => {
    const d = await openedDossier(api, centre);
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.gql(WITHDRAW, { i: { dossierId: d.id, version: d.version, reason: `Tentative ${i}` } })),
    );
    const codes = attempts.map(code);
    expect(
      codes.filter((c) => c !== undefined && c !== "CONFLICT"),
      JSON.stringify(attempts.map((a) => a.errors?.[0])),
    ).toEqual([]);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(19);
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM dossier_event WHERE "dossierId" = $1 AND action = 'WITHDRAW'`, [
      d.id,
    ]);
    expect(n).toBe(1);
    const [{ version }] = await api.ds.query(`SELECT version FROM dossier WHERE id = $1`, [d.id]);
    expect(version).toBe(2);
  });
});

describe("the 5-year window", () => {
  it("refuses every step but closing past the window (WINDOW_EXPIRED), and the daily expiry closes the dossier once", async () => {
    const d = await afterPreliminary(api, centre, criteria, ["D4"]);
    expect(d.state).toBe("IN_TRAINING");
    await api.ds.query(`UPDATE dossier SET "preliminaryDate" = '2020-03-02', "windowEndsOn" = '2025-03-02' WHERE id = $1`, [d.id]);
    const read = (await ok(api, GET, { id: d.id })).dossier;
    expect(read.allowedActions).toEqual(["WITHDRAW"]);
    const refused = await api.gql(PLAN_FINAL, {
      i: { dossierId: d.id, version: d.version, plannedOn: TODAY, evaluatorId: centre.evaluator.id, domainCodes: ["D4"] },
    });
    expect(code(refused)).toBe("WINDOW_EXPIRED");
    expect(refused.errors![0]!.message).toContain("a pris fin le 02/03/2025");

    const untouched = await openedDossier(api, centre);
    const system = new RequestContext(api.ds);
    const report = await expireDossiers(system, TODAY);
    expect(report.expired).toBeGreaterThanOrEqual(1);
    const after = (await ok(api, GET, { id: d.id })).dossier;
    expect(after).toMatchObject({ state: "EXPIRED", version: d.version + 1, allowedActions: [] });
    expect(after.history.at(-1)).toMatchObject({ action: "EXPIRE", fromState: "IN_TRAINING", toState: "EXPIRED", actor: null });
    expect(after.history.at(-1).note).toContain("02/03/2025");
    expect((await ok(api, GET, { id: untouched.id })).dossier.state).toBe("OPENED");
    // A second run the same day has nothing left to do.
    expect(await expireDossiers(system, TODAY)).toEqual({ expired: 0, skipped: 0 });
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE "entityId" = $1 AND action = 'TRANSITION'`, [
      d.id,
    ]);
    expect(n).toBe(3); // plan, record, expire
  });

  it("runs the expiry as a job of the PostgreSQL queue, scheduled daily", async () => {
    expect(parseCrontab(crontab).map((c) => c.task)).toContain(DOSSIER_EXPIRY_TASK);
    const d = await afterPreliminary(api, centre, criteria, ["D1"]);
    await api.ds.query(`UPDATE dossier SET "preliminaryDate" = '2020-01-10', "windowEndsOn" = '2025-01-10' WHERE id = $1`, [d.id]);
    await queueJob(api.ds, DOSSIER_EXPIRY_TASK);
    await runQueuedJobs(api.ds);
    expect((await ok(api, GET, { id: d.id })).dossier.state).toBe("EXPIRED");
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs`);
    expect(n).toBe(0);
  });
});
