import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@clea/schema";
import { generateDossierData } from "../../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../../seed/generator/organisation-data.js";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";

/**
 * Saved reports (ADR 0018): a stored GraphQL query, checked when saved, seen by its owner, its
 * network or everyone, changed by its owner only, and run by each caller within their own scope.
 */
const TODAY = "2026-06-15";

let api: TestApi;
let app: { id: string };
let greta: { id: string };
let managerApp: Actor;
let analystApp: Actor;
let centreApp: Actor;
let managerGreta: Actor;
let nationalAnalyst: Actor;

const q = (sql: string, params: unknown[] = []) => api.ds.query(sql, params);

const FIELDS = `id name description document variables visibility networkId ownerId canEdit`;
const CREATE = `mutation($input: CreateSavedReportInput!) { createSavedReport(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSavedReportInput!) { updateSavedReport(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteSavedReport(id: $id) }`;
const GET = `query($id: ID!) { savedReport(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: SavedReportFilter, $orderBy: [SavedReportOrder!], $first: Int, $after: String) {
  savedReports(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { node { id name visibility } } pageInfo { hasNextPage endCursor } } }`;
const RUN = `mutation($id: ID!, $variables: JSONObject) { runSavedReport(id: $id, variables: $variables) { data errors { message code } cost } }`;

/** Dossiers counted by network through the aggregate, plus the dossier list's total. */
const REPORT = `query Dossiers($g: [ReportDimension!]!) {
  aggregate(subject: DOSSIERS, groupBy: $g, measures: [COUNT]) { rows { keys { dimension value } values { measure value } } }
  dossiers(first: 1) { totalCount }
}`;

