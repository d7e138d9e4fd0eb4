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
import { adminGrant, createUser, signIn, type TestUser } from "./auth-fixtures.js";

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
  /** The response's extensions (e.g. the operation's cost). */
  extensions?: Record<string, any>;
  status: number;
}

export interface TestApi extends TestDb {
  baseUrl: string;
  /**
   * Calls the API, by default as the file's ADMIN (see `as`); `headers` win over the default, so
   * `{ authorization: "" }` or another user's bearer header changes who calls.
   */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Calls the API with no credentials at all. */
  anonymousGql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** The ADMIN the default `gql` signs in as (undefined with `as: "anonymous"`). */
  admin?: TestUser & { headers: { authorization: string } };
  close(): Promise<void>;
}

export interface TestApiOptions {
  referentials?: boolean;
  /** Who `gql` calls as by default: a fresh ADMIN account (default), or nobody. */
  as?: "admin" | "anonymous";
}

/** The real HTTP API on a free port over a test database. */
export async function createTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const db = await createTestDb(options);
  const { apollo, listen } = await createApp({ ds: db.ds });
  const server = await listen(0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let admin: TestApi["admin"];
  if (options.as !== "anonymous") {
    const user = await createUser(db, { email: "admin@test.clea.fr", displayName: "Administrateur de test", grants: [adminGrant] });
    admin = { ...user, headers: (await signIn({ baseUrl }, user.email, user.password)).headers };
  }
  const post = async (query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) => {
    const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== "")); // "" = leave the header out
    const res = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...sent },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult;
    return { ...body, status: res.status };
  };
  return {
    ...db,
    baseUrl,
    admin,
    anonymousGql: (query, variables) => post(query, variables, {}),
    gql: (query, variables, headers = {}) => post(query, variables, { ...admin?.headers, ...headers }),
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await apollo.stop();
      await db.drop();
    },
  };
}
