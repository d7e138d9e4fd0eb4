import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { todayInFrance, addDays } from "../../core/dates.js";
import { actAs, createUser, uniqueEmail } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countRows, createEstablishment, createNetwork, createOrganisation } from "../../test/organisation-fixtures.js";
import { STAFF_IMPORT_COLUMNS } from "./import.columns.js";
import { parseFileDate } from "./staff-import.service.js";

const IMPORT = `mutation($n: ID!, $f: ImportFileInput!, $d: Boolean!) {
  importStaff(networkId: $n, file: $f, dryRun: $d) { dryRun lineCount created usersInvited valid problems { line field column message } } }`;
const TEMPLATE = `query($k: ImportKind!, $f: ImportFileFormat!) { importTemplate(kind: $k, format: $f) { filename mimeType contentBase64 } }`;

const HEADERS = STAFF_IMPORT_COLUMNS.map((c) => c.header);
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const csv = (rows: string[][]) => "\uFEFF" + [HEADERS, ...rows].map((r) => r.join(";")).join("\r\n") + "\r\n";
const frDate = (iso: string) => iso.split("-").reverse().join("/");

let api: TestApi;
let network: { id: string };
let rennes: { id: string; siret: string };
let brest: { id: string; siret: string };
let foreign: { id: string; siret: string };
let manager: Awaited<ReturnType<typeof actAs>>;
let existing: { id: string; email: string };
let outsider: { id: string; email: string };

beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau personnel");
  const org = await createOrganisation(api, network.id, "Organisme personnel");
  rennes = await createEstablishment(api, org, { name: "Centre Rennes", nic: 1 });
  brest = await createEstablishment(api, org, { name: "Centre Brest", nic: 2, postalCode: "29200", city: "Brest", departmentCode: "29" });
  const other = await createNetwork(api, "Réseau voisin");
  foreign = await createEstablishment(api, await createOrganisation(api, other.id, "Organisme voisin"), { name: "Centre voisin", nic: 1 });
  manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
  // Already an advisor in Rennes: visible to the manager.
  existing = await createUser(api, {
    email: uniqueEmail("conseil"),
    grants: [{ role: Role.ADVISOR, networkId: network.id, establishmentId: rennes.id }],
  });
  // Serves only in the other network: not visible to the manager.
  outsider = await createUser(api, {
    email: uniqueEmail("voisin"),
    grants: [{ role: Role.TRAINER, networkId: other.id, establishmentId: foreign.id }],
  });
});
afterAll(() => api?.close());

const run = (text: string, dryRun: boolean, headers = manager.headers) =>
  api.gql(IMPORT, { n: network.id, f: { filename: "personnel.csv", contentBase64: b64(text) }, d: dryRun }, headers);

