/**
 * One PostgreSQL per test run (the embedded one, or DATABASE_URL's server), with a template
 * database migrated once; each test file clones it (see helpers.ts), so files run in parallel
 * on databases of their own.
 */
import "reflect-metadata";
import type { TestProject } from "vitest/node";
import pg from "pg";
import { createDataSource } from "../app/data-source.js";
import { startEmbeddedPostgres } from "../core/db/embedded-postgres.js";

export const TEMPLATE_DB = "clea_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  const adminUrl = withDatabase(process.env.DATABASE_URL ?? embedded!.url, "postgres");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const ds = createDataSource(withDatabase(adminUrl, TEMPLATE_DB));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  project.provide("pgAdminUrl", adminUrl);
  return async () => {
    await embedded?.stop();
  };
}
