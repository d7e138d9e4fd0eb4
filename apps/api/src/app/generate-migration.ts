/**
 * `pnpm migration:generate <Name>`: starts a throw-away PostgreSQL, applies the existing
 * migrations, asks TypeORM what the entities still need, and writes that as a new migration in
 * src/db/migrations (listed in its index). Prints "no changes" when entities and migrations agree.
 * With `--check` it writes nothing and exits 1 when they drift (CI).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "../core/config.js";
import { startEmbeddedPostgres } from "../core/db/embedded-postgres.js";
import { createDataSource } from "./data-source.js";

const check = process.argv.includes("--check");
const name = (process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "Schema").replace(/[^A-Za-z0-9]/g, "");
const pg = await startEmbeddedPostgres();
const ds = createDataSource(pg.url);
try {
  await ds.initialize();
  await ds.runMigrations();
  const log = await ds.driver.createSchemaBuilder().log();
  if (log.upQueries.length === 0) {
    console.log("no changes: entities and migrations agree");
  } else if (check) {
    console.error("entities and migrations drift; run `pnpm migration:generate <Name>`. Missing statements:");
    for (const q of log.upQueries) console.error(`  ${q.query}`);
    process.exitCode = 1;
  } else {
    const stamp = Date.now();
    const className = `${name}${stamp}`;
    const q = (s: string) => "`" + s.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
    const up = log.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join("\n");
    const down = [...log.downQueries]
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join("\n");
    const dir = resolve(repoRoot, "apps/api/src/db/migrations");
    const file = `${stamp}-${name}`;
    writeFileSync(
      resolve(dir, `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class ${className} implements MigrationInterface {\n  name = "${className}";\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const indexPath = resolve(dir, "index.ts");
    let index = readFileSync(indexPath, "utf8");
    index = `import { ${className} } from "./${file}.js";\n` + index;
    index = index.replace(/export const migrations: Function\[\] = \[([^\]]*)\];/, (_m, list: string) => {
      const items = list
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      items.push(className);
      return `export const migrations: Function[] = [${items.join(", ")}];`;
    });
    writeFileSync(indexPath, index);
    console.log(`wrote src/db/migrations/${file}.ts (${log.upQueries.length} statements)`);
  }
} finally {
  if (ds.isInitialized) await ds.destroy();
  await pg.stop();
}