describe("importStaff", () => {
  const tomorrow = frDate(addDays(todayInFrance(), 1));
  // 2 ok (new account); 3: bad email; 4: unknown function; 5: establishment of another network;
  // 6: start in the future; 7: same as line 2; 8: function already held; 9: account outside the
  // network; 10: missing first name; 11: impossible date.
  const faulty = () => [
    ["nouvelle.evaluatrice@exemple.fr", "Durand", "Alice", rennes.siret, "Évaluatrice", "01/09/2025"],
    ["pas-un-email", "Petit", "Bruno", rennes.siret, "Formateur", ""],
    ["c.roux@exemple.fr", "Roux", "Chloé", rennes.siret, "Directeur", ""],
    ["d.blanc@exemple.fr", "Blanc", "David", foreign.siret, "Conseiller", ""],
    ["e.noir@exemple.fr", "Noir", "Emma", brest.siret, "Formateur", tomorrow],
    ["NOUVELLE.evaluatrice@exemple.fr ", "Durand", "Alice", rennes.siret, "EVALUATOR", ""],
    [existing.email, "Existant", "Paul", rennes.siret, "Conseiller", ""],
    [outsider.email, "Voisin", "Jean", brest.siret, "Formateur", ""],
    ["g.vert@exemple.fr", "Vert", "", brest.siret, "Formateur", ""],
    ["h.gris@exemple.fr", "Gris", "Hugo", brest.siret, "Formateur", "31/02/2025"],
  ];
  const corrected = () => [
    ["nouvelle.evaluatrice@exemple.fr", "Durand", "Alice", rennes.siret, "Évaluatrice", "01/09/2025"],
    ["nouvelle.evaluatrice@exemple.fr", "Durand", "Alice", brest.siret, "Responsable de centre", "2025-10-01"],
    ["b.petit@exemple.fr", "Petit", "Bruno", rennes.siret, "Formateur", ""],
    [existing.email, "Existant", "Paul", brest.siret, "conseiller", ""],
    [existing.email, "Existant", "Paul", rennes.siret, "Évaluateur", ""],
  ];

  it("a dry run reports every faulty line (line, column, French reason) and writes nothing", async () => {
    const before = {
      u: await countRows(api, "app_user"),
      r: await countRows(api, "role_assignment"),
      a: await countRows(api, "audit_event"),
    };
    const res = await run(csv(faulty()), true);
    expect(res.errors).toBeUndefined();
    const report = res.data.importStaff;
    expect(report).toMatchObject({ dryRun: true, lineCount: 10, created: 0, usersInvited: 0, valid: false });
    expect(report.problems.map((p: any) => [p.line, p.field])).toEqual([
      [3, "email"],
      [4, "function"],
      [5, "siret"],
      [6, "startedOn"],
      [7, "function"],
      [8, "function"],
      [9, "email"],
      [10, "firstName"],
      [11, "startedOn"],
    ]);
    const msg = (line: number) => report.problems.find((p: any) => p.line === line).message;
    expect(msg(3)).toMatch(/Adresse e-mail invalide/);
    expect(msg(4)).toMatch(/Fonction inconnue « Directeur »/);
    expect(msg(5)).toMatch(/Aucun établissement de ce réseau/);
    expect(msg(6)).toMatch(/futur/);
    expect(msg(7)).toMatch(/ligne 2 du fichier/);
    expect(msg(8)).toMatch(/déjà affectée à cet établissement comme « Conseiller »/);
    expect(msg(9)).toMatch(/hors de votre réseau/);
    expect(msg(10)).toMatch(/prénom est obligatoire/);
    expect(msg(11)).toMatch(/Date invalide/);
    expect(report.problems[0].column).toBe("E-mail");
    expect({
      u: await countRows(api, "app_user"),
      r: await countRows(api, "role_assignment"),
      a: await countRows(api, "audit_event"),
    }).toEqual(before);
  });

  it("a real import with one faulty line writes nothing (INVALID_IMPORT with the problems)", async () => {
    const rows = corrected();
    rows[2]![4] = "Stagiaire";
    const before = { u: await countRows(api, "app_user"), r: await countRows(api, "role_assignment") };
    const res = await run(csv(rows), false);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_IMPORT",
      problems: [{ line: 4, field: "function", column: "Fonction" }],
    });
    expect({ u: await countRows(api, "app_user"), r: await countRows(api, "role_assignment") }).toEqual(before);
  });

  it("the corrected file creates the missing accounts as invited, and every assignment, all audited", async () => {
    const before = {
      u: await countRows(api, "app_user"),
      r: await countRows(api, "role_assignment"),
      i: await countRows(api, "invitation"),
    };
    const res = await run(csv(corrected()), false);
    expect(res.errors).toBeUndefined();
    expect(res.data.importStaff).toMatchObject({ dryRun: false, lineCount: 5, created: 5, usersInvited: 2, valid: true, problems: [] });
    expect(await countRows(api, "app_user")).toBe(before.u + 2);
    expect(await countRows(api, "role_assignment")).toBe(before.r + 5);
    expect(await countRows(api, "invitation")).toBe(before.i + 2);
    const [alice] = await api.ds.query(
      `SELECT id, "displayName", "passwordHash", status FROM app_user WHERE email = 'nouvelle.evaluatrice@exemple.fr'`,
    );
    expect(alice).toMatchObject({ displayName: "Alice Durand", passwordHash: null, status: "ACTIVE" });
    const roles = await api.ds.query(
      `SELECT role, "establishmentId", "networkId", "startedOn"::text AS "startedOn" FROM role_assignment WHERE "userId" = $1 ORDER BY role`,
      [alice.id],
    );
    expect(roles).toEqual([
      { role: "CENTRE_MANAGER", establishmentId: brest.id, networkId: network.id, startedOn: "2025-10-01" },
      { role: "EVALUATOR", establishmentId: rennes.id, networkId: network.id, startedOn: "2025-09-01" },
    ]);
    const existingRoles = await api.ds.query(
      `SELECT role, "establishmentId" FROM role_assignment WHERE "userId" = $1 ORDER BY "createdAt", role`,
      [existing.id],
    );
    expect(existingRoles).toHaveLength(3);
    const events = await api.ds.query(
      `SELECT action, "entityType", count(*)::int AS n FROM audit_event WHERE "networkId" = $1 AND "actorId" = $2 GROUP BY 1, 2 ORDER BY 1, 2`,
      [network.id, manager.id],
    );
    expect(events).toEqual([
      { action: "CREATE", entityType: "StaffAssignment", n: 5 },
      { action: "INVITE", entityType: "User", n: 2 },
    ]);
    // The same file again: every line is now already held.
    const again = await run(csv(corrected()), true);
    expect(again.data.importStaff.problems).toHaveLength(5);
    expect(again.data.importStaff.problems.every((p: any) => /déjà affectée/.test(p.message))).toBe(true);
  });

  it("another network's manager cannot import into this network; an analyst is FORBIDDEN", async () => {
    const other = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: (await createNetwork(api, "Tiers")).id }]);
    expect((await run(csv(corrected()), true, other.headers)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const analyst = await actAs(api, [{ role: Role.ANALYST, networkId: network.id }]);
    expect((await run(csv(corrected()), true, analyst.headers)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("reads an XLSX file whose dates and SIRETs a spreadsheet turned into a date and a number", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Personnel");
    sheet.addRow(HEADERS);
    sheet.addRow(["x.lemoine@exemple.fr", "Lemoine", "Xavier", Number(brest.siret), "Évaluateur", new Date(Date.UTC(2025, 8, 1))]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const res = await api.gql(
      IMPORT,
      { n: network.id, f: { filename: "personnel.xlsx", contentBase64: content }, d: false },
      manager.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.importStaff).toMatchObject({ created: 1, usersInvited: 1 });
    const [row] = await api.ds.query(
      `SELECT ra."startedOn"::text AS d FROM role_assignment ra JOIN app_user u ON u.id = ra."userId" WHERE u.email = 'x.lemoine@exemple.fr'`,
    );
    expect(row.d).toBe("2025-09-01");
  });

  it.each(["CSV", "XLSX"])("the %s template reads back with only its SIRET to replace", async (format) => {
    const t = (await api.gql(TEMPLATE, { k: "STAFF", f: format })).data.importTemplate;
    expect(t.filename).toBe(`modele-import-personnel.${format.toLowerCase()}`);
    const res = await api.gql(
      IMPORT,
      { n: network.id, f: { filename: t.filename, contentBase64: t.contentBase64 }, d: true },
      manager.headers,
    );
    expect(res.data.importStaff.problems).toMatchObject([{ line: 2, field: "siret", message: /Aucun établissement/ }]);
  });
});

describe("parseFileDate", () => {
  it("reads JJ/MM/AAAA and AAAA-MM-JJ, refuses impossible dates", () => {
    expect(parseFileDate("01/09/2026")).toBe("2026-09-01");
    expect(parseFileDate("1/9/2026")).toBe("2026-09-01");
    expect(parseFileDate("2026-09-01")).toBe("2026-09-01");
    expect(parseFileDate("29/02/2025")).toBeNull();
    expect(parseFileDate("09/2026")).toBeNull();
  });
});
