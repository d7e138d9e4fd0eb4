import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { generateDossierData } from "../../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../../seed/generator/organisation-data.js";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";

/**
 * `POST /exports/report.csv|xlsx`: a report's groups as a file, computed by the same `aggregate`
 * as the query — in the caller's scope, small groups still masked for an analyst, an EXPORT
 * audit event — in a CSV or a workbook Excel opens.
 */
const TODAY = "2026-06-15";
let api: TestApi;
let dataDir: string;
let app: { id: string; name: string };
let greta: { id: string; name: string };
let manager: Actor;
let analyst: Actor;

const q = (sql: string, params: unknown[] = []) => api.ds.query(sql, params);
const AGGREGATE = `query($subject: ReportSubject!, $groupBy: [ReportDimension!]!, $measures: [ReportMeasure!]!) {
  aggregate(subject: $subject, groupBy: $groupBy, measures: $measures) { rows { keys { dimension label value } values { measure value } suppressed } suppressedCount }
}`;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "clea-report-exports-"));
  process.env.CLEA_DATA_DIR = dataDir;
  api = await createTestApi();
  await generateOrganisationData(api.ctx, { scale: 1, seed: 12, today: TODAY });
  await generateDossierData(api.ctx, { seed: 12, dossiers: 200, today: TODAY, years: 4 });
  [app] = await q(`SELECT id, name FROM network WHERE name = 'Réseau APP Demo'`);
  [greta] = await q(`SELECT id, name FROM network WHERE name = 'GRETA Demo'`);
  manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: app.id }]);
  analyst = await actAs(api, [{ role: Role.ANALYST }]);
}, 180_000);
afterAll(async () => {
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(file: string, body: unknown, headers: Record<string, string> = api.admin!.headers) {
  const res = await fetch(`${api.baseUrl}/exports/${file}`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}
function readCsv(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(body.toString("utf8").slice(1), { delimiter: ";" }) as string[][];
}

describe("POST /exports/report.csv|xlsx", () => {
  it("writes a workbook Excel opens: French headers, one line per group, counts as numbers", async () => {
    const { res, body } = await post("report.xlsx", { subject: "DOSSIERS", groupBy: ["STATE"], measures: ["COUNT", "WITHDRAWN_RATE"] });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="rapport-\d{4}-\d{2}-\d{2}\.xlsx"/);
    expect(body.subarray(0, 2).toString()).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "État du dossier",
      "Nombre de lignes du sujet (distinctes)",
      expect.stringMatching(/^Part des dossiers .* \(%\)$/),
      "Groupe masqué (moins de 5 candidats)",
    ]);
    const counts: { state: string; n: number }[] = await q(`SELECT state, count(*)::int AS n FROM dossier GROUP BY state`);
    expect(sheet.rowCount - 1).toBe(counts.length);
    let total = 0;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const n = sheet.getRow(r).getCell(2).value;
      expect(typeof n).toBe("number");
      total += n as number;
      const rate = sheet.getRow(r).getCell(3).value as number | null;
      if (rate != null) {
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
      }
    }
    expect(total).toBe(counts.reduce((s, c) => s + c.n, 0));
  });

  it("counts in the caller's scope: a network manager gets their network only", async () => {
    const { res, body } = await post("report.csv", { subject: "DOSSIERS", groupBy: ["NETWORK"], measures: ["COUNT"] }, manager.headers);
    expect(res.status).toBe(200);
    const [header, ...rows] = readCsv(body);
    expect(header).toEqual(["Réseau", "Nombre de lignes du sujet (distinctes)", "Groupe masqué (moins de 5 candidats)"]);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM dossier WHERE "networkId" = $1`, [app.id]);
    expect(rows).toEqual([[app.name, String(n), "non"]]);
    expect(rows.flat()).not.toContain(greta.name);
  });

  it("keeps an analyst's small groups masked: the keys stay, the figures do not", async () => {
    const args = { subject: "DOSSIERS", groupBy: ["ESTABLISHMENT", "STATE"], measures: ["COUNT", "DISTINCT_CANDIDATES"] };
    const { data } = await analyst.gql(AGGREGATE, args);
    const suppressed = data.aggregate.rows.filter((r: { suppressed: boolean }) => r.suppressed).length;
    expect(suppressed).toBeGreaterThan(0);
    expect(data.aggregate.suppressedCount).toBe(suppressed);
    const { res, body } = await post("report.csv", args, analyst.headers);
    expect(res.status).toBe(200);
    const [, ...rows] = readCsv(body);
    expect(rows.length).toBe(data.aggregate.rows.length);
    const masked = rows.filter((r) => r[4] === "oui");
    expect(masked.length).toBe(suppressed);
    for (const r of masked) expect([r[2], r[3]]).toEqual(["", ""]);
    for (const r of rows.filter((x) => x[4] === "non")) expect(Number(r[3])).toBeGreaterThanOrEqual(5);
  });

  it("writes French numbers on request (decimal comma) and audits the export, never its data", async () => {
    const { res, body } = await post(
      "report.csv?frenchFormats=true",
      { subject: "DOSSIERS", groupBy: ["CERTIFICATION"], measures: ["COUNT", "WITHDRAWN_RATE"] },
      manager.headers,
    );
    expect(res.status).toBe(200);
    const [, ...rows] = readCsv(body);
    expect(rows.some((r) => /^\d+,\d+$/.test(r[2]!))).toBe(true);
    expect(rows.every((r) => !r[2]!.includes("."))).toBe(true);

    // The row is marked SUCCEEDED once the last byte is handed over, just after the answer ends.
    const latest = async () =>
      (
        await q(
          `SELECT id, list, format, background, status, total, processed, "frenchFormats", filter FROM export_job WHERE "requestedById" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
          [manager.id],
        )
      )[0];
    await expect.poll(async () => (await latest()).status).toBe("SUCCEEDED");
    const job = await latest();
    expect(job).toMatchObject({
      list: "REPORT",
      format: "CSV",
      background: false,
      status: "SUCCEEDED",
      total: rows.length,
      processed: rows.length,
      frenchFormats: true,
    });
    expect(job.filter).toEqual({ subject: "DOSSIERS", groupBy: ["CERTIFICATION"], measures: ["COUNT", "WITHDRAWN_RATE"] });
    const [event] = await q(
      `SELECT action, "actorId", "changedFields", "networkId" FROM audit_event WHERE "entityType" = 'ExportJob' AND "entityId" = $1`,
      [job.id],
    );
    expect(event).toMatchObject({ action: "EXPORT", actorId: manager.id, networkId: app.id });
    expect(event.changedFields).toEqual(
      expect.arrayContaining([
        "list.REPORT",
        "format.CSV",
        `rows.${rows.length}`,
        "subject.DOSSIERS",
        "column.d_CERTIFICATION",
        "column.m_COUNT",
        "column.m_WITHDRAWN_RATE",
      ]),
    );
  });

  it("takes the aggregate's cost from the caller's budget, and refuses with 429 when it is spent", async () => {
    const spender = await actAs(api, [{ role: Role.ANALYST }]);
    const args = { subject: "DOSSIERS", groupBy: ["REGION"], measures: ["COUNT"] };
    expect((await post("report.csv", args, spender.headers)).res.status).toBe(200);
    const [budget] = await q(`SELECT tokens FROM query_budget WHERE "userId" = $1`, [spender.id]);
    expect(Number(budget.tokens)).toBeLessThan(100_000); // ANALYST capacity: charged
    await q(`UPDATE query_budget SET tokens = 0, "updatedAt" = now() WHERE "userId" = $1`, [spender.id]);
    const before: [{ n: number }] = await q(`SELECT count(*)::int AS n FROM export_job WHERE "requestedById" = $1`, [spender.id]);
    const { res, body } = await post("report.xlsx", args, spender.headers);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(JSON.parse(body.toString()).errors[0].extensions.code).toBe("QUERY_BUDGET_EXHAUSTED");
    const after: [{ n: number }] = await q(`SELECT count(*)::int AS n FROM export_job WHERE "requestedById" = $1`, [spender.id]);
    expect(after[0].n).toBe(before[0].n);
  });

  it("refuses what the aggregate refuses, by name, and writes nothing", async () => {
    const before: [{ n: number }] = await q(`SELECT count(*)::int AS n FROM export_job`);
    const unknownArgument = await post("report.csv", { subject: "DOSSIERS", groupBy: [], measures: ["COUNT"], orderBy: "x" });
    expect(unknownArgument.res.status).toBe(400);
    const refused = JSON.parse(unknownArgument.body.toString());
    expect(refused.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "orderBy" });

    const badEnum = await post("report.xlsx", { subject: "DOSSIERS", groupBy: ["NOPE"], measures: ["COUNT"] });
    expect(badEnum.res.status).toBe(400);
    expect(JSON.parse(badEnum.body.toString()).errors[0].extensions.code).toBe("BAD_USER_INPUT");

    const wrongSubject = await post("report.csv", { subject: "DOSSIERS", groupBy: ["CRITERION"], measures: ["COUNT"] });
    expect(wrongSubject.res.status).toBe(400);

    const anonymous = await post("report.csv", { subject: "DOSSIERS", groupBy: [], measures: ["COUNT"] }, {});
    expect(anonymous.res.status).toBe(401);
    expect((await post("report.pdf", { subject: "DOSSIERS", groupBy: [], measures: ["COUNT"] })).res.status).toBe(404);
    const after: [{ n: number }] = await q(`SELECT count(*)::int AS n FROM export_job`);
    expect(after[0].n).toBe(before[0].n);
  });
});
