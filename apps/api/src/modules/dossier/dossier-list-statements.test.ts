/**
 * A deep query over the dossiers list runs the same SQL statements for a page of 5 and a page of
 * 50: every relation is a request-scoped DataLoader (one statement per level of the query), never
 * one statement per row.
 */
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDossierData } from "../../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../../seed/generator/organisation-data.js";
import { actAs } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countStatements } from "../../test/organisation-fixtures.js";

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await generateOrganisationData(api.ctx, { scale: 0.2, seed: 11, today: "2026-06-15" });
  await generateDossierData(api.ctx, { seed: 11, dossiers: 200, today: "2026-06-15", years: 6 });
}, 180_000);
afterAll(() => api?.close());

const DEEP = `query($first: Int!, $after: String) {
  dossiers(first: $first, after: $after, orderBy: [{ field: STATE, direction: ASC }], filter: { preliminaryDate: { isNull: false } }) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id state windowEndsOn allowedActions
      candidate { pseudonym }
      certification { code } referential { version }
      establishment { name department { name } region { name } organisation { legalName } network { name } }
      network { name }
      lastEvaluation { kind heldOn evaluator { displayName } criterionResults { result criterion { code } } domainResults { domain { code } acquired validUntil } }
      evaluations { kind status }
      trainingPaths { status trainer { displayName } domains { domain { code } plannedHours } }
      domainStatuses { domain { code } acquired }
      history { action version actor { displayName } }
      fundingLines { funderType amount }
      certificate { number }
    } }
  }
}`;

/**
 * At most one statement per field of DEEP that reads the database (24 relations; `lastEvaluation`
 * shares `evaluations`' loader), plus sign-in, budget, page and count: 28, whatever the page size.
 */
const LOADING_FIELDS = 28;

/** Distinct statements, parameter lists and page limits folded: `IN ($1, $2)` and `IN ($1)` are the same statement. */
const shapes = (statements: string[]) =>
  [...new Set(statements.map((s) => s.replace(/IN \(\$\d+(, \$\d+)*\)/g, "IN (…)").replace(/LIMIT \d+/g, "LIMIT n")))].sort();

async function run(first: number, as = api.gql.bind(api)) {
  let rows = 0;
  const statements = await countStatements(api, async () => {
    const res = await as(DEEP, { first });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    rows = res.data.dossiers.edges.length;
  });
  return { statements, rows };
}

describe("a deep query over the dossiers list", () => {
  it("runs as many statements for a page of 50 as for a page of 5 (ADMIN and a network manager)", async () => {
    await run(1); // process-wide caches (signing keys, référentiel trees) are filled once, not per request
    const small = await run(5);
    const large = await run(50);
    expect(small.rows).toBe(5);
    expect(large.rows).toBe(50);
    // The same statements, each batched over the whole page. (A loader reached from two branches
    // of the query — people as evaluators, authors, trainers — may batch once or a few times
    // depending on when the branches resolve, hence a bound rather than an exact count.)
    expect(shapes(large.statements)).toEqual(shapes(small.statements));
    expect(small.statements.length).toBeLessThanOrEqual(LOADING_FIELDS);
    expect(large.statements.length).toBeLessThanOrEqual(LOADING_FIELDS);

    const [{ id: networkId }] = await api.ds.query(
      `SELECT "networkId" AS id FROM dossier GROUP BY "networkId" ORDER BY count(*) DESC LIMIT 1`,
    );
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId }]);
    const m5 = await run(5, manager.gql);
    const m50 = await run(
      Math.min(
        50,
        Number(
          (await api.ds.query(`SELECT count(*) AS n FROM dossier WHERE "networkId" = $1 AND "preliminaryDate" IS NOT NULL`, [networkId]))[0]
            .n,
        ),
      ),
      manager.gql,
    );
    expect(m50.rows).toBeGreaterThan(m5.rows);
    expect(shapes(m50.statements)).toEqual(shapes(m5.statements));
    expect(m50.statements.length).toBeLessThanOrEqual(LOADING_FIELDS);
  });
});
