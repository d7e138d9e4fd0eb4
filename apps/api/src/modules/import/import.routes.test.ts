import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { actAs } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countRows, createNetwork, createOrganisation, siretOf } from "../../test/organisation-fixtures.js";
import { ESTABLISHMENT_IMPORT_COLUMNS } from "./import.columns.js";

/** The upload route, over real HTTP: same caller, same rules and same report as the mutation. */
const HEADERS = ESTABLISHMENT_IMPORT_COLUMNS.map((c) => c.header);
const csv = (rows: string[][]) => "\uFEFF" + [HEADERS, ...rows].map((r) => r.join(";")).join("\r\n") + "\r\n";
const JOB = `query($id: ID!) { importJob(id: $id) { id kind status processed total errorCode errorMessage report { created lineCount } } }`;

let api: TestApi;
let network: { id: string };
let org: { id: string; siren: string };

beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau dépôt");
  org = await createOrganisation(api, network.id, "Organisme dépôt");
});
afterAll(() => api?.close());

function upload(kind: string, body: string | Buffer, query: Record<string, string>, headers: Record<string, string> = api.admin!.headers) {
  return fetch(`${api.baseUrl}/imports/${kind}?${new URLSearchParams({ networkId: network.id, ...query })}`, {
    method: "POST",
    headers: { "content-type": "text/csv", ...headers },
    body,
  });
}

const json = (res: Response): Promise<any> => res.json();
const line = (nic: number, name = `Centre ${nic}`) => [org.siren, siretOf(org.siren, nic), name, "1 rue A", "35000", "Rennes", "35"];

