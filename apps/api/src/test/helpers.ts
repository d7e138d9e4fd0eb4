import "reflect-metadata";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { inject } from "vitest";
import type { DataSource } from "typeorm";
import { RequestContext } from "../core/context.js";
import { createDataSource } from "../core/db/data-source.js";
import { createApp } from "../core/server.js";
import { ensureReferentials } from "../seed/referentials.js";

const TEMPLATE_DB = "clea_test_template";

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export interface TestDb {
  ds: DataSource;
  ctx: RequestContext;
  url: string;
  drop(): Promise<void>;
}

/** A database of its own for a test file, cloned from the migrated template. */
export async function createTestDb(options: { referentials?: boolean } = {}): Promise<TestDb> {
  const adminUrl = inject("pgAdminUrl");
  const name = `clea_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const ds = createDataSource(url);
  await ds.initialize();
  const ctx = new RequestContext(ds);
  if (options.referentials !== false) await ensureReferentials(ctx);
  return {
    ds,
    ctx,
    url,
    async drop() {
      await ds.destroy();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  status: number;
}

export interface TestApi extends TestDb {
  baseUrl: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** The real HTTP API on a free port over a test database. */
export async function createTestApi(options: { referentials?: boolean } = {}): Promise<TestApi> {
  const db = await createTestDb(options);
  const { apollo, listen } = await createApp({ ds: db.ds });
  const server = await listen(0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...db,
    baseUrl,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResult;
      return { ...body, status: res.status };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await apollo.stop();
      await db.drop();
    },
  };
}
