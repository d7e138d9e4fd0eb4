/**
 * Aggregates for analysts, through the real HTTP API, over generated dossiers: every measure is
 * checked against an independent plain-SQL computation on the same data, within scope, with the
 * privacy threshold for analysts, and refusals of what makes no sense.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type GqlResult, type TestApi } from "../../test/helpers.js";
import { generateDossierData } from "../../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../../seed/generator/organisation-data.js";
import { MAX_GROUPS, MIN_GROUP_CANDIDATES } from "./report.service.js";

const TODAY = "2026-06-15";
let api: TestApi;
let networkA: { id: string; name: string };
let managerA: Actor;
let analystA: Actor;
let analyst: Actor;

const AGGREGATE = `query($s: ReportSubject!, $g: [ReportDimension!]!, $m: [ReportMeasure!]!, $f: ReportFilter, $t: ReportDateTruncation, $i: ReportIntervalInput) {
  aggregate(subject: $s, groupBy: $g, measures: $m, filter: $f, dateTruncation: $t, interval: $i) {
    subject suppressedCount minimumGroupSize
    rows { suppressed keys { dimension value label } values { measure value decimal } } } }`;

interface Row {
  suppressed: boolean;
  keys: { dimension: string; value: string | null; label: string | null }[];
  values: { measure: string; value: number | null; decimal: string | null }[];
}
interface Result {
  subject: string;
  suppressedCount: number;
  minimumGroupSize: number | null;
  rows: Row[];
}
type Args = { s: string; g: string[]; m: string[]; f?: unknown; t?: string; i?: unknown };

async function call(args: Args, who?: Actor): Promise<GqlResult<{ aggregate: Result }>> {
  return who ? who.gql(AGGREGATE, args) : api.gql(AGGREGATE, args);
}
async function aggregate(args: Args, who?: Actor): Promise<Result> {
  const res = await call(args, who);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.aggregate;
}
/** Rows as `{ "<key values joined by |>": { MEASURE: value } }`. */
function byKey(result: Result, field: "value" | "decimal" = "value"): Record<string, Record<string, number | string | null>> {
  return Object.fromEntries(
    result.rows.map((r) => [r.keys.map((k) => k.value ?? "∅").join("|"), Object.fromEntries(r.values.map((v) => [v.measure, v[field]]))]),
  );
}
const q = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => api.ds.query(sql, params);

beforeAll(async () => {
  api = await createTestApi();
  await generateOrganisationData(api.ctx, { scale: 1, seed: 5, today: TODAY });
  await generateDossierData(api.ctx, { seed: 5, dossiers: 500, today: TODAY, years: 7 });
  [networkA] = await q(
    `SELECT n.id, n.name FROM network n JOIN dossier d ON d."networkId" = n.id GROUP BY n.id ORDER BY count(*) DESC LIMIT 1`,
  );
  managerA = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: networkA.id }]);
  analystA = await actAs(api, [{ role: Role.ANALYST, networkId: networkA.id }]);
  analyst = await actAs(api, [{ role: Role.ANALYST }]);
}, 180_000);
afterAll(async () => {
  await api?.close();
});

const close = (a: number | null | undefined, b: number | null | undefined) => {
  if (b == null) expect(a).toBeNull();
  else expect(a).toBeCloseTo(b, 9);
};