async function create(who: Actor, input: Record<string, unknown>) {
  const res = await who.gql(CREATE, { input: { document: REPORT, variables: { g: ["NETWORK"] }, visibility: "PRIVATE", ...input } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.createSavedReport as { id: string; ownerId: string; networkId: string | null; canEdit: boolean };
}

const countReports = async () => Number((await q(`SELECT count(*) AS n FROM saved_report`))[0].n);
const auditOf = (id: string) =>
  q(
    `SELECT action, "actorId", "changedFields", "networkId" FROM audit_event WHERE "entityType" = 'SavedReport' AND "entityId" = $1 ORDER BY "occurredAt", id`,
    [id],
  );

beforeAll(async () => {
  api = await createTestApi();
  await generateOrganisationData(api.ctx, { scale: 1, seed: 7, today: TODAY });
  await generateDossierData(api.ctx, { seed: 7, dossiers: 150, today: TODAY, years: 4 });
  [app] = await q(`SELECT id FROM network WHERE name = 'Réseau APP Demo'`);
  [greta] = await q(`SELECT id FROM network WHERE name = 'GRETA Demo'`);
  const [{ id: establishment }] = await q(
    `SELECT "establishmentId" AS id FROM dossier WHERE "networkId" = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [app.id],
  );
  managerApp = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: app.id }]);
  analystApp = await actAs(api, [{ role: Role.ANALYST, networkId: app.id }]);
  centreApp = await actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: app.id, establishmentId: establishment }]);
  managerGreta = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: greta.id }]);
  nationalAnalyst = await actAs(api, [{ role: Role.ANALYST }]);
}, 180_000);
afterAll(async () => {
  await api?.close();
});

describe("saving a report", () => {
  it("saves a valid aggregate query with its variables, owned by its author, and audits it", async () => {
    const r = await create(managerApp, { name: "  Dossiers par réseau ", description: "Compte des dossiers" });
    expect(r).toMatchObject({
      name: "Dossiers par réseau",
      description: "Compte des dossiers",
      document: REPORT,
      variables: { g: ["NETWORK"] },
      visibility: "PRIVATE",
      networkId: null,
      ownerId: managerApp.id,
      canEdit: true,
    });
    const [row] = await q(`SELECT name, "ownerId", variables FROM saved_report WHERE id = $1`, [r.id]);
    expect(row).toEqual({ name: "Dossiers par réseau", ownerId: managerApp.id, variables: { g: ["NETWORK"] } });
    expect(await auditOf(r.id)).toEqual([
      {
        action: "CREATE",
        actorId: managerApp.id,
        changedFields: ["description", "document", "name", "variables", "visibility"],
        networkId: null,
      },
    ]);
  });

  it("refuses invalid documents, listing every problem at once, and writes nothing", async () => {
    const before = await countReports();
    const cases: [string, RegExp][] = [
      ["query { dossiers { totalCount }", /n'est pas du GraphQL valide \(ligne 1, colonne \d+\)/],
      ['mutation { deleteSavedReport(id: "x") }', /Seules les requêtes \(query\).*mutation/],
      ["subscription { x }", /Seules les requêtes \(query\).*subscription/],
      ["query { dossiers { totalCount } nope }", /ne correspond pas au schéma de l'API : Cannot query field "nope"/],
      ["query A { apiVersion } query B { apiVersion }", /exactement une opération \(il en contient 2\)/],
    ];
    for (const [document, message] of cases) {
      const res = await managerApp.gql(CREATE, { input: { name: "", document, variables: { g: 1 }, visibility: "NETWORK" } });
      expect(res.errors?.[0]?.extensions?.code, document).toBe("BAD_USER_INPUT");
      const problems = res.errors![0]!.extensions!.problems as { field: string; message: string }[];
      expect(problems.map((p) => p.field).sort(), document).toEqual(["document", "name", "networkId"]);
      expect(problems.find((p) => p.field === "document")!.message, document).toMatch(message);
    }
    const tooLong = await managerApp.gql(CREATE, {
      input: { name: "x".repeat(121), document: REPORT, visibility: "PRIVATE", variables: { s: "v".repeat(20_001) } },
    });
    expect((tooLong.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field).sort()).toEqual(["name", "variables"]);
    expect(await countReports()).toBe(before);
  });

  it("shares with a network only one of the owner's networks", async () => {
    const res = await managerApp.gql(CREATE, {
      input: { name: "Chez les autres", document: REPORT, visibility: "NETWORK", networkId: greta.id },
    });
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      { field: "networkId", message: "Vous ne pouvez partager un rapport qu'avec un réseau où vous avez un rôle." },
    ]);
  });
});

describe("visibility", () => {
  let priv: { id: string };
  let network: { id: string };
  let pub: { id: string };
  beforeAll(async () => {
    priv = await create(managerApp, { name: "Zz privé" });
    network = await create(managerApp, { name: "Zz réseau", visibility: "NETWORK", networkId: app.id });
    pub = await create(managerApp, { name: "Zz public", visibility: "PUBLIC" });
  });

  const visible = async (who: Actor) => {
    const res = await who.gql(LIST, { filter: { search: { contains: "zz" } }, first: 100 });
    expect(res.errors).toBeUndefined();
    return (res.data.savedReports.edges as { node: { id: string } }[]).map((e) => e.node.id);
  };

  it("shows a private report to its owner only: others get NOT_FOUND", async () => {
    expect((await managerApp.gql(GET, { id: priv.id })).data.savedReport.id).toBe(priv.id);
    for (const other of [analystApp, managerGreta, centreApp]) {
      const res = await other.gql(GET, { id: priv.id });
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect((await other.gql(RUN, { id: priv.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("names its author to everyone who sees it, analysts included (the account stays theirs)", async () => {
    const res = await nationalAnalyst.gql(`query($id: ID!) { savedReport(id: $id) { owner { id displayName } } }`, { id: pub.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.savedReport.owner).toEqual({ id: managerApp.id, displayName: expect.any(String) });
    const [{ displayName }] = await q(`SELECT "displayName" FROM app_user WHERE id = $1`, [managerApp.id]);
    expect(res.data.savedReport.owner.displayName).toBe(displayName);
    expect(
      (await nationalAnalyst.gql(`query($id: ID!) { user(id: $id) { email } }`, { id: managerApp.id })).errors?.[0]?.extensions?.code,
    ).toBeDefined();
  });

  it("shows a network report to the users of that network, not to another network", async () => {
    expect(await visible(analystApp)).toEqual(expect.arrayContaining([network.id, pub.id]));
    expect(await visible(centreApp)).toEqual(expect.arrayContaining([network.id, pub.id]));
    expect(await visible(analystApp)).not.toContain(priv.id);
    expect(await visible(managerGreta)).toEqual([pub.id]);
    expect((await managerGreta.gql(GET, { id: network.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("shows a public report to every signed-in user, and lists by the filter", async () => {
    expect(await visible(nationalAnalyst)).toEqual([pub.id]);
    expect((await api.anonymousGql(GET, { id: pub.id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const mine = await managerApp.gql(LIST, { filter: { ownerId: { eq: managerApp.id }, visibility: { eq: "NETWORK" } } });
    expect(mine.data.savedReports.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([network.id]);
    const notMine = await analystApp.gql(LIST, { filter: { ownerId: { ne: analystApp.id }, search: { contains: "zz" } } });
    expect(notMine.data.savedReports.totalCount).toBe(2);
    const page = await managerApp.gql(LIST, { filter: { search: { contains: "ZZ" } }, first: 2 });
    expect(page.data.savedReports).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = await managerApp.gql(LIST, {
      filter: { search: { contains: "zz" } },
      first: 2,
      after: page.data.savedReports.pageInfo.endCursor,
    });
    expect(next.data.savedReports.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["Zz réseau"]);
  });

  it("combines or/not and the shared network, sorts by creation and pages through it", async () => {
    const ids = async (who: Actor, variables: Record<string, unknown>) =>
      ((await who.gql(LIST, variables)).data.savedReports.edges as { node: { id: string } }[]).map((e) => e.node.id);
    const zz = { search: { contains: "zz" } };
    expect(
      await ids(managerApp, { filter: { ...zz, or: [{ visibility: { eq: "PUBLIC" } }, { network: { kind: { eq: "APP" } } }] } }),
    ).toEqual([pub.id, network.id]);
    expect(await ids(managerApp, { filter: { ...zz, not: { visibility: { eq: "PRIVATE" } } } })).toEqual([pub.id, network.id]);
    const byCreation = { filter: zz, orderBy: [{ field: "CREATED_AT", direction: "DESC" }], first: 2 };
    const first = await managerApp.gql(LIST, byCreation);
    const next = await managerApp.gql(LIST, { ...byCreation, after: first.data.savedReports.pageInfo.endCursor });
    expect([...first.data.savedReports.edges, ...next.data.savedReports.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([
      pub.id,
      network.id,
      priv.id,
    ]);
    // Another network's manager asks for the private and network reports by id: still only the public one.
    expect(await ids(managerGreta, { filter: { id: { in: [priv.id, network.id, pub.id] } } })).toEqual([pub.id]);
  });

  it("lets only the owner or an ADMIN change or delete a report", async () => {
    for (const other of [analystApp, centreApp]) {
      const res = await other.gql(UPDATE, { id: network.id, input: { name: "Pris" } });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await other.gql(DELETE, { id: network.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await analystApp.gql(GET, { id: network.id })).data.savedReport.canEdit).toBe(false);
    expect((await q(`SELECT name FROM saved_report WHERE id = $1`, [network.id]))[0].name).toBe("Zz réseau");

    const own = await managerApp.gql(UPDATE, { id: priv.id, input: { name: "Zz privé renommé", visibility: "PUBLIC" } });
    expect(own.data.updateSavedReport).toMatchObject({ name: "Zz privé renommé", visibility: "PUBLIC", networkId: null });
    const bad = await managerApp.gql(UPDATE, { id: priv.id, input: { document: "mutation { signOut }" } });
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([
      { field: "document", message: "Seules les requêtes (query) s'enregistrent : « mutation » est refusé." },
    ]);
    const byAdmin = await api.gql(UPDATE, { id: network.id, input: { visibility: "PRIVATE" } });
    expect(byAdmin.data.updateSavedReport).toMatchObject({ visibility: "PRIVATE", networkId: null, ownerId: managerApp.id });
    expect((await api.gql(DELETE, { id: pub.id })).data.deleteSavedReport).toBe(true);
    expect((await managerApp.gql(GET, { id: pub.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    expect((await auditOf(priv.id)).map((e: { action: string; changedFields: string[] }) => [e.action, e.changedFields])).toEqual([
      ["CREATE", ["document", "name", "variables", "visibility"]],
      ["UPDATE", ["name", "visibility"]],
    ]);
    expect((await auditOf(network.id)).map((e: { action: string; actorId: string }) => [e.action, e.actorId])).toEqual([
      ["CREATE", managerApp.id],
      ["UPDATE", api.admin!.id],
    ]);
    expect((await auditOf(pub.id)).map((e: { action: string }) => e.action)).toEqual(["CREATE", "DELETE"]);
  });
});

describe("running a report", () => {
  const dossiersIn = async (networkId: string) =>
    Number((await q(`SELECT count(*) AS n FROM dossier WHERE "networkId" = $1`, [networkId]))[0].n);

  it("gives each caller the figures of their own scope, and audits each run", async () => {
    const report = await create(managerApp, { name: "Dossiers partagés", visibility: "PUBLIC" });
    const appCount = await dossiersIn(app.id);
    const gretaCount = await dossiersIn(greta.id);
    expect(appCount).toBeGreaterThan(0);
    expect(gretaCount).toBeGreaterThan(0);

    for (const [who, networkId, count] of [
      [managerApp, app.id, appCount],
      [managerGreta, greta.id, gretaCount],
    ] as const) {
      const res = await who.gql(RUN, { id: report.id });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const run = res.data.runSavedReport;
      expect(run.errors).toEqual([]);
      expect(run.cost).toBeGreaterThan(0);
      expect(run.data.dossiers.totalCount).toBe(count);
      expect(run.data.aggregate.rows).toEqual([
        { keys: [{ dimension: "NETWORK", value: networkId }], values: [{ measure: "COUNT", value: count }] },
      ]);
    }
    const admin = await api.gql(RUN, { id: report.id });
    expect(admin.data.runSavedReport.data.dossiers.totalCount).toBe(Number((await q(`SELECT count(*) AS n FROM dossier`))[0].n));

    const runs = (await auditOf(report.id)).filter((e: { action: string }) => e.action === "RUN_REPORT");
    expect(runs.map((e: { actorId: string }) => e.actorId)).toEqual([managerApp.id, managerGreta.id, api.admin!.id]);
  });

  it("lets variables given at run time override the saved ones", async () => {
    const report = await create(managerApp, { name: "Par état", visibility: "PRIVATE" });
    const res = await managerApp.gql(RUN, { id: report.id, variables: { g: ["STATE"] } });
    const rows = res.data.runSavedReport.data.aggregate.rows as { keys: { dimension: string }[]; values: { value: number }[] }[];
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.keys[0]!.dimension))).toEqual(new Set(["STATE"]));
    expect(rows.reduce((s, r) => s + r.values[0]!.value, 0)).toBe(await dossiersIn(app.id));
  });

  it("reports the errors of a run with their codes instead of failing", async () => {
    const report = await create(managerApp, { name: "Sans variables", variables: null, visibility: "PRIVATE" });
    const res = await managerApp.gql(RUN, { id: report.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.runSavedReport.data).toBeNull();
    expect(res.data.runSavedReport.errors).toEqual([{ message: expect.stringContaining("$g"), code: "BAD_USER_INPUT" }]);
  });

  it("charges the caller's own query budget with the report's cost", async () => {
    const report = await create(managerGreta, { name: "Budget", visibility: "PRIVATE" });
    // A bucket of 1,000 tokens that cannot refill during the test (updated "in the future").
    await q(`UPDATE query_budget SET tokens = 1000, "updatedAt" = now() + interval '1 hour' WHERE "userId" = $1`, [managerGreta.id]);
    const res = await managerGreta.gql(RUN, { id: report.id });
    const cost = res.data.runSavedReport.cost as number;
    expect(cost).toBeGreaterThan(10);
    const outer = (res.extensions as { cost: { requested: number } }).cost.requested;
    const [{ tokens }] = await q(`SELECT tokens FROM query_budget WHERE "userId" = $1`, [managerGreta.id]);
    expect(1000 - Number(tokens)).toBe(outer + cost);

    await q(`UPDATE query_budget SET tokens = $2, "updatedAt" = now() + interval '1 hour' WHERE "userId" = $1`, [
      managerGreta.id,
      outer + cost - 1,
    ]);
    const refused = await managerGreta.gql(RUN, { id: report.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe("QUERY_BUDGET_EXHAUSTED");
    expect((await auditOf(report.id)).map((e: { action: string }) => e.action)).toEqual(["CREATE", "RUN_REPORT"]);
  });

  it("serves personal data to those allowed only, and records what they read", async () => {
    const doc = `query { candidates(first: 3) { edges { node { id pseudonym lastName } } } }`;
    const report = await create(managerApp, {
      name: "Identités",
      document: doc,
      variables: null,
      visibility: "NETWORK",
      networkId: app.id,
    });
    const byAnalyst = (await analystApp.gql(RUN, { id: report.id })).data.runSavedReport;
    const nodes = byAnalyst.data.candidates.edges.map((e: { node: { pseudonym: string; lastName: string | null } }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: { pseudonym: string; lastName: string | null }) => n.pseudonym && n.lastName === null)).toBe(true);
    expect(byAnalyst.errors.length).toBe(nodes.length);
    expect(new Set(byAnalyst.errors.map((e: { code: string }) => e.code))).toEqual(new Set(["FORBIDDEN"]));

    const byCentre = (await centreApp.gql(RUN, { id: report.id })).data.runSavedReport;
    const seen = byCentre.data.candidates.edges.map((e: { node: { id: string; lastName: string | null } }) => e.node);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n: { lastName: string | null }) => typeof n.lastName === "string")).toBe(true);
    const reads = await q(`SELECT "entityId" FROM audit_event WHERE action = 'READ_PERSONAL_DATA' AND "actorId" = $1`, [centreApp.id]);
    expect(reads.map((r: { entityId: string }) => r.entityId).sort()).toEqual(seen.map((n: { id: string }) => n.id).sort());
  });
});
