import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type Tier } from "./embedded-postgres.js";

async function query(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), "clea-pgtest-"));
  dirs.push(d);
  return d;
}

describe("embedded PostgreSQL", () => {
  it("keeps data across a stop and a start in a persistent data folder", async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "CREATE TABLE kept (v text)");
    await query(first.url, "INSERT INTO kept VALUES ('survit au redémarrage')");
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: "survit au redémarrage" }]);
    } finally {
      await second.stop();
    }
  });

  it("takes over from a server left running by a killed run instead of failing to start", async () => {
    const dataDir = tempDir();
    const orphan = await startEmbeddedPostgres({ dataDir, tier: "system" });
    await query(orphan.url, "CREATE TABLE t (v int)");
    await query(orphan.url, "INSERT INTO t VALUES (42)");
    // The orphan is never stopped: as if its node process had been SIGKILLed.
    const next = await startEmbeddedPostgres({ dataDir, tier: "system" });
    try {
      expect(await query(next.url, "SELECT v FROM t")).toEqual([{ v: 42 }]);
      await expect(query(orphan.url, "SELECT 1")).rejects.toThrow();
    } finally {
      await next.stop();
    }
  });

  it.runIf(process.getuid?.() === 0)(
    "falls back to PGlite, still persistent, when the data folder sits under a folder the postgres user cannot enter",
    async () => {
      // e.g. a checkout under /root (mode 0700): PostgreSQL may not run as root, and its own
      // user cannot reach the folder.
      const dataDir = join(tempDir(), "private", "data");
      const first = await startEmbeddedPostgres({ dataDir });
      expect(first.tier).toBe("pglite");
      await query(first.url, "CREATE TABLE kept (v int)");
      await query(first.url, "INSERT INTO kept VALUES (7)");
      await first.stop();
      const second = await startEmbeddedPostgres({ dataDir });
      try {
        expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: 7 }]);
      } finally {
        await second.stop();
      }
    },
    60_000,
  );

  it.each<Tier>(["system", "npm", "pglite"])(
    "starts, answers and stops with the %s tier",
    async (tier) => {
      const db = await startEmbeddedPostgres({ tier });
      try {
        expect(db.tier).toBe(tier);
        const [row] = await query(db.url, "SELECT 1 + 1 AS two, gen_random_uuid() IS NOT NULL AS uuid");
        expect(row).toEqual({ two: 2, uuid: true });
      } finally {
        await db.stop();
      }
    },
    60_000,
  );
});
