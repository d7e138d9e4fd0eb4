import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/helpers.js";
import { pendingSchemaChanges } from "./data-source.js";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ referentials: false });
});
afterAll(() => db.drop());

describe("migrations", () => {
  it("create exactly the schema the entities describe (run `pnpm migration:generate <Name>` after changing an entity)", async () => {
    expect(await pendingSchemaChanges(db.ds)).toEqual([]);
  });

  it("index every foreign key", async () => {
    const unindexed = await db.ds.query(`
      SELECT c.conrelid::regclass::text AS "table", c.conname AS "constraint"
      FROM pg_constraint c
      WHERE c.contype = 'f'
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey::int2[]
        )`);
    expect(unindexed).toEqual([]);
  });

  it("leave nothing pending for /readyz", async () => {
    expect(await db.ds.showMigrations()).toBe(false);
  });
});
