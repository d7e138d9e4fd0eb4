/**
 * Aggregates answered from the rollups (report.rollup.ts) give the figures of the live
 * computation — same groups, labels, values and small-group suppression — for each kind of caller,
 * say how fresh they are, and fall back to the tables when a rollup cannot answer exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { generateDossierData } from "../../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../../seed/generator/organisation-data.js";
import { parseCrontab } from "graphile-worker";
import { crontab, runQueuedJobs } from "../../app/index.js";
import { queueJob } from "../../core/jobs.js";
import { refreshRollups, ROLLUP_REFRESH_TASK } from "./report.rollup.js";

const TODAY = "2026-06-15";
let api: TestApi;
let networkA: string;
let establishmentA: string;
const actors: Record<string, Actor | undefined> = {};

const AGGREGATE = `query($s: ReportSubject!, $g: [ReportDimension!]!, $m: [ReportMeasure!]!, $f: ReportFilter, $t: ReportDateTruncation, $live: Boolean) {
  aggregate(subject: $s, groupBy: $g, measures: $m, filter: $f, dateTruncation: $t, live: $live) {
    subject suppressedCount minimumGroupSize source freshAt
    rows { suppressed keys { dimension value label } values { measure value decimal } } } }`;

interface Result {
  suppressedCount: number;
  minimumGroupSize: number | null;
  source: "LIVE" | "ROLLUP";
  freshAt: string;
  rows: { suppressed: boolean; keys: unknown[]; values: { measure: string; value: number | null; decimal: string | null }[] }[];
}
type Args = { s: string; g: string[]; m: string[]; f?: unknown; t?: string; live?: boolean };

async function aggregate(args: Args, who?: Actor): Promise<Result> {
  const res = who ? await who.gql<{ aggregate: Result }>(AGGREGATE, args) : await api.gql<{ aggregate: Result }>(AGGREGATE, args);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.aggregate;
}
const q = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => api.ds.query(sql, params);

/** The answer without its provenance, rates rounded far below any meaningful digit. */
const figures = (r: Result) => ({
  suppressedCount: r.suppressedCount,
  minimumGroupSize: r.minimumGroupSize,
  rows: r.rows.map((row) => ({
    ...row,
    values: row.values.map((v) => ({ ...v, value: v.value == null ? null : Math.round(v.value * 1e12) / 1e12 })),
  })),
});

const CASES: Args[] = [
  { s: "DOSSIERS", g: ["REGION", "OPENED_ON"], m: ["CERTIFICATION_RATE_5Y", "COUNT"], t: "MONTH" },
  { s: "DOSSIERS", g: ["NETWORK", "STATE"], m: ["COUNT", "DISTINCT_CANDIDATES", "EXPIRED_RATE", "WITHDRAWN_RATE"] },
  { s: "DOSSIERS", g: ["ESTABLISHMENT", "OPENED_ON"], m: ["COUNT", "CERTIFICATION_RATE_5Y"], t: "QUARTER" },
  { s: "DOSSIERS", g: ["CERTIFICATION", "DEPARTMENT", "OPENED_ON"], m: ["COUNT"], t: "YEAR" },
  { s: "DOSSIERS", g: [], m: ["COUNT", "DISTINCT_CANDIDATES", "CERTIFICATION_RATE_5Y"] },
  { s: "CRITERION_RESULTS", g: ["CRITERION", "NETWORK"], m: ["NOT_ACQUIRED_RATE", "COUNT"] },
  { s: "CRITERION_RESULTS", g: ["CRITERION"], m: ["NOT_ACQUIRED_RATE", "ACQUISITION_RATE", "DISTINCT_CANDIDATES"] },
  { s: "CRITERION_RESULTS", g: ["CRITERION", "ESTABLISHMENT"], m: ["NOT_ACQUIRED_RATE"] },
  { s: "CRITERION_RESULTS", g: ["DOMAIN", "REGION"], m: ["NOT_ACQUIRED_RATE", "COUNT"] },
];