describe("aggregate: measures against plain SQL", () => {
  it("counts dossiers and distinct candidates by network and state, with French labels", async () => {
    const result = await aggregate({ s: "DOSSIERS", g: ["NETWORK", "STATE"], m: ["COUNT", "DISTINCT_CANDIDATES"] });
    const expected = await q(
      `SELECT "networkId"::text AS n, state, count(*)::int AS c, count(DISTINCT "candidateId")::int AS k FROM dossier GROUP BY 1, 2`,
    );
    expect(result.rows).toHaveLength(expected.length);
    const got = byKey(result);
    for (const e of expected) expect(got[`${e.n}|${e.state}`]).toEqual({ COUNT: e.c, DISTINCT_CANDIDATES: e.k });
    const certified = result.rows.find((r) => r.keys[1]!.value === "CERTIFIED")!;
    expect(certified.keys[1]!.label).toBe("Certifié");
    expect(result.rows.find((r) => r.keys[0]!.value === networkA.id)!.keys[0]!.label).toBe(networkA.name);
    expect(result.minimumGroupSize).toBeNull();
  });

  it("computes the direct-to-jury, 5-year certification, expiry and withdrawal rates per certification", async () => {
    const result = await aggregate({
      s: "DOSSIERS",
      g: ["CERTIFICATION"],
      m: ["DIRECT_TO_JURY_RATE", "CERTIFICATION_RATE_5Y", "EXPIRED_RATE", "WITHDRAWN_RATE"],
    });
    // Independent: préalables with their count of missing domains, then ratios of counts.
    const expected = await q(`
      WITH p AS (
        SELECT e."dossierId", count(*) FILTER (WHERE NOT dr.acquired) AS missing
          FROM evaluation e JOIN domain_result dr ON dr."evaluationId" = e.id
         WHERE e.kind = 'PRELIMINARY' AND e.status = 'DONE' GROUP BY e."dossierId")
      SELECT cf.code,
             (SELECT count(*) FROM p JOIN dossier x ON x.id = p."dossierId" WHERE x."certificationId" = cf.id AND p.missing = 0)::float8
               / nullif((SELECT count(*) FROM p JOIN dossier x ON x.id = p."dossierId" WHERE x."certificationId" = cf.id), 0) AS direct,
             (SELECT count(*) FROM dossier x JOIN certificate c ON c."dossierId" = x.id
               WHERE x."certificationId" = cf.id AND x."preliminaryDate" IS NOT NULL AND c."issuedOn" <= x."preliminaryDate" + interval '5 years')::float8
               / nullif((SELECT count(*) FROM dossier x WHERE x."certificationId" = cf.id AND x."preliminaryDate" IS NOT NULL), 0) AS certified,
             (SELECT count(*) FROM dossier x WHERE x."certificationId" = cf.id AND x."preliminaryDate" IS NOT NULL AND x.state = 'EXPIRED')::float8
               / nullif((SELECT count(*) FROM dossier x WHERE x."certificationId" = cf.id AND x."preliminaryDate" IS NOT NULL), 0) AS expired,
             (SELECT count(*) FROM dossier x WHERE x."certificationId" = cf.id AND x."preliminaryDate" IS NOT NULL AND x.state = 'WITHDRAWN')::float8
               / nullif((SELECT count(*) FROM dossier x WHERE x."certificationId" = cf.id AND x."preliminaryDate" IS NOT NULL), 0) AS withdrawn
        FROM certification cf WHERE EXISTS (SELECT 1 FROM dossier x WHERE x."certificationId" = cf.id)`);
    const got = byKey(result);
    expect(Object.keys(got).sort()).toEqual(expected.map((e) => e.code).sort());
    for (const e of expected) {
      close(got[e.code]!.DIRECT_TO_JURY_RATE as number, e.direct);
      close(got[e.code]!.CERTIFICATION_RATE_5Y as number, e.certified);
      close(got[e.code]!.EXPIRED_RATE as number, e.expired);
      close(got[e.code]!.WITHDRAWN_RATE as number, e.withdrawn);
    }
    const clea = got.CLEA!;
    expect(clea.DIRECT_TO_JURY_RATE).toBeGreaterThan(0.1);
    expect(clea.CERTIFICATION_RATE_5Y).toBeGreaterThan(0.1);
  });

  it("gives the same direct-to-jury rate over évaluations (préalables only)", async () => {
    const result = await aggregate({ s: "EVALUATIONS", g: ["EVALUATION_KIND"], m: ["COUNT", "DIRECT_TO_JURY_RATE"] });
    const [{ direct }] = await q(`
      SELECT avg(CASE WHEN (SELECT bool_and(acquired) FROM domain_result WHERE "evaluationId" = e.id) THEN 1 ELSE 0 END)::float8 AS direct
        FROM evaluation e WHERE e.kind = 'PRELIMINARY' AND e.status = 'DONE'`);
    const counts = await q(`SELECT kind, count(*)::int AS n FROM evaluation GROUP BY kind`);
    const got = byKey(result);
    for (const c of counts) expect(got[c.kind]!.COUNT).toBe(c.n);
    close(got.PRELIMINARY!.DIRECT_TO_JURY_RATE as number, direct);
    expect(got.FINAL!.DIRECT_TO_JURY_RATE).toBeNull();
  });

  it("computes domain acquisition rates at the préalable and counts distinct candidates per domain without inflation", async () => {
    const result = await aggregate({
      s: "DOMAIN_RESULTS",
      g: ["DOMAIN"],
      m: ["COUNT", "DISTINCT_CANDIDATES", "ACQUISITION_RATE", "PRELIMINARY_ACQUISITION_RATE"],
    });
    const expected = await q(`
      SELECT dr."domainId"::text AS id, count(*)::int AS n,
             (SELECT count(*) FROM (SELECT DISTINCT d2."candidateId" FROM domain_result r2 JOIN evaluation e2 ON e2.id = r2."evaluationId"
                JOIN dossier d2 ON d2.id = e2."dossierId" WHERE r2."domainId" = dr."domainId") z)::int AS candidates,
             sum(CASE WHEN dr.acquired THEN 1 ELSE 0 END)::float8 / count(*) AS rate,
             sum(CASE WHEN dr.acquired AND e.kind = 'PRELIMINARY' THEN 1 ELSE 0 END)::float8 / nullif(sum(CASE WHEN e.kind = 'PRELIMINARY' THEN 1 ELSE 0 END), 0) AS prelim
        FROM domain_result dr JOIN evaluation e ON e.id = dr."evaluationId" GROUP BY dr."domainId"`);
    const got = byKey(result);
    expect(result.rows).toHaveLength(expected.length);
    for (const e of expected) {
      expect(got[e.id]!.COUNT).toBe(e.n);
      expect(got[e.id]!.DISTINCT_CANDIDATES).toBe(e.candidates);
      close(got[e.id]!.ACQUISITION_RATE as number, e.rate);
      close(got[e.id]!.PRELIMINARY_ACQUISITION_RATE as number, e.prelim);
    }
    // A candidate with a préalable and finales counts once per domain, not once per result.
    const [{ results, candidates }] = await q(`
      SELECT count(*)::int AS results, count(DISTINCT d."candidateId")::int AS candidates FROM domain_result dr
        JOIN evaluation e ON e.id = dr."evaluationId" JOIN dossier d ON d.id = e."dossierId"`);
    expect(results).toBeGreaterThan(candidates);
    const total = await aggregate({ s: "DOMAIN_RESULTS", g: [], m: ["COUNT", "DISTINCT_CANDIDATES"] });
    expect(total.rows[0]!.values.map((v) => v.value)).toEqual([results, candidates]);
    expect(result.rows[0]!.keys[0]!.label).toMatch(/ — /);
  });

  it("ranks criteria by NOT_ACQUIRED rate and sub-domains by validation rate", async () => {
    const criteria = await aggregate({ s: "CRITERION_RESULTS", g: ["CRITERION"], m: ["COUNT", "NOT_ACQUIRED_RATE"] });
    const expected = await q(
      `SELECT "criterionId"::text AS id, count(*)::int AS n, avg((NOT acquired)::int)::float8 AS r FROM criterion_result GROUP BY 1`,
    );
    const got = byKey(criteria);
    expect(criteria.rows).toHaveLength(expected.length);
    for (const e of expected) {
      expect(got[e.id]!.COUNT).toBe(e.n);
      close(got[e.id]!.NOT_ACQUIRED_RATE as number, e.r);
    }
    const subDomains = await aggregate({ s: "SUB_DOMAIN_RESULTS", g: ["DOMAIN", "SUB_DOMAIN"], m: ["ACQUISITION_RATE"] });
    const expectedSd = await q(`SELECT sd."domainId"::text AS dom, r."subDomainId"::text AS id, avg(r.validated::int)::float8 AS v
      FROM sub_domain_result r JOIN sub_domain sd ON sd.id = r."subDomainId" GROUP BY 1, 2`);
    const gotSd = byKey(subDomains);
    expect(subDomains.rows).toHaveLength(expectedSd.length);
    for (const e of expectedSd) close(gotSd[`${e.dom}|${e.id}`]!.ACQUISITION_RATE as number, e.v);
  });

  it("sums training hours exactly and counts paths once whatever their domains", async () => {
    const byDomain = await aggregate({
      s: "TRAINING_PATHS",
      g: ["DOMAIN"],
      m: ["COUNT", "SUM_PLANNED_HOURS", "AVG_PLANNED_HOURS", "SUM_ACTUAL_HOURS", "AVG_ACTUAL_HOURS"],
    });
    const expected =
      await q(`SELECT "domainId"::text AS id, count(*)::int AS n, sum("plannedHours")::text AS planned, sum("actualHours")::text AS actual,
        round(avg("plannedHours"), 2)::text AS avgp, round(avg("actualHours"), 2)::text AS avga FROM training_path_domain GROUP BY 1`);
    const got = byKey(byDomain, "decimal");
    const counts = byKey(byDomain);
    for (const e of expected) {
      expect(counts[e.id]!.COUNT).toBe(e.n);
      expect(got[e.id]!.SUM_PLANNED_HOURS).toBe(e.planned);
      expect(got[e.id]!.AVG_PLANNED_HOURS).toBe(e.avgp);
      expect(got[e.id]!.SUM_ACTUAL_HOURS).toBe(e.actual);
      expect(got[e.id]!.AVG_ACTUAL_HOURS).toBe(e.avga);
    }
    const total = await aggregate({ s: "TRAINING_PATHS", g: [], m: ["COUNT", "DISTINCT_CANDIDATES", "SUM_PLANNED_HOURS"] });
    const [t] = await q(`SELECT (SELECT count(*) FROM training_path)::int AS paths,
        (SELECT count(DISTINCT d."candidateId") FROM training_path tp JOIN dossier d ON d.id = tp."dossierId")::int AS candidates,
        (SELECT sum("plannedHours") FROM training_path_domain)::text AS hours,
        (SELECT count(*) FROM training_path_domain)::int AS rows`);
    expect(t.rows).toBeGreaterThan(t.paths); // the join repeats paths…
    expect(total.rows[0]!.values[0]!.value).toBe(t.paths); // …the count does not
    expect(total.rows[0]!.values[1]!.value).toBe(t.candidates);
    expect(total.rows[0]!.values[2]!.decimal).toBe(t.hours);
  });

  it("sums funding amounts exactly by funder and step, with amounts per candidate", async () => {
    const result = await aggregate({
      s: "FUNDING_LINES",
      g: ["FUNDER_TYPE", "FUNDING_STEP"],
      m: ["COUNT", "SUM_AMOUNT", "AVG_AMOUNT", "AMOUNT_PER_CANDIDATE"],
    });
    const expected =
      await q(`SELECT "funderType" AS f, step, count(*)::int AS n, sum(amount)::text AS total, round(avg(amount), 2)::text AS avg,
        round(sum(amount) / count(DISTINCT (SELECT d."candidateId" FROM dossier d WHERE d.id = fl."dossierId")), 2)::text AS per
      FROM funding_line fl GROUP BY 1, 2`);
    const got = byKey(result, "decimal");
    const counts = byKey(result);
    expect(result.rows).toHaveLength(expected.length);
    for (const e of expected) {
      expect(counts[`${e.f}|${e.step}`]!.COUNT).toBe(e.n);
      expect(got[`${e.f}|${e.step}`]).toMatchObject({ SUM_AMOUNT: e.total, AVG_AMOUNT: e.avg, AMOUNT_PER_CANDIDATE: e.per });
    }
    expect(result.rows.some((r) => /\.\d{2}$/.test(r.values[1]!.decimal!))).toBe(true);
  });

  it("gives the median and p90 of days from the préalable to the certificate", async () => {
    const result = await aggregate({
      s: "DOSSIERS",
      g: ["CERTIFICATION"],
      m: ["MEDIAN_DAYS", "P90_DAYS"],
      i: { from: "PRELIMINARY", to: "CERTIFICATE" },
    });
    const expected =
      await q(`SELECT cf.code, percentile_cont(0.5) WITHIN GROUP (ORDER BY c."issuedOn" - d."preliminaryDate")::float8 AS med,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY c."issuedOn" - d."preliminaryDate")::float8 AS p90
      FROM certificate c JOIN dossier d ON d.id = c."dossierId" JOIN certification cf ON cf.id = d."certificationId" GROUP BY cf.code`);
    const got = byKey(result);
    for (const e of expected) {
      close(got[e.code]!.MEDIAN_DAYS as number, e.med);
      close(got[e.code]!.P90_DAYS as number, e.p90);
      expect(e.p90).toBeGreaterThanOrEqual(e.med);
    }
    const training = await aggregate({ s: "DOSSIERS", g: [], m: ["MEDIAN_DAYS"], i: { from: "PRELIMINARY", to: "TRAINING_START" } });
    const [{ med }] =
      await q(`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t.first - d."preliminaryDate")::float8 AS med FROM dossier d
      JOIN (SELECT "dossierId", min("startsOn") AS first FROM training_path WHERE status <> 'CANCELLED' GROUP BY 1) t ON t."dossierId" = d.id`);
    close(training.rows[0]!.values[0]!.value, med);
    const jury = await aggregate({ s: "DOSSIERS", g: ["NETWORK"], m: ["P90_DAYS"], i: { from: "LAST_FINAL_EVALUATION", to: "JURY" } });
    const expectedJury =
      await q(`SELECT d."networkId"::text AS n, percentile_cont(0.9) WITHIN GROUP (ORDER BY j.at - f.at)::float8 AS p90 FROM dossier d
      JOIN (SELECT "dossierId", max("heldOn") AS at FROM evaluation WHERE kind = 'FINAL' AND status = 'DONE' GROUP BY 1) f ON f."dossierId" = d.id
      JOIN (SELECT js."dossierId", max(s."heldOn") AS at FROM jury_submission js JOIN jury_session s ON s.id = js."jurySessionId"
             WHERE js.decision IS NOT NULL GROUP BY 1) j ON j."dossierId" = d.id
      GROUP BY 1`);
    expect(expectedJury.length).toBeGreaterThan(0);
    const gotJury = byKey(jury);
    for (const e of expectedJury) close(gotJury[e.n]!.P90_DAYS as number, e.p90);
  });

  it("truncates dates to the week, month, quarter and year", async () => {
    const opened: { openedOn: string }[] = await q(`SELECT to_char("openedOn", 'YYYY-MM-DD') AS "openedOn" FROM dossier`);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const starts: Record<string, (s: string) => string> = {
      DAY: (s) => s,
      WEEK: (s) => {
        const d = new Date(`${s}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // back to Monday
        return iso(d);
      },
      MONTH: (s) => `${s.slice(0, 7)}-01`,
      QUARTER: (s) => `${s.slice(0, 5)}${String(Math.floor((Number(s.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}-01`,
      YEAR: (s) => `${s.slice(0, 4)}-01-01`,
    };
    for (const [unit, start] of Object.entries(starts)) {
      const result = await aggregate({ s: "DOSSIERS", g: ["OPENED_ON"], m: ["COUNT"], t: unit });
      const expected: Record<string, number> = {};
      for (const o of opened) expected[start(o.openedOn)] = (expected[start(o.openedOn)] ?? 0) + 1;
      expect(Object.fromEntries(result.rows.map((r) => [r.keys[0]!.value, r.values[0]!.value])), unit).toEqual(expected);
      const keys = result.rows.map((r) => r.keys[0]!.value!);
      expect(keys, "sorted").toEqual([...keys].sort());
      const sample = result.rows[0]!.keys[0]!;
      if (unit === "QUARTER") expect(sample.label).toMatch(/^\d{4}-T[1-4]$/);
      if (unit === "WEEK") expect(sample.label).toMatch(/^\d{4}-S\d{2}$/);
      if (unit === "MONTH") expect(sample.label).toBe(sample.value!.slice(0, 7));
    }
  });

  it("applies the typed filter, relations compiled to EXISTS", async () => {
    const [{ region }] = await q(
      `SELECT e."regionCode" AS region FROM dossier d JOIN establishment e ON e.id = d."establishmentId" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const result = await aggregate({
      s: "DOSSIERS",
      g: ["GENDER"],
      m: ["COUNT"],
      f: { dossier: { establishment: { regionCode: { eq: region } }, state: { ne: "OPENED" }, evaluations: { kind: { eq: "FINAL" } } } },
    });
    const expected = await q(
      `SELECT c.gender, count(*)::int AS n FROM dossier d JOIN candidate c ON c.id = d."candidateId"
      JOIN establishment e ON e.id = d."establishmentId"
      WHERE e."regionCode" = $1 AND d.state <> 'OPENED' AND d.id IN (SELECT "dossierId" FROM evaluation WHERE kind = 'FINAL') GROUP BY 1`,
      [region],
    );
    expect(byKey(result)).toEqual(Object.fromEntries(expected.map((e) => [e.gender, { COUNT: e.n }])));
    const finals = await aggregate({ s: "DOMAIN_RESULTS", g: [], m: ["ACQUISITION_RATE"], f: { evaluation: { kind: { eq: "FINAL" } } } });
    const [{ r }] = await q(
      `SELECT avg(dr.acquired::int)::float8 AS r FROM domain_result dr JOIN evaluation e ON e.id = dr."evaluationId" WHERE e.kind = 'FINAL'`,
    );
    close(finals.rows[0]!.values[0]!.value, r);
  });
});

describe("aggregate: scope and privacy", () => {
  it("gives a network manager and a network analyst only their network's figures", async () => {
    const [{ n, k }] = await q(`SELECT count(*)::int AS n, count(DISTINCT "candidateId")::int AS k FROM dossier WHERE "networkId" = $1`, [
      networkA.id,
    ]);
    const [{ all }] = await q(`SELECT count(*)::int AS all FROM dossier`);
    expect(all).toBeGreaterThan(n);
    for (const who of [managerA, analystA]) {
      const byNetwork = await aggregate({ s: "DOSSIERS", g: ["NETWORK"], m: ["COUNT"] }, who);
      expect(byNetwork.rows.map((r) => r.keys[0]!.value)).toEqual([networkA.id]);
      const total = await aggregate({ s: "DOSSIERS", g: [], m: ["COUNT", "DISTINCT_CANDIDATES"] }, who);
      expect(total.rows[0]!.values.map((v) => v.value)).toEqual([n, k]);
      const criteria = await aggregate({ s: "CRITERION_RESULTS", g: [], m: ["COUNT"] }, who);
      const [{ c }] = await q(
        `SELECT count(*)::int AS c FROM criterion_result cr JOIN evaluation e ON e.id = cr."evaluationId" WHERE e."networkId" = $1`,
        [networkA.id],
      );
      expect(criteria.rows[0]!.values[0]!.value).toBe(c);
    }
    const paths = await aggregate({ s: "FUNDING_LINES", g: [], m: ["SUM_AMOUNT"] }, managerA);
    const [{ s }] = await q(`SELECT sum(amount)::text AS s FROM funding_line WHERE "networkId" = $1`, [networkA.id]);
    expect(paths.rows[0]!.values[0]!.decimal).toBe(s);
    // A centre's staff see their establishment's dossiers only.
    const [{ est, m }] = await q(`SELECT "establishmentId" AS est, count(*)::int AS m FROM dossier GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
    const centre = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: networkA.id, establishmentId: est }]);
    const own = await aggregate({ s: "DOSSIERS", g: [], m: ["COUNT"] }, centre);
    expect(own.rows[0]!.values[0]!.value).toBe(m);
  });

  it(`suppresses, for analysts, groups of fewer than ${MIN_GROUP_CANDIDATES} distinct candidates (flagged, not dropped)`, async () => {
    const args = { s: "DOSSIERS", g: ["ESTABLISHMENT", "GENDER", "AGE_BAND_AT_OPENING"], m: ["COUNT", "CERTIFICATION_RATE_5Y"] };
    const full = await aggregate(args);
    const masked = await aggregate(args, analyst);
    expect(masked.minimumGroupSize).toBe(MIN_GROUP_CANDIDATES);
    expect(masked.rows).toHaveLength(full.rows.length);
    const sizes = await q(`SELECT d."establishmentId"::text AS e, c.gender AS g, count(DISTINCT d."candidateId")::int AS k
      FROM dossier d JOIN candidate c ON c.id = d."candidateId" GROUP BY 1, 2, date_part('year', age(d."openedOn", c."birthDate")) < 26,
        date_part('year', age(d."openedOn", c."birthDate")) < 45, date_part('year', age(d."openedOn", c."birthDate")) < 55`);
    const small = sizes.filter((s) => s.k < MIN_GROUP_CANDIDATES).length;
    expect(small).toBeGreaterThan(0);
    expect(sizes.length - small).toBeGreaterThan(0);
    expect(masked.suppressedCount).toBe(small);
    expect(masked.rows.filter((r) => r.suppressed)).toHaveLength(small);
    const fullByKey = byKey(full);
    for (const r of masked.rows) {
      const key = r.keys.map((k) => k.value ?? "∅").join("|");
      if (r.suppressed) {
        expect(r.values.every((v) => v.value === null)).toBe(true);
        expect((fullByKey[key]!.COUNT as number) > 0).toBe(true);
      } else expect(Object.fromEntries(r.values.map((v) => [v.measure, v.value]))).toEqual(fullByKey[key]);
    }
    expect(full.rows.every((r) => !r.suppressed)).toBe(true);
    // A network analyst is masked the same way, within their network.
    const masked2 = await aggregate({ s: "DOSSIERS", g: ["ESTABLISHMENT"], m: ["COUNT"] }, analystA);
    expect(masked2.minimumGroupSize).toBe(MIN_GROUP_CANDIDATES);
  });

  it("never names evaluators to analysts", async () => {
    const admin = await aggregate({ s: "EVALUATIONS", g: ["EVALUATOR"], m: ["COUNT"] });
    expect(admin.rows.some((r) => r.keys[0]!.label)).toBe(true);
    const masked = await aggregate({ s: "EVALUATIONS", g: ["EVALUATOR"], m: ["COUNT"] }, analyst);
    expect(masked.rows.every((r) => r.keys[0]!.label === null)).toBe(true);
  });
});

describe("aggregate: refusals", () => {
  const refused = async (args: Args, fields: string[], message?: RegExp) => {
    const res = await call(args);
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe("BAD_USER_INPUT");
    if (fields.length) expect((res.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(fields);
    if (message) expect(res.errors![0]!.message).toMatch(message);
    expect(res.data?.aggregate ?? null).toBeNull();
  };

  it("refuses dimensions and measures that mean nothing for the subject, naming them", async () => {
    await refused(
      { s: "DOSSIERS", g: ["STATE", "DOMAIN"], m: ["COUNT", "SUM_AMOUNT"] },
      ["groupBy.1", "measures.1"],
      /DOMAIN.*DOSSIERS.*SUM_AMOUNT/s,
    );
    await refused({ s: "FUNDING_LINES", g: ["CRITERION"], m: ["NOT_ACQUIRED_RATE"] }, ["groupBy.0", "measures.0"]);
    await refused({ s: "EVALUATIONS", g: [], m: ["MEDIAN_DAYS"], i: { from: "PRELIMINARY", to: "CERTIFICATE" } }, ["measures.0"]);
    await refused({ s: "DOSSIERS", g: [], m: ["P90_DAYS"] }, ["interval"]);
    await refused({ s: "DOSSIERS", g: [], m: ["COUNT"], f: { fundingLine: { step: { eq: "TRAINING" } } } }, ["filter.fundingLine"]);
  });

  it("refuses more than 4 dimensions, more than 8 measures, repeats and empty measures", async () => {
    await refused({ s: "DOSSIERS", g: ["STATE", "NETWORK", "REGION", "GENDER", "CERTIFICATION"], m: ["COUNT"] }, ["groupBy"]);
    await refused({ s: "DOSSIERS", g: [], m: [] }, ["measures"]);
    await refused({ s: "DOSSIERS", g: ["STATE", "STATE"], m: ["COUNT"] }, ["groupBy"]);
    await refused(
      {
        s: "DOSSIERS",
        g: [],
        m: [
          "COUNT",
          "DISTINCT_CANDIDATES",
          "DIRECT_TO_JURY_RATE",
          "CERTIFICATION_RATE_5Y",
          "EXPIRED_RATE",
          "WITHDRAWN_RATE",
          "MEDIAN_DAYS",
          "P90_DAYS",
          "COUNT",
        ],
        i: { from: "OPENED", to: "PRELIMINARY" },
      },
      [],
      /Au plus 8 mesures/,
    );
  });

  it(`refuses more than ${MAX_GROUPS} groups with a clear message`, async () => {
    await refused(
      { s: "CRITERION_RESULTS", g: ["CRITERION", "EVALUATION_DATE", "ESTABLISHMENT"], m: ["COUNT"], t: "DAY" },
      [],
      /Plus de 10.000 groupes/,
    );
  });
});

describe("aggregate: the analysts' questions (clea-domain §9.3, as in the README)", () => {
  const questions: [string, Args][] = [
    [
      "1. direct-to-jury share by certification, region and year",
      { s: "DOSSIERS", g: ["CERTIFICATION", "REGION", "PRELIMINARY_DATE"], m: ["DIRECT_TO_JURY_RATE", "DISTINCT_CANDIDATES"], t: "YEAR" },
    ],
    [
      "1. … by network and centre",
      { s: "DOSSIERS", g: ["NETWORK", "ESTABLISHMENT", "PRELIMINARY_DATE"], m: ["DIRECT_TO_JURY_RATE"], t: "YEAR" },
    ],
    [
      "2. 5-year certification rate per préalable cohort",
      {
        s: "DOSSIERS",
        g: ["PRELIMINARY_DATE"],
        m: ["COUNT", "CERTIFICATION_RATE_5Y", "EXPIRED_RATE", "WITHDRAWN_RATE"],
        t: "YEAR",
        f: { dossier: { preliminaryDate: { isNull: false } } },
      },
    ],
    [
      "3. acquisition by domain at the préalable, by entry status",
      { s: "DOMAIN_RESULTS", g: ["DOMAIN", "ENTRY_STATUS"], m: ["PRELIMINARY_ACQUISITION_RATE", "DISTINCT_CANDIDATES"] },
    ],
    [
      "3. … by sub-domain, gender and level",
      {
        s: "SUB_DOMAIN_RESULTS",
        g: ["SUB_DOMAIN", "GENDER", "QUALIFICATION_LEVEL"],
        m: ["ACQUISITION_RATE"],
        f: { evaluation: { kind: { eq: "PRELIMINARY" } } },
      },
    ],
    [
      "4. criterion difficulty per centre",
      { s: "CRITERION_RESULTS", g: ["CRITERION", "ESTABLISHMENT"], m: ["NOT_ACQUIRED_RATE", "COUNT"] },
    ],
    ["4. … national", { s: "CRITERION_RESULTS", g: ["CRITERION"], m: ["NOT_ACQUIRED_RATE"] }],
    [
      "5. days préalable → certificate",
      { s: "DOSSIERS", g: ["CERTIFICATION"], m: ["MEDIAN_DAYS", "P90_DAYS"], i: { from: "PRELIMINARY", to: "CERTIFICATE" } },
    ],
    [
      "5. days last finale → jury",
      { s: "DOSSIERS", g: [], m: ["MEDIAN_DAYS", "P90_DAYS"], i: { from: "LAST_FINAL_EVALUATION", to: "JURY" } },
    ],
    [
      "6. planned vs actual hours per domain",
      { s: "TRAINING_PATHS", g: ["DOMAIN"], m: ["SUM_PLANNED_HOURS", "SUM_ACTUAL_HOURS", "AVG_PLANNED_HOURS", "AVG_ACTUAL_HOURS"] },
    ],
    [
      "7. finale success per domain by training organisation",
      {
        s: "DOMAIN_RESULTS",
        g: ["DOMAIN", "TRAINING_ORGANISATION"],
        m: ["ACQUISITION_RATE", "DISTINCT_CANDIDATES"],
        f: { evaluation: { kind: { eq: "FINAL" }, status: { eq: "DONE" } } },
      },
    ],
    [
      "8. préalables and finales per month and region",
      {
        s: "EVALUATIONS",
        g: ["EVALUATION_KIND", "EVALUATION_DATE", "REGION"],
        m: ["COUNT"],
        f: { evaluation: { status: { eq: "DONE" } } },
      },
    ],
    ["8. certificates per month and network", { s: "CERTIFICATES", g: ["CERTIFICATE_DATE", "NETWORK"], m: ["COUNT"] }],
    [
      "8. évaluations per evaluator and month",
      { s: "EVALUATIONS", g: ["EVALUATOR", "EVALUATION_DATE"], m: ["COUNT"], f: { evaluation: { status: { eq: "DONE" } } } },
    ],
  ];
  it.each(questions)("%s", async (_name, args) => {
    const result = await aggregate(args, analyst);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.some((r) => !r.suppressed && r.values.every((v) => v.value !== null))).toBe(true);
  });
});
