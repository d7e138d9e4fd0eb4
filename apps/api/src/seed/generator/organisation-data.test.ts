import {
  departmentOfPostalCode,
  effectiveHabilitationStatus,
  findDepartment,
  HabilitationStatus,
  postalCodeProblem,
  regions,
  sirenProblem,
  siretProblem,
} from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestContext } from "../../core/context.js";
import { createTestApi, createTestDb, type TestApi, type TestDb } from "../../test/helpers.js";
import { loadDemoDataIfEmpty } from "../demo.js";
import { DEMO_NETWORKS, generateOrganisationData } from "./organisation-data.js";

const TODAY = "2026-06-15";

/** Everything a user could tell apart, in a stable order (ids are random and left out). */
async function snapshot(db: TestDb) {
  return {
    networks: await db.ds.query(`SELECT name, kind FROM network ORDER BY name`),
    organisations: await db.ds.query(
      `SELECT o.siren, o."legalName", o."trainingDeclarationNumber", o."qualiopiValidUntil"::text, n.name AS network
       FROM organisation o JOIN network n ON n.id = o."networkId" ORDER BY o.siren`,
    ),
    establishments: await db.ds.query(
      `SELECT siret, name, "addressLine", "postalCode", city, "departmentCode", "regionCode", status FROM establishment ORDER BY siret`,
    ),
    habilitations: await db.ds.query(
      `SELECT e.siret, c.code, h.role, h."storedStatus", h."startDate"::text, h."endDate"::text, h."decisionReference"
       FROM habilitation h JOIN establishment e ON e.id = h."establishmentId" JOIN certification c ON c.id = h."certificationId"
       ORDER BY e.siret, c.code, h.role`,
    ),
  };
}

