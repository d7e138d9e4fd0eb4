import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { actAs } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countRows, createEstablishment, createNetwork, createOrganisation, nextSiren, siretOf } from "../../test/organisation-fixtures.js";
import { ESTABLISHMENT_IMPORT_COLUMNS } from "./import.columns.js";
import { importService } from "./import.service.js";

const IMPORT = `mutation($n: ID!, $f: ImportFileInput!, $d: Boolean!) {
  importEstablishments(networkId: $n, file: $f, dryRun: $d) { dryRun lineCount created valid problems { line field column message } } }`;
const TEMPLATE = `query($f: ImportFileFormat!) { establishmentImportTemplate(format: $f) { filename mimeType contentBase64 } }`;

const HEADERS = ESTABLISHMENT_IMPORT_COLUMNS.map((c) => c.header);
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const csv = (rows: string[][], sep = ";", bom = true) =>
  (bom ? "\uFEFF" : "") + [HEADERS, ...rows].map((r) => r.join(sep)).join("\r\n") + "\r\n";

/** The same SIRET with its last digit changed: one changed digit always breaks the Luhn key. */
const badKey = (siret: string) => siret.slice(0, 13) + ((Number(siret[13]) + 1) % 10);

let api: TestApi;
let network: { id: string };
let other: { id: string };
let orgA: { id: string; siren: string };
let orgB: { id: string; siren: string };
let existingSiret: string;

beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau import");
  other = await createNetwork(api, "Autre réseau");
  orgA = await createOrganisation(api, network.id, "Organisme A");
  orgB = await createOrganisation(api, network.id, "Organisme B");
  existingSiret = (await createEstablishment(api, orgA, { name: "Déjà là", nic: 1 })).siret;
});
afterAll(() => api?.close());

const run = (
  file: { filename: string; contentBase64: string },
  dryRun: boolean,
  networkId = network.id,
  headers?: Record<string, string>,
) => api.gql(IMPORT, { n: networkId, f: file, d: dryRun }, headers);

