import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFERENTIAL_CSV_COLUMNS } from "@clea/schema";
import { createTestApi, type TestApi } from "../../test/helpers.js";

let api: TestApi;
let cleaId: string;
beforeAll(async () => {
  api = await createTestApi();
  cleaId = (await ok(`{ certification(code: CLEA) { currentReferential { id } } }`)).certification.currentReferential.id;
});
afterAll(async () => {
  await api?.close();
});

async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await api.gql<T>(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data!;
}
async function exportFile(id: string, format: "JSON" | "CSV") {
  return (
    await ok(`query($id: ID!, $f: ReferentialFileFormat!) { exportReferential(id: $id, format: $f) { filename mimeType content } }`, {
      id,
      f: format,
    })
  ).exportReferential as { filename: string; mimeType: string; content: string };
}
const IMPORT = `mutation($input: ImportReferentialInput!) { importReferential(input: $input) { id version label status criterionCount } }`;
const importFile = (input: Record<string, unknown>) =>
  api.gql(IMPORT, { input: { certificationCode: "CLEA", version: "import", label: "Import", ...input } });

async function fingerprint(): Promise<string> {
  const tables = ["referential", "domain", "sub_domain", "criterion"];
  const rows = await api.ds.query(
    `SELECT ${tables.map((t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x.id), '')) FROM "${t}" x) AS "${t}"`).join(", ")}`,
  );
  return JSON.stringify(rows[0]);
}
const withoutIdentity = ({ version: _v, label: _l, status: _s, ...rest }: any) => rest;

describe("JSON export and import", () => {
  it("round-trips CléA without loss: export → import → export gives the same document", async () => {
    const exported = await exportFile(cleaId, "JSON");
    expect(exported).toMatchObject({ filename: "clea-2018.json", mimeType: "application/json; charset=utf-8" });
    const doc = JSON.parse(exported.content);
    expect(doc).toMatchObject({ certification: "CLEA", version: "2018", status: "PUBLISHED" });
    expect(doc.notes.length).toBeGreaterThan(0);

    const r = await importFile({ format: "JSON", content: exported.content, version: "2018-json", label: "Copie JSON" });
    expect(r.errors).toBeUndefined();
    expect(r.data.importReferential).toMatchObject({ version: "2018-json", label: "Copie JSON", status: "DRAFT", criterionCount: 107 });
    const again = JSON.parse((await exportFile(r.data.importReferential.id, "JSON")).content);
    expect(again).toMatchObject({ version: "2018-json", label: "Copie JSON", status: "DRAFT" });
    expect(withoutIdentity(again)).toEqual(withoutIdentity(doc));
  });

  it("keeps thresholds and mandatory criteria", async () => {
    const doc = JSON.parse((await exportFile(cleaId, "JSON")).content);
    doc.domains[0].subDomains[1].thresholdPercent = 50;
    doc.domains[0].subDomains[1].mandatoryCriteria = ["D1.2.4", "D1.2.1"];
    const r = await importFile({ format: "JSON", content: JSON.stringify(doc), version: "seuils" });
    expect(r.errors).toBeUndefined();
    const back = JSON.parse((await exportFile(r.data.importReferential.id, "JSON")).content);
    expect(back.domains[0].subDomains[1]).toMatchObject({ code: "D1.2", thresholdPercent: 50, mandatoryCriteria: ["D1.2.1", "D1.2.4"] });
  });

  it("refuses an invalid document with every problem, and writes nothing", async () => {
    const doc = JSON.parse((await exportFile(cleaId, "JSON")).content);
    doc.domains[1].code = "D 2";
    doc.domains[2].title = "";
    doc.domains[0].subDomains[0].mandatoryCriteria = ["D7.1.1"];
    doc.domains[0].subDomains[0].thresholdPercent = 101;
    doc.domains[0].subDomains[1].criteria[1].code = "D1.2.1";
    doc.domains[3].colour = "bleu";
    const before = await fingerprint();
    const r = await importFile({ format: "JSON", content: JSON.stringify(doc) });
    expect(r.errors?.[0]?.extensions?.code).toBe("INVALID_IMPORT");
    expect(r.errors?.[0]?.message).toMatch(/erreur.*rien n'a été importé/);
    // Shape problems come first (unknown field); fix it and every rule problem is listed.
    expect(r.errors?.[0]?.extensions?.problems).toEqual([{ field: "domains.3", message: "Champ inconnu : colour." }]);
    delete doc.domains[3].colour;
    const r2 = await importFile({ format: "JSON", content: JSON.stringify(doc) });
    const fields = (r2.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "domains.1.code",
        "domains.2.title",
        "domains.0.subDomains.0.mandatoryCriteria",
        "domains.0.subDomains.0.thresholdPercent",
        "domains.0.subDomains.1.criteria.1.code",
      ]),
    );
    expect(await fingerprint()).toBe(before);
  });

  it("refuses unreadable JSON with its line, another certification's file, and a version that exists", async () => {
    const bad = await importFile({ format: "JSON", content: '{\n  "certification": "CLEA",\n  "domains": [,]\n}' });
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([
      { field: "content", line: 3, message: "Le fichier n'est pas un JSON valide (ligne 3)." },
    ]);
    const exported = (await exportFile(cleaId, "JSON")).content;
    const other = await importFile({ format: "JSON", content: exported, certificationCode: "CLEA_NUMERIQUE" });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_IMPORT", problems: [{ field: "certification" }] });
    const dup = await importFile({ format: "JSON", content: exported, version: "2018" });
    expect(dup.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});

describe("CSV export and import", () => {
  it("exports one row per criterion, in UTF-8 with a BOM and `;`, as Excel opens it in France", async () => {
    const file = await exportFile(cleaId, "CSV");
    expect(file).toMatchObject({ filename: "clea-2018.csv", mimeType: "text/csv; charset=utf-8" });
    expect(file.content.startsWith("\uFEFF" + REFERENTIAL_CSV_COLUMNS.join(";") + "\r\n")).toBe(true);
    const lines = file.content.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 107);
    expect(lines[1]).toBe(
      "D1;La communication en français;S'exprimer en français / Communiquer en français;;D1.1;Écouter et comprendre;;75;D1.1.1;Porter attention aux propos tenus;NON;",
    );
    // A domain without sub-domains still has its row.
    const numerique = (await ok(`{ certification(code: CLEA_NUMERIQUE) { currentReferential { id } } }`)).certification.currentReferential
      .id;
    expect((await exportFile(numerique, "CSV")).content.trimEnd().split("\r\n")).toHaveLength(1 + 4);
  });

  it("round-trips CléA without loss: export → import → export gives the same file and tree", async () => {
    const csv = (await exportFile(cleaId, "CSV")).content;
    const r = await importFile({ format: "CSV", content: csv, version: "2018-csv", label: "Copie CSV" });
    expect(r.errors).toBeUndefined();
    expect(r.data.importReferential).toMatchObject({ status: "DRAFT", criterionCount: 107 });
    expect((await exportFile(r.data.importReferential.id, "CSV")).content).toBe(csv);
    const original = JSON.parse((await exportFile(cleaId, "JSON")).content);
    const imported = JSON.parse((await exportFile(r.data.importReferential.id, "JSON")).content);
    expect(imported.domains).toEqual(original.domains);
  });

  it("reads `,` without a BOM, quoted values, mandatory criteria and a sub-domain without criteria", async () => {
    const content = [
      "domain_code,domain_title,subdomain_code,subdomain_title,subdomain_threshold_percent,criterion_code,criterion_title,criterion_mandatory",
      'D1,"Communiquer, écrire",D1.1,Écouter,60,D1.1.1,"Porter attention, écouter",oui',
      'D1,"Communiquer, écrire",D1.1,Écouter,60,D1.1.2,Poser une question,',
      'D1,"Communiquer, écrire",D1.2,,,,,',
      "D2,Calculer,,,,,,",
    ].join("\n");
    const r = await importFile({ format: "CSV", content, version: "virgules" });
    expect(r.errors).toBeUndefined();
    const doc = JSON.parse((await exportFile(r.data.importReferential.id, "JSON")).content);
    expect(doc.domains).toEqual([
      {
        code: "D1",
        title: "Communiquer, écrire",
        shortTitle: null,
        note: null,
        subDomains: [
          {
            code: "D1.1",
            title: "Écouter",
            note: null,
            thresholdPercent: 60,
            mandatoryCriteria: ["D1.1.1"],
            criteria: [
              { code: "D1.1.1", title: "Porter attention, écouter", note: null },
              { code: "D1.1.2", title: "Poser une question", note: null },
            ],
          },
          { code: "D1.2", title: null, note: null, thresholdPercent: 75, mandatoryCriteria: [], criteria: [] },
        ],
      },
      { code: "D2", title: "Calculer", shortTitle: null, note: null, subDomains: [] },
    ]);
  });

  it("refuses an invalid file with every faulty line, its column and a French message, and writes nothing", async () => {
    const header = "domain_code;domain_title;subdomain_code;subdomain_threshold_percent;criterion_code;criterion_title;criterion_mandatory";
    const content = [
      header, //                                                    line 1
      "D1;Communication;D1.1;75;D1.1.1;Écouter;NON", //              2 ok
      "X1;Calcul;X1.1;75;X1.1.1;Compter;NON", //                     3 bad domain code (and its children's)
      "D1;Communication;D1.1;75;D1.2.1;Ailleurs;NON", //             4 criterion not under its sub-domain
      "D1;Communication;D1.1;75;D1.1.1;Doublon;NON", //              5 duplicate code
      "D1;Communication;D1.1;75;D1.1.2;;NON", //                     6 missing title
      "D1;Communication;D1.3;150;D1.3.1;Seuil;NON", //               7 threshold not 0–100
      "D1;Communiquer;D1.1;75;D1.1.3;Titre du domaine;NON", //       8 domain title differs from line 2
      "D1;Communication;D1.1;75;D1.1.4;Obligatoire ?;peut-être", //  9 not OUI/NON
      "D2;Calcul;D2.1;75;D2.1.1;Compter;OUI", //                    10 ok
    ].join("\r\n");
    const before = await fingerprint();
    const r = await importFile({ format: "CSV", content });
    const error = r.errors?.[0];
    expect(error?.extensions?.code).toBe("INVALID_IMPORT");
    const problems = error?.extensions?.problems as { line: number; field: string; message: string }[];
    expect([...new Set(problems.map((p) => p.line))]).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const at = (line: number) => problems.filter((p) => p.line === line).map((p) => p.field);
    expect(at(3)).toEqual(expect.arrayContaining(["domain_code"]));
    expect(at(4)).toEqual(["criterion_code"]);
    expect(at(5)).toEqual(["criterion_code"]);
    expect(at(6)).toEqual(["criterion_title"]);
    expect(at(7)).toEqual(["subdomain_threshold_percent"]);
    expect(at(8)).toEqual(["domain_title"]);
    expect(at(9)).toEqual(["criterion_mandatory"]);
    expect(problems.find((p) => p.line === 5)?.message).toBe("Le code « D1.1.1 » est déjà utilisé dans cette version.");
    expect(problems.find((p) => p.line === 8)?.message).toMatch(/diffère de celui de la ligne 2/);
    expect(error?.message).toMatch(/^Le fichier comporte \d+ erreurs ; rien n'a été importé\.$/);
    expect(await fingerprint()).toBe(before);
  });

  it("names an unknown or missing column on line 1", async () => {
    const r = await importFile({ format: "CSV", content: "domain_code;titre;criterion_code\nD1;x;D1.1.1\n" });
    expect(r.errors?.[0]?.extensions?.problems).toEqual([
      { line: 1, field: "titre", message: expect.stringMatching(/^Colonne inconnue « titre »/) },
      { line: 1, field: "domain_title", message: "Colonne obligatoire manquante : « domain_title »." },
    ]);
  });
});
