import "reflect-metadata";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { inject } from "vitest";
import { RequestContext } from "../core/context.js";
import { createApp, createDataSource } from "../app/index.js";
import { ensureReferentials } from "../seed/referentials.js";
import { adminGrant, createUser, signIn } from "./auth-fixtures.js";
import type { GqlResult, TestApi, TestDb } from "./types.js";

export type { GqlResult, TestApi, TestDb } from "./types.js";

const TEMPLATE_DB = "clea_test_template";

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
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