describe("generateOrganisationData", () => {
  let a: TestDb;
  let b: TestDb;
  let c: TestDb;
  beforeAll(async () => {
    [a, b, c] = await Promise.all([createTestDb(), createTestDb(), createTestDb()]);
    await generateOrganisationData(a.ctx, { scale: 1, seed: 7, today: TODAY });
    await generateOrganisationData(b.ctx, { scale: 1, seed: 7, today: TODAY });
    await generateOrganisationData(c.ctx, { scale: 1, seed: 8, today: TODAY });
  });
  afterAll(async () => {
    await Promise.all([a, b, c].map((db) => db?.drop()));
  });

  it("gives the same data for the same seed, and other data for another seed", async () => {
    const first = await snapshot(a);
    expect(await snapshot(b)).toEqual(first);
    const other = await snapshot(c);
    expect(other.establishments.map((e: any) => e.siret)).not.toEqual(first.establishments.map((e: any) => e.siret));
  });

  it("makes scale 1 about 4 networks, 15 organisations and 50 establishments, with the two demo networks", async () => {
    const { networks, organisations, establishments } = await snapshot(a);
    expect(networks).toHaveLength(4);
    expect(networks.map((n: any) => n.name)).toEqual(expect.arrayContaining(DEMO_NETWORKS.map((n) => n.name)));
    expect(organisations).toHaveLength(15);
    expect(establishments.length).toBeGreaterThanOrEqual(30);
    expect(establishments.length).toBeLessThanOrEqual(80);
  });

  it("makes identifiers and addresses that pass the shared validators", async () => {
    const { organisations } = await snapshot(a);
    for (const o of organisations) {
      expect(sirenProblem(o.siren)).toBeNull();
      if (o.trainingDeclarationNumber) expect(o.trainingDeclarationNumber).toMatch(/^\d{11}$/);
    }
    const rows: any[] = await a.ds.query(
      `SELECT e.siret, o.siren, e."postalCode", e."departmentCode", e."regionCode", e."networkId" = o."networkId" AS "sameNetwork"
       FROM establishment e JOIN organisation o ON o.id = e."organisationId"`,
    );
    for (const r of rows) {
      expect(siretProblem(r.siret, r.siren), r.siret).toBeNull();
      expect(postalCodeProblem(r.postalCode, r.departmentCode), r.postalCode).toBeNull();
      expect(departmentOfPostalCode(r.postalCode)?.code).toBe(r.departmentCode);
      expect(findDepartment(r.departmentCode)?.regionCode).toBe(r.regionCode);
      expect(r.sameNetwork).toBe(true);
    }
  });

  it("spreads establishments over the French regions", async () => {
    const { establishments } = await snapshot(a);
    const covered = new Set(establishments.map((e: any) => e.regionCode));
    expect(covered.size).toBeGreaterThanOrEqual(12);
    for (const code of covered) expect(regions.map((r) => r.code)).toContain(code);
  });

  it("has habilitations for the three certifications in every status, expired ones included", async () => {
    const { habilitations, organisations } = await snapshot(a);
    const statuses = new Set(habilitations.map((h: any) => effectiveHabilitationStatus(h.storedStatus, h.endDate, TODAY)));
    expect([...statuses].sort()).toEqual(Object.values(HabilitationStatus).sort());
    expect(new Set(habilitations.map((h: any) => h.code))).toEqual(new Set(["CLEA", "CLEA_NUMERIQUE", "CLEA_MANAGEMENT"]));
    for (const h of habilitations) if (h.startDate && h.endDate) expect(h.endDate >= h.startDate).toBe(true);
    const pastQualiopi = organisations.filter((o: any) => o.qualiopiValidUntil && o.qualiopiValidUntil < TODAY);
    expect(pastQualiopi.length).toBeGreaterThan(0);
  });

  it("adds to a database that already has data instead of failing, reusing the demo networks", async () => {
    const before = await snapshot(a);
    const counts = await generateOrganisationData(a.ctx, { scale: 1, seed: 7, today: TODAY });
    const after = await snapshot(a);
    expect(counts.networks).toBe(2);
    expect(after.networks).toHaveLength(before.networks.length + 2);
    expect(after.organisations).toHaveLength(before.organisations.length + 15);
    expect(new Set(after.establishments.map((e: any) => e.siret)).size).toBe(after.establishments.length);
  });

  it("generates scale 10 in a few seconds", async () => {
    const db = await createTestDb();
    try {
      const started = Date.now();
      const counts = await generateOrganisationData(new RequestContext(db.ds), { scale: 10, seed: 1, today: TODAY });
      expect(counts.organisations).toBe(150);
      expect(counts.establishments).toBeGreaterThan(300);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await db.drop();
    }
  });
});

describe("loadDemoDataIfEmpty", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("loads the demo once, and the platform then shows it", async () => {
    await loadDemoDataIfEmpty(api.ctx);
    const count = async () => (await api.ds.query(`SELECT count(*)::int AS n FROM establishment`))[0].n;
    const loaded = await count();
    expect(loaded).toBeGreaterThan(0);
    await loadDemoDataIfEmpty(api.ctx);
    expect(await count()).toBe(loaded);

    const res = await api.gql(`{ networks(filter: { search: { contains: "Demo" } }) { edges { node { name organisationCount } } }
      habilitations(filter: { status: { eq: EXPIRED } }, first: 1) { totalCount edges { node { status allowedActions } } }
      establishments(filter: { habilitations: { certificationCode: { eq: CLEA }, status: { eq: GRANTED } } }) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.networks.edges.map((e: any) => e.node.name).sort()).toEqual(["GRETA Demo", "Réseau APP Demo"]);
    expect(res.data.networks.edges.every((e: any) => e.node.organisationCount > 0)).toBe(true);
    expect(res.data.habilitations.totalCount).toBeGreaterThan(0);
    expect(res.data.habilitations.edges[0].node).toEqual({ status: "EXPIRED", allowedActions: ["RENEW"] });
    expect(res.data.establishments.totalCount).toBeGreaterThan(0);
  });
});