describe("POST /imports/establishments", () => {
  it("refuses an anonymous caller (401 UNAUTHENTICATED) and an expired token alike, writing nothing", async () => {
    const before = await countRows(api, "establishment");
    const anonymous = await upload("establishments", csv([line(1)]), { dryRun: "false" }, {});
    expect(anonymous.status).toBe(401);
    expect((await json(anonymous)).errors[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: /connecté/ });
    const forged = await upload("establishments", csv([line(1)]), { dryRun: "false" }, { authorization: "Bearer not-a-token" });
    expect(forged.status).toBe(401);
    expect((await json(forged)).errors[0].message).toMatch(/session a expiré/);
    expect(await countRows(api, "establishment")).toBe(before);
  });

  it("refuses a body that is not a CSV or XLSX file (415) and a missing dryRun (400)", async () => {
    const wrongType = await upload(
      "establishments",
      "{}",
      { dryRun: "true" },
      { ...api.admin!.headers, "content-type": "application/json" },
    );
    expect(wrongType.status).toBe(415);
    expect((await json(wrongType)).errors[0].extensions.code).toBe("INVALID_IMPORT");
    const noDryRun = await upload("establishments", csv([line(1)]), {});
    expect(noDryRun.status).toBe(400);
    expect((await json(noDryRun)).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "dryRun" });
  });

  it("a dry run answers the report with every faulty line and writes nothing", async () => {
    const before = {
      e: await countRows(api, "establishment"),
      a: await countRows(api, "audit_event"),
      j: await countRows(api, "import_job"),
    };
    const bad = [...line(2)];
    bad[5] = "";
    const res = await upload("establishments", csv([line(1), bad]), { dryRun: "true", filename: "etab.csv", jobId: randomUUID() });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(await json(res)).toEqual({
      dryRun: true,
      lineCount: 2,
      created: 0,
      usersInvited: 0,
      valid: false,
      problems: [{ line: 3, field: "city", column: "Ville", message: "La ville est obligatoire." }],
    });
    expect({
      e: await countRows(api, "establishment"),
      a: await countRows(api, "audit_event"),
      j: await countRows(api, "import_job"),
    }).toEqual(before);
  });

  it("a real import with a faulty line is refused (422 INVALID_IMPORT, the same problems); its job says FAILED", async () => {
    const before = await countRows(api, "establishment");
    const jobId = randomUUID();
    const bad = [...line(4)];
    bad[6] = "99";
    const res = await upload("establishments", csv([line(3), bad]), { dryRun: "false", jobId });
    expect(res.status).toBe(422);
    expect((await json(res)).errors[0]).toMatchObject({
      message: /1 erreur ; rien n'a été importé/,
      extensions: { code: "INVALID_IMPORT", problems: [{ line: 3, field: "departmentCode" }] },
    });
    expect(await countRows(api, "establishment")).toBe(before);
    const job = (await api.gql(JOB, { id: jobId })).data.importJob;
    expect(job).toMatchObject({ status: "FAILED", processed: 0, errorCode: "INVALID_IMPORT", report: null });
  });

  it("imports a valid file over 1 MB (beyond the GraphQL body limit) in one go, its progress readable while it runs", async () => {
    const long = (n: number) => `Centre de formation ${n} `.padEnd(200, "x");
    const rows = Array.from({ length: 2500 }, (_, i) => {
      const r = line(1000 + i, long(i));
      r[3] = `${i} avenue `.padEnd(200, "y");
      return r;
    });
    const body = Buffer.from(csv(rows), "utf8");
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const before = await countRows(api, "establishment");
    const jobId = randomUUID();

    const seen: { status: string; processed: number; total: number }[] = [];
    let done = false;
    const polling = (async () => {
      while (!done) {
        const res = await api.gql(JOB, { id: jobId });
        if (res.data?.importJob) seen.push(res.data.importJob);
        await new Promise((r) => setTimeout(r, 30));
      }
    })();
    const res = await upload("establishments", body, { dryRun: "false", jobId, filename: "gros.csv" });
    done = true;
    await polling;

    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ dryRun: false, lineCount: 2500, created: 2500, valid: true, problems: [], jobId });
    expect(await countRows(api, "establishment")).toBe(before + 2500);
    // Progress came from outside the transaction: some polls saw it part-way.
    expect(seen.some((s) => s.status === "RUNNING" && s.total === 2500 && s.processed > 0 && s.processed < 2500)).toBe(true);
    const job = (await api.gql(JOB, { id: jobId })).data.importJob;
    expect(job).toMatchObject({
      kind: "ESTABLISHMENTS",
      status: "SUCCEEDED",
      processed: 2500,
      total: 2500,
      report: { created: 2500, lineCount: 2500 },
    });
  }, 60_000);

  it("refuses a body over 5 MB (413) before reading it all", async () => {
    const res = await upload("establishments", Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), { dryRun: "true" });
    expect(res.status).toBe(413);
    expect((await json(res)).errors[0]).toMatchObject({ extensions: { code: "INVALID_IMPORT" }, message: /dépasse 5 Mo/ });
  });

  it("is scoped like the mutation: another network's manager gets NOT_FOUND and cannot read the job", async () => {
    const other = await createNetwork(api, "Autre réseau dépôt");
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.id }]);
    const jobId = randomUUID();
    const res = await upload("establishments", csv([line(9000)]), { dryRun: "false", jobId }, manager.headers);
    expect(res.status).toBe(404);
    expect((await json(res)).errors[0].extensions.code).toBe("NOT_FOUND");
    expect(await api.ds.query(`SELECT id FROM import_job WHERE id = $1`, [jobId])).toEqual([]);
    const analyst = await actAs(api, [{ role: Role.ANALYST, networkId: network.id }]);
    const forbidden = await upload("establishments", csv([line(9000)]), { dryRun: "true" }, analyst.headers);
    expect(forbidden.status).toBe(403);

    const mine = randomUUID();
    expect((await upload("establishments", csv([line(9001)]), { dryRun: "false", jobId: mine })).status).toBe(200);
    expect((await manager.gql(JOB, { id: mine })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // A job id is used once.
    const again = await upload("establishments", csv([line(9002)]), { dryRun: "false", jobId: mine });
    expect(again.status).toBe(409);
  });

  it("POST /imports/staff reads a staff file with the same report", async () => {
    const staff = "E-mail;Nom;Prénom;SIRET de l'établissement;Fonction;Date de début\r\na@exemple.fr;A;B;12345678200010;Évaluateur;\r\n";
    const res = await upload("staff", staff, { dryRun: "true" });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      dryRun: true,
      lineCount: 1,
      valid: false,
      problems: [{ line: 2, field: "siret", column: "SIRET de l'établissement" }],
    });
  });

  it("an unknown kind is NOT_FOUND", async () => {
    const res = await upload("candidates", csv([line(1)]), { dryRun: "true" });
    expect(res.status).toBe(404);
  });
});
