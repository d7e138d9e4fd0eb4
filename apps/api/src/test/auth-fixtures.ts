/**
 * Accounts for tests: create a user with given grants straight in the database, then sign in
 * through the real API, so any test can act as any role.
 */
import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { Role } from "@clea/schema";
import { passwordHasher } from "../core/auth/password-hasher.js";
import type { RoleGrant } from "../core/auth/principal.js";
import type { GqlResult, TestApi, TestUser } from "./types.js";

export type { TestUser } from "./types.js";

/** Passes the policy; shared by test accounts (hashing it once per account is fast enough). */
export const TEST_PASSWORD = "Mot de passe de test 2026";

export interface CreateUserOptions {
  email?: string;
  displayName?: string;
  /** null: an invited account that has not chosen a password yet. */
  password?: string | null;
  grants?: Partial<RoleGrant>[];
  status?: "ACTIVE" | "DISABLED";
}

export const uniqueEmail = (prefix = "user") => `${prefix}-${randomBytes(5).toString("hex")}@test.clea.fr`;

/** A user with its role assignments, written directly (no API call, no rights check). */
export async function createUser(db: { ds: DataSource }, options: CreateUserOptions = {}): Promise<TestUser> {
  const email = (options.email ?? uniqueEmail()).toLowerCase();
  const password = options.password === undefined ? TEST_PASSWORD : options.password;
  const passwordHash = password === null ? null : await passwordHasher.hash(password);
  const rows: { id: string }[] = await db.ds.query(
    `INSERT INTO app_user (email, "displayName", status, "passwordHash") VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, options.displayName ?? email.split("@")[0], options.status ?? "ACTIVE", passwordHash],
  );
  const id = rows[0]!.id;
  for (const g of options.grants ?? []) {
    await db.ds.query(`INSERT INTO role_assignment ("userId", role, "networkId", "establishmentId") VALUES ($1, $2, $3, $4)`, [
      id,
      g.role,
      g.networkId ?? null,
      g.establishmentId ?? null,
    ]);
  }
  return { id, email, password: password ?? "" };
}

export interface SignedIn {
  accessToken: string;
  /** `{ authorization: "Bearer …" }`, ready to pass as headers. */
  headers: { authorization: string };
  /** The `clea_refresh=…` pair to send back as a Cookie header. */
  refreshCookie: string | undefined;
  /** The raw Set-Cookie header of the response. */
  setCookie: string[];
}

/** Raw POST to /graphql, returning the body and the response (for its Set-Cookie). */
export async function postGraphql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ body: GqlResult; res: Response }> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: { ...((await res.json()) as GqlResult), status: res.status }, res };
}

export function refreshCookieOf(res: Response): string | undefined {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("clea_refresh="));
  const pair = cookie?.split(";")[0];
  return pair && pair !== "clea_refresh=" ? pair : undefined;
}

export const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken expiresAt user { id email displayName roles { role networkId establishmentId } } }
}`;

/** Signs in through the real API; throws with the API's answer when it refuses. */
export async function signIn(api: { baseUrl: string }, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const { body, res } = await postGraphql(api.baseUrl, SIGN_IN, { email, password });
  const token = body.data?.signIn?.accessToken as string | undefined;
  if (!token) throw new Error(`sign-in of ${email} refused: ${JSON.stringify(body.errors)}`);
  return {
    accessToken: token,
    headers: { authorization: `Bearer ${token}` },
    refreshCookie: refreshCookieOf(res),
    setCookie: res.headers.getSetCookie(),
  };
}

export interface Actor extends TestUser, SignedIn {
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
}

/** A new signed-in user holding `grants`: `actor.gql(...)` calls the API as them. */
export async function actAs(api: TestApi, grants: Partial<RoleGrant>[], options: Omit<CreateUserOptions, "grants"> = {}): Promise<Actor> {
  const user = await createUser(api, { ...options, grants });
  const session = await signIn(api, user.email, user.password);
  return { ...user, ...session, gql: (query, variables) => api.gql(query, variables, session.headers) };
}

export const adminGrant: Partial<RoleGrant> = { role: Role.ADMIN };
