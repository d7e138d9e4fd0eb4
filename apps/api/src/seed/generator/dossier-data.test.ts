import { deriveOutcomes, outcomeRulesOf, type CriterionResultValue } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/helpers.js";
import { readDocument } from "../../modules/referential/referential.document.js";
import { Referential } from "../../modules/referential/referential.entity.js";
import { generateDossierData, type DossierCounts } from "./dossier-data.js";
import { generateOrganisationData } from "./organisation-data.js";

const TODAY = "2026-06-15";
let db: TestDb;
let counts: DossierCounts;

beforeAll(async () => {
  db = await createTestDb();
  await generateOrganisationData(db.ctx, { scale: 1, seed: 7, today: TODAY });
  counts = await generateDossierData(db.ctx, { seed: 7, dossiers: 600, today: TODAY, years: 7 });
}, 120_000);
afterAll(async () => {
  await db?.drop();
});

const q = (sql: string, params: unknown[] = []) => db.ds.query(sql, params);

describe("generateDossierData", () => {
  it("creates dossiers in every state of the process, about a quarter straight to the jury", async () => {
    expect(counts.dossiers).toBe(600);
    const states = Object.keys(counts.byState);
    for (const s of ["OPENED", "PRELIMINARY_PLANNED", "IN_TRAINING", "CERTIFIED", "WITHDRAWN", "EXPIRED"]) expect(states, s).toContain(s);
    expect(counts.directToJuryRate).toBeGreaterThan(0.18);
    expect(counts.directToJuryRate).toBeLessThan(0.35);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM dossier`);
    expect(n).toBe(600);
  });

  it("trains most others on one to three domains", async () => {
    const rows: { missing: number; n: number }[] = await q(`
      SELECT m.missing, count(*)::int AS n FROM (
        SELECT e.id, count(*) FILTER (WHERE NOT dr.acquired)::int AS missing
          FROM evaluation e JOIN domain_result dr ON dr."evaluationId" = e.id
         WHERE e.kind = 'PRELIMINARY' AND e.status = 'DONE' GROUP BY e.id) m
      WHERE m.missing > 0 GROUP BY m.missing`);
    const total = rows.reduce((a, r) => a + r.n, 0);
    const oneToThree = rows.filter((r) => r.missing >= 1 && r.missing <= 3).reduce((a, r) => a + r.n, 0);
    expect(oneToThree / total).toBeGreaterThan(0.6);
  });

  it("keeps every rule of the process: stored outcomes match the derivation, finales only on missing domains, evaluator never the trainer", async () => {
    const referential = await db.ds
      .getRepository(Referential)
      .findOneByOrFail({ id: (await q(`SELECT "referentialId" AS id FROM dossier LIMIT 1`))[0].id });
    const rules = outcomeRulesOf(await readDocument(db.ds.manager, referential));
    const sample: { id: string; domainCodes: string[] | null }[] = await q(
      `SELECT id, "domainCodes" FROM evaluation WHERE status = 'DONE' ORDER BY id LIMIT 40`,
    );
    for (const e of sample) {
      const results: { code: string; acquired: boolean }[] = await q(
        `SELECT c.code, cr.acquired FROM criterion_result cr JOIN criterion c ON c.id = cr."criterionId" WHERE cr."evaluationId" = $1`,
        [e.id],
      );
      const byCode = Object.fromEntries(results.map((r) => [r.code, (r.acquired ? "ACQUIRED" : "NOT_ACQUIRED") as CriterionResultValue]));
      const derived = deriveOutcomes(rules, byCode, e.domainCodes ?? undefined);
      const stored: { code: string; acquired: boolean }[] = await q(
        `SELECT d.code, dr.acquired FROM domain_result dr JOIN domain d ON d.id = dr."domainId" WHERE dr."evaluationId" = $1 ORDER BY d.position`,
        [e.id],
      );
      expect(stored).toEqual(derived.map((d) => ({ code: d.code, acquired: d.acquired === true })));
    }
    const [finalOnAcquired] = await q(`
      SELECT count(*)::int AS n FROM evaluation f
        JOIN evaluation p ON p."dossierId" = f."dossierId" AND p.kind = 'PRELIMINARY'
        JOIN domain_result dr ON dr."evaluationId" = p.id AND dr.acquired
        JOIN domain d ON d.id = dr."domainId"
       WHERE f.kind = 'FINAL' AND d.code = ANY(f."domainCodes")`);
    expect(finalOnAcquired.n).toBe(0);
    const [sameperson] = await q(`
      SELECT count(*)::int AS n FROM evaluation e JOIN training_path tp ON tp."dossierId" = e."dossierId" WHERE e.kind = 'FINAL' AND tp."trainerId" = e."evaluatorId"`);
    expect(sameperson.n).toBe(0);
  });

  it("certifies only dossiers whose every domain is acquired and valid on the jury date, each with one certificate", async () => {
    const [bad] = await q(`
      SELECT count(*)::int AS n FROM certificate c
       WHERE EXISTS (
         SELECT 1 FROM dossier d JOIN domain dom ON dom."referentialId" = d."referentialId"
          WHERE d.id = c."dossierId" AND NOT EXISTS (
            SELECT 1 FROM domain_result dr JOIN evaluation e ON e.id = dr."evaluationId"
             WHERE e."dossierId" = d.id AND dr."domainId" = dom.id AND dr.acquired AND dr."validUntil" >= c."issuedOn"))`);
    expect(bad.n).toBe(0);
    const [{ certified }] = await q(`SELECT count(*)::int AS certified FROM dossier WHERE state = 'CERTIFIED'`);
    expect(counts.certificates).toBe(certified);
  });

  it("writes a history consistent with each dossier: its version is its number of events, its state the last one", async () => {
    const [bad] = await q(`
      SELECT count(*)::int AS n FROM dossier d
       WHERE d.version <> (SELECT count(*) FROM dossier_event ev WHERE ev."dossierId" = d.id)
          OR d.state <> (SELECT ev."toState" FROM dossier_event ev WHERE ev."dossierId" = d.id ORDER BY ev.version DESC LIMIT 1)`);
    expect(bad.n).toBe(0);
    const [expiredEarly] = await q(`SELECT count(*)::int AS n FROM dossier WHERE state = 'EXPIRED' AND "windowEndsOn" >= $1`, [TODAY]);
    expect(expiredEarly.n).toBe(0);
  });
});
