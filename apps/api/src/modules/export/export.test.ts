import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";
import { Writable } from "node:stream";
import vm from "node:vm";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Role } from "@clea/schema";
import { runQueuedJobs } from "../../app/index.js";
import { logger } from "../../core/logger.js";
import { generateDossierData } from "../../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../../seed/generator/organisation-data.js";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { EXPORT_LISTS } from "./export.lists.js";
import { purgeExpiredExports, runExportJob } from "./export.service.js";
import { rowWriter } from "./export.writer.js";

/**
 * Exports of the lists on a generated national dataset: the same rows as the lists (scope and
 * filters), the file formats users open in Excel, identities only for those who may read them,
 * background jobs with progress, cancellation, a file for its requester only, the daily purge,
 * the audit trail, and a streamed export whose memory does not grow with its size.
 */
const TODAY = "2026-06-15";
const DOSSIERS = 300;
const IDENTITY_HEADERS = ["Nom de naissance", "Nom d'usage", "Prénoms", "Date de naissance"];

let api: TestApi;
let dataDir: string;
let app: { id: string; name: string };
let greta: { id: string; name: string };
let manager: Actor;
let otherManager: Actor;
let analyst: Actor;
let centre: Actor;
let centreEstablishment: string;

const q = (sql: string, params: unknown[] = []) => api.ds.query(sql, params);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "clea-exports-"));
  process.env.CLEA_DATA_DIR = dataDir;
  api = await createTestApi();
  await generateOrganisationData(api.ctx, { scale: 1, seed: 11, today: TODAY });
  await generateDossierData(api.ctx, { seed: 11, dossiers: DOSSIERS, today: TODAY, years: 6 });
  [app] = await q(`SELECT id, name FROM network WHERE name = 'Réseau APP Demo'`);
  [greta] = await q(`SELECT id, name FROM network WHERE name = 'GRETA Demo'`);
  manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: app.id }]);
  otherManager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: greta.id }]);
  analyst = await actAs(api, [{ role: Role.ANALYST, networkId: app.id }]);
  [{ id: centreEstablishment }] = await q(
    `SELECT "establishmentId" AS id FROM dossier WHERE "networkId" = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [app.id],
  );
  centre = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: app.id, establishmentId: centreEstablishment }]);
}, 180_000);
afterAll(async () => {
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A list filter as the `filter` query parameter of a download address. */
const enc = (filter: unknown) => encodeURIComponent(JSON.stringify(filter));

async function get(path: string, headers: Record<string, string> = api.admin!.headers) {
  const res = await fetch(`${api.baseUrl}${path}`, { headers });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

/** The CSV's header and rows (after checking its BOM and separator). */
function readCsv(body: Buffer): { header: string[]; rows: string[][] } {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8").slice(1);
  const [header, ...rows] = parse(text, { delimiter: ";", bom: false, relax_column_count: false }) as string[][];
  expect(text.split("\r\n")[0]).toContain(";");
  return { header: header!, rows };
}

const column = (csv: { header: string[]; rows: string[][] }, name: string) => {
  const i = csv.header.indexOf(name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  return csv.rows.map((r) => r[i]!);
};

const JOB = `query($id: ID!) { exportJob(id: $id) { id list format status processed total downloadUrl errorMessage expiresAt requestedById } }`;
const START = `mutation($input: StartExportInput!) { startExport(input: $input) { id status total processed downloadUrl } }`;
const CANCEL = `mutation($id: ID!) { cancelExport(id: $id) { id status } }`;

describe("GET /exports/<list>.csv|xlsx (small exports, at once)", () => {
  it("writes a CSV in UTF-8 with BOM, `;`, French headers and exactly the dossiers in scope", async () => {
    const { res, body } = await get("/exports/dossiers.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="dossiers-\d{4}-\d{2}-\d{2}\.csv"/);
    const csv = readCsv(body);
    expect(csv.header.slice(0, 4)).toEqual(["Identifiant du dossier", "Certification", "État", "Pseudonyme du candidat"]);
    expect(csv.header).toEqual(expect.arrayContaining(IDENTITY_HEADERS)); // ADMIN reads identities
    const ids: { id: string }[] = await q(`SELECT id FROM dossier`);
    expect(column(csv, "Identifiant du dossier").sort()).toEqual(ids.map((r) => r.id).sort());
    expect(column(csv, "Ouvert le").every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });

  it("gives a network manager their network's dossiers only, and another network's manager none of them", async () => {
    const mine = readCsv((await get("/exports/dossiers.csv", manager.headers)).body);
    const expected: { id: string }[] = await q(`SELECT id FROM dossier WHERE "networkId" = $1`, [app.id]);
    expect(expected.length).toBeGreaterThan(0);
    expect(column(mine, "Identifiant du dossier").sort()).toEqual(expected.map((r) => r.id).sort());
    expect(new Set(column(mine, "Réseau"))).toEqual(new Set([app.name]));
    expect(mine.header).not.toEqual(expect.arrayContaining(["Nom de naissance"])); // a manager reads no identity

    const theirs = readCsv((await get(`/exports/dossiers.csv?filter=${enc({ networkId: { eq: app.id } })}`, otherManager.headers)).body);
    expect(theirs.rows).toEqual([]);
    const own = readCsv((await get("/exports/dossiers.csv", otherManager.headers)).body);
    expect(column(own, "Identifiant du dossier").some((id) => expected.some((e) => e.id === id))).toBe(false);
  });

  it("applies the list's own filter (states, certification, dates) on top of the scope, and agrees with the list", async () => {
    const filter = {
      state: { in: ["CERTIFIED", "WITHDRAWN"] },
      openedOn: { between: ["2023-01-01", "2025-12-31"] },
      certificationCode: { eq: "CLEA" },
    };
    const csv = readCsv((await get(`/exports/dossiers.csv?filter=${enc(filter)}`, manager.headers)).body);
    const listed = await api.gql(`query($f: DossierFilter) { dossiers(filter: $f) { totalCount } }`, { f: filter }, manager.headers);
    expect(csv.rows).toHaveLength(listed.data.dossiers.totalCount);
    const expected: { n: number }[] = await q(
      `SELECT count(*)::int AS n FROM dossier WHERE "networkId" = $1 AND state IN ('CERTIFIED','WITHDRAWN') AND "openedOn" BETWEEN '2023-01-01' AND '2025-12-31'
          AND "certificationId" = (SELECT id FROM certification WHERE code = 'CLEA')`,
      [app.id],
    );
    expect(csv.rows).toHaveLength(expected[0]!.n);
    expect(expected[0]!.n).toBeGreaterThan(0);
    for (const s of column(csv, "État")) expect(["CERTIFIED", "WITHDRAWN"]).toContain(s);
    expect(new Set(column(csv, "Certification"))).toEqual(new Set(["CLEA"]));
  });

  it("writes French formats when asked: dd/mm/yyyy dates and a decimal comma", async () => {
    const plain = readCsv((await get("/exports/funding-lines.csv")).body);
    const french = readCsv((await get("/exports/funding-lines.csv?frenchFormats=true")).body);
    expect(french.rows).toHaveLength(plain.rows.length);
    expect(plain.rows.length).toBeGreaterThan(0);
    const amounts = column(plain, "Montant (€)");
    expect(amounts.every((a) => /^\d+\.\d{2}$/.test(a))).toBe(true);
    expect(column(french, "Montant (€)")).toEqual(amounts.map((a) => a.replace(".", ",")));
    expect(column(french, "Saisie le").every((d) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(d))).toBe(true);
    const dossiers = readCsv((await get("/exports/dossiers.csv?frenchFormats=true")).body);
    expect(column(dossiers, "Ouvert le").every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);
  });

  it("never gives an ANALYST an identity column: pseudonyms only", async () => {
    for (const list of ["dossiers", "candidates", "certificates"]) {
      const csv = readCsv((await get(`/exports/${list}.csv`, analyst.headers)).body);
      for (const h of IDENTITY_HEADERS) expect(csv.header, `${list}: ${h}`).not.toContain(h);
      expect(
        csv.header.some((h) => h.startsWith("Pseudonyme")),
        list,
      ).toBe(true);
      expect(csv.rows.length, list).toBeGreaterThan(0);
    }
    const candidates = readCsv((await get(`/exports/candidates.csv`, analyst.headers)).body);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM candidate WHERE "networkId" = $1`, [app.id]);
    expect(candidates.rows).toHaveLength(n);
  });

  it("gives a centre's staff the names of their own establishment's candidates only", async () => {
    const csv = readCsv((await get("/exports/candidates.csv", centre.headers)).body);
    expect(csv.header).toEqual(expect.arrayContaining(IDENTITY_HEADERS));
    const names: { pseudonym: string; birthLastName: string }[] = await q(
      `SELECT pseudonym, "birthLastName" FROM candidate WHERE "establishmentId" = $1`,
      [centreEstablishment],
    );
    const byPseudonym = new Map(csv.rows.map((r) => [r[csv.header.indexOf("Pseudonyme")]!, r[csv.header.indexOf("Nom de naissance")]!]));
    for (const c of names) expect(byPseudonym.get(c.pseudonym)).toBe(c.birthLastName);
  });

  it("writes an XLSX that exceljs opens, with the same header and rows as the CSV", async () => {
    const csv = readCsv((await get("/exports/dossiers.csv", manager.headers)).body);
    const { res, body } = await get("/exports/dossiers.xlsx", manager.headers);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as never);
    const sheet = book.worksheets[0]!;
    const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(values[0]!.slice(1)).toEqual(csv.header);
    expect(values).toHaveLength(csv.rows.length + 1);
    const idCol = csv.header.indexOf("Identifiant du dossier") + 1;
    expect(
      values
        .slice(1)
        .map((r) => r[idCol])
        .sort(),
    ).toEqual(column(csv, "Identifiant du dossier").sort());
    const openedCol = csv.header.indexOf("Ouvert le") + 1;
    expect(values[1]![openedCol]).toBeInstanceOf(Date);
  });

  it("exports every list with the rows its query lists (same scope, same filter)", async () => {
    // Criterion results are many (107 per préalable): one criterion's, under the immediate limit.
    const [{ code }] = await q(`SELECT code FROM criterion ORDER BY code LIMIT 1`);
    const filters: Record<string, unknown> = { CRITERION_RESULTS: { criterionCode: { eq: code } } };
    for (const [list, spec] of Object.entries(EXPORT_LISTS)) {
      const filter = filters[list];
      const res = await get(`/exports/${spec.slug}.csv${filter ? `?filter=${enc(filter)}` : ""}`);
      expect(res.res.status, spec.slug).toBe(200);
      const csv = readCsv(res.body);
      const listed = await api.gql(`query($f: ${spec.collection}Filter) { ${spec.query}(first: 1, filter: $f) { totalCount } }`, {
        f: filter ?? null,
      });
      expect(listed.errors, spec.slug).toBeUndefined();
      expect(csv.rows.length, spec.slug).toBe(listed.data[spec.query].totalCount);
      // The generator plans evaluations outside sessions: that list alone is empty here.
      if (list !== "EVALUATION_SESSIONS") expect(csv.rows.length, spec.slug).toBeGreaterThan(0);
    }
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM evaluation`);
    expect(readCsv((await get("/exports/evaluations.csv")).body).rows).toHaveLength(n);
    // A list's own filter, relations included, works the same in its export.
    const [{ region }] = await q(
      `SELECT e."regionCode" AS region FROM habilitation h JOIN establishment e ON e.id = h."establishmentId" WHERE h.role = 'EVALUATOR' LIMIT 1`,
    );
    const filter = { role: { eq: "EVALUATOR" }, establishment: { regionCode: { eq: region } } };
    const csv = readCsv((await get(`/exports/habilitations.csv?filter=${enc(filter)}`)).body);
    const listed = await api.gql(`query($f: HabilitationFilter) { habilitations(filter: $f) { totalCount } }`, { f: filter });
    expect(listed.errors).toBeUndefined();
    expect(csv.rows.length).toBe(listed.data.habilitations.totalCount);
    expect(csv.rows.length).toBeGreaterThan(0);
    expect(new Set(column(csv, "Rôle"))).toEqual(new Set(["EVALUATOR"]));
  });

  it("refuses an anonymous caller (401), an unknown list (404) and a filter the list does not take (400)", async () => {
    expect((await get("/exports/dossiers.csv", {})).res.status).toBe(401);
    expect((await get("/exports/dossiers.pdf")).res.status).toBe(404);
    const bad = await get(`/exports/establishments.csv?filter=${enc({ state: { eq: "CERTIFIED" } })}`);
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [expect.objectContaining({ field: "filter.state" })],
    });
    const badDate = await get(`/exports/dossiers.csv?filter=${enc({ openedOn: { gte: "15/06/2026" } })}`);
    expect(JSON.parse(badDate.body.toString()).errors[0].extensions.problems[0].field).toBe("filter.openedOn.gte");
    const notJson = await get("/exports/dossiers.csv?filter={state");
    expect(JSON.parse(notJson.body.toString()).errors[0].extensions.problems[0].field).toBe("filter");
  });

  it("records each export as an EXPORT audit event with its list, format and row count, never the data", async () => {
    const before: { n: number }[] = await q(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'EXPORT'`);
    const csv = readCsv((await get("/exports/dossiers.csv", manager.headers)).body);
    const events: { actorId: string; entityType: string; changedFields: string[]; networkId: string }[] = await q(
      `SELECT "actorId", "entityType", "changedFields", "networkId" FROM audit_event WHERE action = 'EXPORT' ORDER BY "occurredAt" DESC LIMIT 1`,
    );
    expect((await q(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'EXPORT'`))[0].n).toBe(before[0]!.n + 1);
    expect(events[0]).toMatchObject({ actorId: manager.id, entityType: "ExportJob", networkId: app.id });
    expect(events[0]!.changedFields).toEqual(expect.arrayContaining(["list.DOSSIERS", "format.CSV", `rows.${csv.rows.length}`]));
  });
});

describe("the writers", () => {
  it("stop when the destination closes (a download aborted by the client) instead of waiting for ever", async () => {
    for (const format of ["CSV", "XLSX"] as const) {
      const stuck = new Writable({ highWaterMark: 1024, write() {} }); // never takes more: a client that stopped reading
      const writer = rowWriter(format, [{ key: "a", header: "A", kind: "text", sql: "" }], stuck, { french: false, sheetName: "x" });
      setTimeout(() => stuck.destroy(), 100);
      const writing = (async () => {
        for (let i = 0; i < 1_000_000; i++) await writer.write({ a: `ligne ${i} `.repeat(20) });
      })();
      await expect(writing, format).rejects.toThrow(/closed/);
    }
  });
});

describe("startExport (background jobs)", () => {
  it("streams a list keyed by two columns (criterion results) across batches, each row once", async () => {
    const filter = { criterionResults: { domainCode: { eq: "D1" } } };
    const job = (await api.gql(START, { input: { list: "CRITERION_RESULTS", format: "CSV", filter } }, manager.headers)).data.startExport;
    const listed = await api.gql(
      `query($f: CriterionResultFilter) { criterionResults(filter: $f) { totalCount } }`,
      { f: filter.criterionResults },
      manager.headers,
    );
    expect(job.total).toBe(listed.data.criterionResults.totalCount);
    expect(job.total).toBeGreaterThan(1000); // more than one batch
    await runQueuedJobs(api.ds);
    const done = (await api.gql(JOB, { id: job.id }, manager.headers)).data.exportJob;
    expect(done).toMatchObject({ status: "SUCCEEDED", processed: job.total });
    const csv = readCsv((await get(done.downloadUrl, manager.headers)).body);
    const pairs = csv.rows.map((r) => `${r[csv.header.indexOf("Identifiant de l'évaluation")]}/${r[csv.header.indexOf("Critère")]}`);
    expect(new Set(pairs).size).toBe(job.total);
  });

  it("runs a job to SUCCEEDED with its progress, and leaves a file for its requester only", async () => {
    const started = await api.gql(START, { input: { list: "DOSSIERS", format: "CSV", frenchFormats: true } }, manager.headers);
    expect(started.errors).toBeUndefined();
    const job = started.data.startExport;
    expect(job).toMatchObject({ status: "QUEUED", processed: 0, downloadUrl: null });
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM dossier WHERE "networkId" = $1`, [app.id]);
    expect(job.total).toBe(n);

    await runQueuedJobs(api.ds);
    const done = (await api.gql(JOB, { id: job.id }, manager.headers)).data.exportJob;
    expect(done).toMatchObject({
      status: "SUCCEEDED",
      processed: n,
      total: n,
      downloadUrl: `/exports/jobs/${job.id}/file`,
      requestedById: manager.id,
    });
    const expiresIn = new Date(done.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(6.9 * 86_400_000);
    expect(expiresIn).toBeLessThan(7.1 * 86_400_000);

    const file = await get(done.downloadUrl, manager.headers);
    expect(file.res.status).toBe(200);
    const csv = readCsv(file.body);
    expect(csv.rows).toHaveLength(n);
    expect(column(csv, "Ouvert le").every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);

    // Another user, even an ADMIN, does not get the file; another network's manager does not even see the job.
    expect((await get(done.downloadUrl, otherManager.headers)).res.status).toBe(404);
    expect((await get(done.downloadUrl)).res.status).toBe(404);
    expect((await api.gql(JOB, { id: job.id }, otherManager.headers)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await api.gql(JOB, { id: job.id })).data.exportJob.status).toBe("SUCCEEDED"); // ADMIN reads every job

    const event: { changedFields: string[] }[] = await q(
      `SELECT "changedFields" FROM audit_event WHERE action = 'EXPORT' AND "entityId" = $1`,
      [job.id],
    );
    expect(event).toHaveLength(1);
    expect(event[0]!.changedFields).toEqual(expect.arrayContaining(["list.DOSSIERS", "format.CSV", `rows.${n}`]));

    // A finished job cannot be cancelled.
    expect((await api.gql(CANCEL, { id: job.id }, manager.headers)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("takes the list's filter as the download does, and refuses the filter of another list", async () => {
    const filter = {
      dossiers: { state: { eq: "CERTIFIED" }, certificationCode: { eq: "CLEA" }, openedOn: { between: ["2021-01-01", "2026-06-15"] } },
    };
    const job = (await api.gql(START, { input: { list: "DOSSIERS", format: "CSV", filter } }, manager.headers)).data.startExport;
    const [{ n }] = await q(
      `SELECT count(*)::int AS n FROM dossier WHERE "networkId" = $1 AND state = 'CERTIFIED' AND "openedOn" BETWEEN '2021-01-01' AND '2026-06-15'`,
      [app.id],
    );
    expect(job.total).toBe(n);
    await api.gql(CANCEL, { id: job.id }, manager.headers);

    const refused = await api.gql(
      START,
      { input: { list: "ESTABLISHMENTS", format: "CSV", filter: { dossiers: { state: { eq: "CERTIFIED" } } } } },
      manager.headers,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [expect.objectContaining({ field: "filter.dossiers" })],
    });
    const badId = await api.gql(
      START,
      { input: { list: "DOSSIERS", format: "CSV", filter: { dossiers: { networkId: { eq: "42" } } } } },
      manager.headers,
    );
    expect(badId.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [expect.objectContaining({ field: "filter.networkId.eq" })],
    });
  });

  it("lists one's own jobs (ADMIN: all)", async () => {
    const LIST = `{ exportJobs(first: 50) { totalCount edges { node { id requestedById } } } }`;
    await api.gql(START, { input: { list: "ESTABLISHMENTS", format: "XLSX" } }, otherManager.headers);
    const mine = (await api.gql(LIST, {}, manager.headers)).data.exportJobs;
    expect(mine.totalCount).toBeGreaterThan(0);
    expect(mine.edges.every((e: any) => e.node.requestedById === manager.id)).toBe(true);
    const all = (await api.gql(LIST)).data.exportJobs;
    expect(new Set(all.edges.map((e: any) => e.node.requestedById))).toEqual(new Set([manager.id, otherManager.id]));
    await runQueuedJobs(api.ds);
  });

  it("can be cancelled mid-way: CANCELLED, progress kept, no file", async () => {
    const job = (await api.gql(START, { input: { list: "DOSSIERS", format: "XLSX" } })).data.startExport;
    expect(job.total).toBe(DOSSIERS);
    let cancelledAt = 0;
    const status = await runExportJob(api.ds, job.id, {
      batchSize: 50,
      async afterBatch(processed) {
        if (cancelledAt) return;
        cancelledAt = processed;
        const res = await api.gql(CANCEL, { id: job.id });
        expect(res.data.cancelExport.status).toBe("CANCELLED");
      },
    });
    expect(status).toBe("CANCELLED");
    const read = (await api.gql(JOB, { id: job.id })).data.exportJob;
    expect(read).toMatchObject({ status: "CANCELLED", processed: 50, downloadUrl: null });
    expect(readdirSync(join(dataDir, "exports")).filter((f) => f.includes(job.id))).toEqual([]);
    const [row] = await q(`SELECT "fileName" FROM export_job WHERE id = $1`, [job.id]);
    expect(row.fileName).toBeNull();
    await runQueuedJobs(api.ds); // its queue entry finds it cancelled and does nothing
    expect((await api.gql(JOB, { id: job.id })).data.exportJob.status).toBe("CANCELLED");
    const updates = await q(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'UPDATE' AND "entityType" = 'ExportJob' AND "entityId" = $1`,
      [job.id],
    );
    expect(updates[0].n).toBe(1);
  });

  it("purges the files past their 7 days", async () => {
    const job = (await api.gql(START, { input: { list: "CERTIFICATES", format: "CSV" } }, manager.headers)).data.startExport;
    await runQueuedJobs(api.ds);
    const [row] = await q(`SELECT "fileName" FROM export_job WHERE id = $1`, [job.id]);
    const path = join(dataDir, "exports", row.fileName);
    expect(existsSync(path)).toBe(true);
    expect(await purgeExpiredExports(api.ds)).toBe(0); // nothing is due yet
    await q(`UPDATE export_job SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [job.id]);
    expect(await purgeExpiredExports(api.ds)).toBe(1);
    expect(existsSync(path)).toBe(false);
    expect((await api.gql(JOB, { id: job.id }, manager.headers)).data.exportJob).toMatchObject({ status: "SUCCEEDED", downloadUrl: null });
    expect((await get(`/exports/jobs/${job.id}/file`, manager.headers)).res.status).toBe(404);
  });
});

describe("background jobs in their worker thread (ADR 0021)", () => {
  afterEach(() => vi.restoreAllMocks());

  /** The job's files in the exports folder, `.part` included. */
  const filesOf = (id: string) => readdirSync(join(dataDir, "exports")).filter((f) => f.includes(id));

  it("writes, batch after batch, the same file as the download at once (same list, same filter)", async () => {
    const [{ code }] = await q(`SELECT code FROM criterion ORDER BY code LIMIT 1`);
    const cases = [
      { list: "DOSSIERS" as const, filter: { state: { in: ["CERTIFIED", "WITHDRAWN"] } }, frenchFormats: true },
      { list: "CRITERION_RESULTS" as const, filter: { criterionCode: { eq: code } }, frenchFormats: false }, // a two-column key
    ];
    for (const c of cases) {
      const spec = EXPORT_LISTS[c.list];
      const now = await get(`/exports/${spec.slug}.csv?filter=${enc(c.filter)}&frenchFormats=${c.frenchFormats}`, manager.headers);
      expect(now.res.status, c.list).toBe(200);
      const job = (
        await api.gql(
          START,
          { input: { list: c.list, format: "CSV", frenchFormats: c.frenchFormats, filter: { [spec.query]: c.filter } } },
          manager.headers,
        )
      ).data.startExport;
      let batches = 0;
      const status = await runExportJob(api.ds, job.id, { batchSize: 9, afterBatch: async () => void batches++ });
      expect(status, c.list).toBe("SUCCEEDED");
      const [row] = await q(`SELECT "fileName", processed FROM export_job WHERE id = $1`, [job.id]);
      const file = readFileSync(join(dataDir, "exports", row.fileName));
      expect(readCsv(file).rows, c.list).toHaveLength(job.total);
      expect(job.total, c.list).toBeGreaterThan(20); // several batches of 9
      expect(batches, c.list).toBe(Math.floor(job.total / 9));
      expect(file.equals(now.body), `${c.list}: the background file differs from the download`).toBe(true);
    }
  }, 60_000);

  it("marks a job whose worker dies (out of memory) FAILED, leaves no file, and the API carries on", async () => {
    const errors = vi.spyOn(logger, "error");
    const job = (await api.gql(START, { input: { list: "DOSSIERS", format: "XLSX" } }, manager.headers)).data.startExport;
    const status = await runExportJob(api.ds, job.id, { resourceLimits: { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 } });
    expect(status).toBe("FAILED");
    const read = (await api.gql(JOB, { id: job.id }, manager.headers)).data.exportJob;
    expect(read).toMatchObject({ status: "FAILED", errorMessage: "Erreur interne pendant l'export : relancez-le.", downloadUrl: null });
    expect(filesOf(job.id)).toEqual([]);
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ exportJobId: job.id, err: expect.objectContaining({ code: "ERR_WORKER_OUT_OF_MEMORY" }) }),
      "export job failed",
    );

    // The API process is unharmed: it answers, and the next job runs.
    const again = (await api.gql(START, { input: { list: "DOSSIERS", format: "XLSX" } }, manager.headers)).data.startExport;
    expect(await runExportJob(api.ds, again.id)).toBe("SUCCEEDED");
    expect((await get(`/exports/jobs/${again.id}/file`, manager.headers)).res.status).toBe(200);
  }, 60_000);

  it.skipIf(process.env.EMBEDDED_PG === "pglite")(
    "marks a job whose worker fails mid-way (connection lost) FAILED and removes its partial file",
    async () => {
      const errors = vi.spyOn(logger, "error");
      const job = (await api.gql(START, { input: { list: "DOSSIERS", format: "CSV" } }, manager.headers)).data.startExport;
      let partial: string[] = [];
      const status = await runExportJob(api.ds, job.id, {
        batchSize: 20,
        async afterBatch() {
          if (partial.length) return;
          partial = filesOf(job.id);
          // The worker's own connection (one `pg` client) is cut while it waits for the answer.
          const cut: unknown[] = await q(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'clea-export-worker' AND datname = current_database()`,
          );
          expect(cut).toHaveLength(1);
        },
      });
      expect(partial).toEqual([expect.stringMatching(/\.csv\.part$/)]); // the file was being written…
      expect(status).toBe("FAILED");
      expect(filesOf(job.id)).toEqual([]); // …and is gone
      const [row] = await q(`SELECT status, processed, "errorMessage", "fileName" FROM export_job WHERE id = $1`, [job.id]);
      expect(row).toMatchObject({
        status: "FAILED",
        processed: 20,
        errorMessage: "Erreur interne pendant l'export : relancez-le.",
        fileName: null,
      });
      expect(errors).toHaveBeenCalledWith(expect.objectContaining({ exportJobId: job.id }), "export job failed");
    },
    60_000,
  );
});

describe("a large export", () => {
  it("streams 20 000 dossiers without holding them: the heap does not grow with the data", async () => {
    // Volume, not realism, is what this test needs: 20 000 copies of the generated finished
    // dossiers (CERTIFIED, WITHDRAWN: the one-open-attempt rule does not apply) in one statement.
    await q(`
      INSERT INTO dossier ("candidateId", "certificationId", "referentialId", "establishmentId", "networkId", state, version, "openedOn", "preliminaryDate", "windowEndsOn", "stateChangedAt")
      SELECT d."candidateId", d."certificationId", d."referentialId", d."establishmentId", d."networkId", d.state, d.version, d."openedOn", d."preliminaryDate", d."windowEndsOn", d."stateChangedAt"
        FROM dossier d CROSS JOIN generate_series(1, 1000) WHERE d.state IN ('CERTIFIED', 'WITHDRAWN') LIMIT 20000`);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM dossier`);
    expect(n).toBe(DOSSIERS + 20_000);

    // Too many rows to download at once: the caller is told to start a job.
    const tooLarge = await get("/exports/dossiers.csv");
    expect(tooLarge.res.status).toBe(413);
    expect(JSON.parse(tooLarge.body.toString()).errors[0].message).toMatch(/startExport/);

    // The file is written in a worker thread with a capped heap (ADR 0021): the API's heap, measured
    // here, stays flat, and the worker's cannot grow past its cap whatever the size of the list.
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const job = (await api.gql(START, { input: { list: "DOSSIERS", format: "CSV" } })).data.startExport;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let batches = 0;
    const status = await runExportJob(api.ds, job.id, {
      async afterBatch() {
        batches++;
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      },
    });
    expect(status).toBe("SUCCEEDED");
    console.info(`export of ${n} dossiers: heap growth at most ${(peak / 1e6).toFixed(1)} MB`);
    const [row] = await q(`SELECT "fileName", processed FROM export_job WHERE id = $1`, [job.id]);
    expect(row.processed).toBe(n);
    expect(batches).toBe(Math.floor(n / 1000)); // read in batches of 1 000, measured after each
    const { size } = await import("node:fs/promises").then((fs) => fs.stat(join(dataDir, "exports", row.fileName)));
    // The file holds several megabytes; the rows as JS objects would take several times more.
    expect(size).toBeGreaterThan(4_000_000);
    expect(peak).toBeLessThan(size);

    // The same rows as a workbook: the zip is written as the rows come, not kept.
    const xlsx = (await api.gql(START, { input: { list: "DOSSIERS", format: "XLSX" } })).data.startExport;
    gc();
    const xlsxBefore = process.memoryUsage().heapUsed;
    let xlsxPeak = 0;
    expect(
      await runExportJob(api.ds, xlsx.id, {
        async afterBatch() {
          gc();
          xlsxPeak = Math.max(xlsxPeak, process.memoryUsage().heapUsed - xlsxBefore);
        },
      }),
    ).toBe("SUCCEEDED");
    console.info(`XLSX export of ${n} dossiers: heap growth at most ${(xlsxPeak / 1e6).toFixed(1)} MB`);
    expect(xlsxPeak).toBeLessThan(size);
  }, 120_000);
});