beforeAll(async () => {
  api = await createTestApi();
  await generateOrganisationData(api.ctx, { scale: 1, seed: 9, today: TODAY });
  await generateDossierData(api.ctx, { seed: 9, dossiers: 400, today: TODAY, years: 7 });
  [{ n: networkA, e: establishmentA }] = await q(
    `SELECT d."networkId" AS n, d."establishmentId" AS e FROM dossier d GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
  );
  actors.admin = undefined;
  actors.analyst = await actAs(api, [{ role: Role.ANALYST }]);
  actors.networkAnalyst = await actAs(api, [{ role: Role.ANALYST, networkId: networkA }]);
  actors.manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: networkA }]);
  actors.centre = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: networkA, establishmentId: establishmentA }]);
}, 180_000);
afterAll(async () => {
  await api?.close();
});

describe("aggregate from rollups", () => {
  it("computes live until a rollup has been filled", async () => {
    const r = await aggregate(CASES[0]!);
    expect(r.source).toBe("LIVE");
    expect(Math.abs(Date.parse(r.freshAt) - Date.now())).toBeLessThan(60_000);
  });

  it("gives the live figures, suppression included, for every kind of caller, and says how fresh they are", async () => {
    const refreshed = await refreshRollups(api.ds);
    expect(refreshed.map((r) => r.name).sort()).toEqual(["report_criterion_rollup", "report_dossier_rollup"]);
    const [{ at }] = await q(`SELECT max("refreshedAt") AS at FROM report_rollup`);
    let servedWithSuppression = 0;
    for (const [who, actor] of Object.entries(actors))
      for (const args of CASES) {
        const rolled = await aggregate(args, actor);
        const live = await aggregate({ ...args, live: true }, actor);
        expect(live.source).toBe("LIVE");
        expect(figures(rolled), `${who} ${JSON.stringify(args)}`).toEqual(figures(live));
        if (rolled.source === "ROLLUP") {
          expect(Date.parse(rolled.freshAt)).toBeLessThanOrEqual(Date.parse(at.toISOString()) + 1);
          if (rolled.suppressedCount > 0) servedWithSuppression++;
        }
      }
    // The cases the rollups exist for are served from them, for national and network callers alike.
    for (const who of ["admin", "analyst", "networkAnalyst", "manager"]) {
      expect((await aggregate(CASES[0]!, actors[who])).source, who).toBe("ROLLUP");
      expect((await aggregate(CASES[5]!, actors[who])).source, who).toBe("ROLLUP");
    }
    expect(servedWithSuppression).toBeGreaterThan(0);
  }, 240_000);

  it("computes live what a rollup cannot answer exactly: filters, days, other dimensions and measures", async () => {
    const live = [
      { s: "DOSSIERS", g: ["OPENED_ON"], m: ["COUNT"], t: "DAY" },
      { s: "DOSSIERS", g: ["REGION"], m: ["COUNT"], f: { dossier: { state: { eq: "CERTIFIED" } } } },
      { s: "DOSSIERS", g: ["GENDER"], m: ["COUNT"] },
      { s: "DOSSIERS", g: ["REGION"], m: ["DIRECT_TO_JURY_RATE"] },
      { s: "CRITERION_RESULTS", g: ["CRITERION", "EVALUATION_KIND"], m: ["NOT_ACQUIRED_RATE"] },
      // Distinct candidates summed over criteria would count a candidate once per criterion.
      { s: "CRITERION_RESULTS", g: ["DOMAIN"], m: ["DISTINCT_CANDIDATES"] },
    ];
    for (const args of live) expect((await aggregate(args)).source, JSON.stringify(args)).toBe("LIVE");
  });

  it("keeps its figures until the next refresh, then catches up", async () => {
    const args = { s: "DOSSIERS", g: ["STATE"], m: ["COUNT"] };
    const before = await aggregate(args);
    expect(before.source).toBe("ROLLUP");
    const [{ id }] = await q(`SELECT id FROM dossier WHERE state = 'OPENED' LIMIT 1`);
    await q(`UPDATE dossier SET state = 'WITHDRAWN' WHERE id = $1`, [id]);
    const stale = await aggregate(args);
    expect(figures(stale)).toEqual(figures(before));
    expect(stale.freshAt).toBe(before.freshAt);
    expect(figures(stale)).not.toEqual(figures(await aggregate({ ...args, live: true })));
    await refreshRollups(api.ds, ["report_dossier_rollup"]);
    const fresh = await aggregate(args);
    expect(Date.parse(fresh.freshAt)).toBeGreaterThan(Date.parse(before.freshAt));
    expect(figures(fresh)).toEqual(figures(await aggregate({ ...args, live: true })));
  });

  it("stays exact when a candidate has dossiers in several cells: suppression from bounds, distinct candidates live", async () => {
    // A second dossier for candidates of the busiest establishment, in another establishment and month.
    const [other] = await q(`SELECT id, "networkId" FROM establishment WHERE id <> $1 AND "networkId" = $2 LIMIT 1`, [
      establishmentA,
      networkA,
    ]);
    await q(
      `INSERT INTO dossier (id, "candidateId", "certificationId", "referentialId", "establishmentId", "networkId", state, version, "openedOn", "stateChangedAt", "createdAt")
       SELECT gen_random_uuid(), d."candidateId", d."certificationId", d."referentialId", $2, $3, 'WITHDRAWN', 1, d."openedOn" - 400, now(), now()
         FROM dossier d WHERE d."establishmentId" = $1 ORDER BY d.id LIMIT 6`,
      [establishmentA, other.id, other.networkId],
    );
    await refreshRollups(api.ds, ["report_dossier_rollup"]);
    const [{ shared }] = await q(`SELECT sum("sharedCandidates")::int AS shared FROM report_dossier_rollup`);
    expect(shared).toBeGreaterThan(0);
    for (const [who, actor] of Object.entries(actors))
      for (const args of CASES.filter((c) => c.s === "DOSSIERS")) {
        const rolled = await aggregate(args, actor);
        expect(figures(rolled), `${who} ${JSON.stringify(args)}`).toEqual(figures(await aggregate({ ...args, live: true }, actor)));
      }
    // The networks' groups now merge cells sharing candidates: their distinct count comes from the tables.
    expect((await aggregate(CASES[1]!)).source).toBe("LIVE");
    // Groups whose cells hold 5 candidates or more are decided from the bounds, without the tables.
    const big = await aggregate({ s: "DOSSIERS", g: ["NETWORK"], m: ["COUNT", "CERTIFICATION_RATE_5Y"] }, actors.analyst);
    expect(big.source).toBe("ROLLUP");
    expect(figures(big)).toEqual(
      figures(await aggregate({ s: "DOSSIERS", g: ["NETWORK"], m: ["COUNT", "CERTIFICATION_RATE_5Y"], live: true }, actors.analyst)),
    );
  }, 240_000);

  it("is refreshed every hour by a background job", async () => {
    expect(parseCrontab(crontab).map((c) => c.task)).toContain(ROLLUP_REFRESH_TASK);
    expect(crontab).toMatch(new RegExp(`^20 \\* \\* \\* \\* ${ROLLUP_REFRESH_TASK} `, "m"));
    const [{ at: before }] = await q(`SELECT min("refreshedAt") AS at FROM report_rollup`);
    await queueJob(api.ds, ROLLUP_REFRESH_TASK);
    await runQueuedJobs(api.ds);
    const [{ at: after }] = await q(`SELECT min("refreshedAt") AS at FROM report_rollup`);
    expect(after.getTime()).toBeGreaterThan(before.getTime());
  }, 120_000);
});