describe("importEstablishments", () => {
  // Line 2 ok; 3: bad SIRET key; 4: SIRET of another SIREN; 5: unknown SIREN; 6: postal code of
  // another department; 7: duplicate of line 2; 8: SIRET already on the platform; 9: missing city.
  const faulty = () => [
    [orgA.siren, siretOf(orgA.siren, 2), "Centre 2", "1 rue A", "35000", "Rennes", "35"],
    [orgA.siren, badKey(siretOf(orgA.siren, 3)), "Centre 3", "1 rue A", "35000", "Rennes", "35"],
    [orgA.siren, siretOf(orgB.siren, 4), "Centre 4", "1 rue A", "35000", "Rennes", "35"],
    ["732829320", siretOf("732829320", 5), "Centre 5", "1 rue A", "35000", "Rennes", "35"],
    [orgB.siren, siretOf(orgB.siren, 6), "Centre 6", "1 rue A", "75001", "Rennes", "35"],
    [orgA.siren, siretOf(orgA.siren, 2), "Centre 7", "1 rue A", "35000", "Rennes", "35"],
    [orgA.siren, existingSiret, "Centre 8", "1 rue A", "35000", "Rennes", "35"],
    [orgB.siren, siretOf(orgB.siren, 9), "Centre 9", "1 rue A", "35000", "", "35"],
  ];
  const corrected = () => [
    [orgA.siren, siretOf(orgA.siren, 2), "Centre 2", "1 rue A", "35000", "Rennes", "35"],
    [orgA.siren, siretOf(orgA.siren, 3), "Centre 3", "1 rue A", "35000", "Rennes", "35"],
    [orgB.siren, siretOf(orgB.siren, 4), "Centre 4", "1 rue A", "35000", "Rennes", "35"],
    [orgB.siren, siretOf(orgB.siren, 5), "Centre 5", "1 rue A", "35000", "Rennes", "35"],
    [orgB.siren, siretOf(orgB.siren, 6), "Centre 6", "1 rue A", "75001", "Paris", "75"],
    [orgB.siren, siretOf(orgB.siren, 7), "Centre 7", "1 rue A", "20000", "Ajaccio", "2A"],
    [orgA.siren, siretOf(orgA.siren, 8), "Centre 8", "1 rue A", "35000", "Rennes", "35"],
    [orgB.siren, siretOf(orgB.siren, 9), "Centre 9", "1 rue A", "35000", "Rennes", "35"],
  ];

  it("dry run reports every faulty line with its line and column, and writes nothing", async () => {
    const before = { e: await countRows(api, "establishment"), a: await countRows(api, "audit_event") };
    const res = await run({ filename: "etab.csv", contentBase64: b64(csv(faulty())) }, true);
    expect(res.errors).toBeUndefined();
    const report = res.data.importEstablishments;
    expect(report).toMatchObject({ dryRun: true, lineCount: 8, created: 0, valid: false });
    const at = report.problems.map((p: any) => [p.line, p.field]);
    expect(at).toEqual([
      [3, "siret"],
      [4, "siret"],
      [5, "organisationSiren"],
      [6, "postalCode"],
      [7, "siret"],
      [8, "siret"],
      [9, "city"],
    ]);
    const msg = (line: number) => report.problems.find((p: any) => p.line === line).message;
    expect(msg(3)).toMatch(/clé de contrôle/);
    expect(msg(4)).toMatch(/n'appartient pas à l'organisme/);
    expect(msg(5)).toMatch(/Aucun organisme de ce réseau/);
    expect(msg(6)).toMatch(/département 75/);
    expect(msg(7)).toMatch(/ligne 2 du fichier/);
    expect(msg(8)).toMatch(/existe déjà sur la plateforme/);
    expect(msg(9)).toMatch(/ville est obligatoire/);
    expect(report.problems[0].column).toBe("SIRET");
    expect(await countRows(api, "establishment")).toBe(before.e);
    expect(await countRows(api, "audit_event")).toBe(before.a);
  });

  it("a real import with one bad line writes nothing (INVALID_IMPORT, same report)", async () => {
    const rows = corrected();
    rows[7]![6] = "99"; // unknown department
    const before = await countRows(api, "establishment");
    const res = await run({ filename: "etab.csv", contentBase64: b64(csv(rows, ",", false)) }, false);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_IMPORT", problems: [{ line: 9, field: "departmentCode" }] });
    expect(await countRows(api, "establishment")).toBe(before);
  });

  it("the corrected file imports every row, with one CREATE audit event each", async () => {
    const before = await countRows(api, "establishment");
    const dry = await run({ filename: "etab.csv", contentBase64: b64(csv(corrected())) }, true);
    expect(dry.data.importEstablishments).toMatchObject({ valid: true, problems: [], created: 0 });
    expect(await countRows(api, "establishment")).toBe(before);
    const res = await run({ filename: "etab.csv", contentBase64: b64(csv(corrected())) }, false);
    expect(res.errors).toBeUndefined();
    expect(res.data.importEstablishments).toMatchObject({ dryRun: false, created: 8, lineCount: 8, valid: true });
    expect(await countRows(api, "establishment")).toBe(before + 8);
    const [row] = await api.ds.query(`SELECT "regionCode", "networkId", "organisationId" FROM establishment WHERE siret = $1`, [
      siretOf(orgB.siren, 7),
    ]);
    expect(row).toEqual({ regionCode: "94", networkId: network.id, organisationId: orgB.id });
    const [{ n }] = await api.ds.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'CREATE' AND "entityType" = 'Establishment' AND "networkId" = $1`,
      [network.id],
    );
    expect(n).toBe(9); // the fixture's establishment + 8 imported
  });

  it("an XLSX file built with exceljs imports the same as CSV (numbers losing their zeros included)", async () => {
    const org = await createOrganisation(api, network.id, "Organisme XLSX");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Feuille 1");
    sheet.addRow(HEADERS);
    sheet.addRow([org.siren, siretOf(org.siren, 1), "Centre XLSX 1", "2 rue B", "01000", "Bourg-en-Bresse", "01"]);
    sheet.addRow([Number(org.siren), Number(siretOf(org.siren, 2)), "Centre XLSX 2", "2 rue B", 1000, "Bourg-en-Bresse", 1]);
    sheet.addRow([org.siren, "123", "Centre XLSX 3", "2 rue B", "35000", "Rennes", "35"]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const dry = await run({ filename: "etab.xlsx", contentBase64: content }, true);
    expect(dry.data.importEstablishments.problems).toEqual([
      { line: 4, field: "siret", column: "SIRET", message: "Le SIRET doit comporter exactement 14 chiffres." },
    ]);
    sheet.spliceRows(4, 1);
    const fixed = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const res = await run({ filename: "etab.xlsx", contentBase64: fixed }, false);
    expect(res.errors).toBeUndefined();
    expect(res.data.importEstablishments.created).toBe(2);
    const rows = await api.ds.query(`SELECT "postalCode", "departmentCode" FROM establishment WHERE "organisationId" = $1`, [org.id]);
    expect(rows).toEqual([
      { postalCode: "01000", departmentCode: "01" },
      { postalCode: "01000", departmentCode: "01" },
    ]);
  });

  it("a network manager cannot import into another network (NOT_FOUND), but can into theirs", async () => {
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.id }]);
    const otherOrg = await createOrganisation(api, other.id, "Organisme autre");
    const file = {
      filename: "e.csv",
      contentBase64: b64(csv([[orgA.siren, siretOf(orgA.siren, 40), "X", "1 rue A", "35000", "Rennes", "35"]])),
    };
    const refused = await run(file, true, network.id, manager.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // In their own network, another network's organisation is unknown.
    const own = await run(file, true, other.id, manager.headers);
    expect(own.data.importEstablishments.problems).toMatchObject([{ line: 2, field: "organisationSiren" }]);
    const mine = {
      filename: "e.csv",
      contentBase64: b64(csv([[otherOrg.siren, siretOf(otherOrg.siren, 1), "X", "1 rue A", "35000", "Rennes", "35"]])),
    };
    expect((await run(mine, false, other.id, manager.headers)).data.importEstablishments.created).toBe(1);
    const analyst = await actAs(api, [{ role: Role.ANALYST, networkId: other.id }]);
    expect((await run(mine, true, other.id, analyst.headers)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a file over 5,000 lines, a wrong header, and a file over 5 MB before parsing", async () => {
    const line = [orgA.siren, siretOf(orgA.siren, 77), "C", "1 rue A", "35000", "Rennes", "35"];
    const big = await run({ filename: "e.csv", contentBase64: b64(csv(Array.from({ length: 5001 }, () => line))) }, true);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_IMPORT", problems: [{ field: "file" }] });
    expect(big.errors?.[0]?.message).toMatch(/5\s000 lignes/);
    const header = await run({ filename: "e.csv", contentBase64: b64("SIRET;Nom;Ville\n123;x;y\n") }, true);
    expect(header.data.importEstablishments.problems.every((p: any) => p.line === 1)).toBe(true);
    expect(header.data.importEstablishments.problems.map((p: any) => p.field)).toContain("organisationSiren");
    // Over 5 MB: the HTTP body limit (1 MB) answers first, so the rule is proven on the service.
    const tooBig = "A".repeat(Math.ceil(((5 * 1024 * 1024 + 1) * 4) / 3) + 4);
    await expect(
      importService.importEstablishments(api.ctx, network.id, { filename: "e.csv", contentBase64: tooBig }, true),
    ).rejects.toThrow(/dépasse 5 Mo/);
  });
});

describe("establishmentImportTemplate", () => {
  it.each(["CSV", "XLSX"])("the %s template round-trips once its SIREN and SIRET are the organisation's", async (format) => {
    const res = await api.gql(TEMPLATE, { f: format });
    expect(res.errors).toBeUndefined();
    const t = res.data.establishmentImportTemplate;
    expect(t.filename).toMatch(format === "CSV" ? /\.csv$/ : /\.xlsx$/);
    const org = await createOrganisation(api, network.id, `Organisme modèle ${format}`, nextSiren());
    let content: string;
    if (format === "CSV") {
      const text = Buffer.from(t.contentBase64, "base64").toString("utf8");
      expect(text.startsWith("\uFEFF" + HEADERS.join(";"))).toBe(true);
      content = b64(text.replaceAll("123456782", org.siren).replaceAll(org.siren + "00010", siretOf(org.siren, 1)));
    } else {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(t.contentBase64, "base64") as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
      sheet.getCell("A2").value = org.siren;
      sheet.getCell("B2").value = siretOf(org.siren, 1);
      content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    }
    const unfixed = await run({ filename: t.filename, contentBase64: t.contentBase64 }, true);
    expect(unfixed.data.importEstablishments.problems).toMatchObject([{ line: 2, field: "organisationSiren" }]);
    const done = await run({ filename: t.filename, contentBase64: content }, false);
    expect(done.errors).toBeUndefined();
    expect(done.data.importEstablishments.created).toBe(1);
  });
});
