/**
 * The shapes the test helpers hand out, in a file of their own so that helpers.ts and
 * auth-fixtures.ts, which use each other's, need not import each other (no import circle).
 */
import type { DataSource } from "typeorm";
import type { RequestContext } from "../core/context.js";

export interface TestDb {
  ds: DataSource;
  ctx: RequestContext;
  url: string;
  drop(): Promise<void>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
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
