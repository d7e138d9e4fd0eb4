/**
 * Sessions: the refresh token rotates, a reused one revokes its whole family, and sign-out,
 * deactivation, password change and role change stop the old access token at once (the next
 * request, not 15 minutes later).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { createUser, postGraphql, refreshCookieOf, signIn, TEST_PASSWORD } from "../../test/auth-fixtures.js";
import { createEstablishment, createNetwork, createOrganisation } from "../../test/organisation-fixtures.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const REFRESH = `mutation { refreshSession { accessToken expiresAt user { email } } }`;
/** A protected field: answers only to a valid, unrevoked session. */
const PROTECTED = `{ networks(first: 1) { totalCount } }`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function works(headers: Record<string, string>): Promise<boolean> {
  const res = await api.gql(PROTECTED, {}, headers);
  if (res.errors) expect(res.errors[0]!.extensions?.code).toBe("UNAUTHENTICATED");
  return !res.errors;
}

async function refresh(cookie: string | undefined) {
  const { body, res } = await postGraphql(api.baseUrl, REFRESH, {}, cookie ? { cookie } : {});
  return { body, cookie: refreshCookieOf(res), setCookie: res.headers.getSetCookie() };
}

describe("the refresh cookie", () => {
  it("is HttpOnly, SameSite=Strict, limited to /graphql, and not Secure outside production", async () => {
    const user = await createUser(api);
    const { setCookie } = await signIn(api, user.email);
    const cookie = setCookie.find((c) => c.startsWith("clea_refresh="))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/graphql/);
    expect(cookie).toMatch(/; Expires=/);
    expect(cookie).not.toMatch(/; Secure/);
    const [{ tokenHash }] = await api.ds.query(
      `SELECT rt."tokenHash" FROM refresh_token rt JOIN auth_session s ON s.id = rt."sessionId" WHERE s."userId" = $1`,
      [user.id],
    );
    expect(cookie).not.toContain(tokenHash); // only the hash is stored
  });
});

describe("refreshSession", () => {
  it("rotates the refresh token and returns a new access token", async () => {
    const user = await createUser(api);
    const session = await signIn(api, user.email);
    const first = await refresh(session.refreshCookie);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.refreshSession.user.email).toBe(user.email);
    expect(first.cookie).toBeDefined();
    expect(first.cookie).not.toBe(session.refreshCookie);
    expect(await works(bearer(first.body.data.refreshSession.accessToken))).toBe(true);
    const second = await refresh(first.cookie);
    expect(second.body.errors).toBeUndefined();
  });

  it("treats a reused refresh token as stolen: the whole family is revoked, its access tokens stop at once", async () => {
    const user = await createUser(api);
    const session = await signIn(api, user.email);
    const rotated = await refresh(session.refreshCookie);
    const legit = rotated.body.data.refreshSession.accessToken as string;
    expect(await works(bearer(legit))).toBe(true);

    const replay = await refresh(session.refreshCookie); // the old, already rotated token
    expect(replay.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(replay.setCookie.some((c) => c.startsWith("clea_refresh=;"))).toBe(true); // cleared

    expect((await refresh(rotated.cookie)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await works(bearer(legit))).toBe(false);
    expect(await works(session.headers)).toBe(false);
    const [{ revokedReason }] = await api.ds.query(`SELECT "revokedReason" FROM auth_session WHERE "userId" = $1`, [user.id]);
    expect(revokedReason).toBe("REUSE");
  });

  it("refuses without a cookie, with a forged one, and after the session's end", async () => {
    expect((await refresh(undefined)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await refresh("clea_refresh=forged")).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await refresh(`clea_refresh=${"A".repeat(43)}`)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const user = await createUser(api);
    const session = await signIn(api, user.email);
    await api.ds.query(`UPDATE refresh_token SET "expiresAt" = now() - interval '1 second'`);
    expect((await refresh(session.refreshCookie)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("what ends a session at once", () => {
  it("sign-out: the access token and the refresh token stop working, the cookie is cleared", async () => {
    const user = await createUser(api);
    const session = await signIn(api, user.email);
    expect(await works(session.headers)).toBe(true);
    const { body, res } = await postGraphql(api.baseUrl, `mutation { signOut }`, {}, session.headers);
    expect(body.data).toEqual({ signOut: true });
    expect(res.headers.getSetCookie().some((c) => c.startsWith("clea_refresh=;"))).toBe(true);
    expect(await works(session.headers)).toBe(false);
    expect((await refresh(session.refreshCookie)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("sign-out ends only that session, not the user's others", async () => {
    const user = await createUser(api);
    const laptop = await signIn(api, user.email);
    const phone = await signIn(api, user.email);
    await api.gql(`mutation { signOut }`, {}, laptop.headers);
    expect(await works(laptop.headers)).toBe(false);
    expect(await works(phone.headers)).toBe(true);
  });

  it("deactivation: every session of the account stops, and it cannot sign in", async () => {
    const user = await createUser(api, { grants: [{ role: "JURY" }] });
    const session = await signIn(api, user.email);
    const res = await api.gql(`mutation($id: ID!) { deactivateUser(id: $id) { status } }`, { id: user.id });
    expect(res.data).toEqual({ deactivateUser: { status: "DISABLED" } });
    expect(await works(session.headers)).toBe(false);
    expect((await refresh(session.refreshCookie)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await expect(signIn(api, user.email)).rejects.toThrow(/incorrect/);
    await api.gql(`mutation($id: ID!) { reactivateUser(id: $id) { status } }`, { id: user.id });
    await signIn(api, user.email);
  });

  it("password change: the user's other sessions stop; the current one goes on with the new token", async () => {
    const user = await createUser(api);
    const current = await signIn(api, user.email);
    const other = await signIn(api, user.email);
    const res = await api.gql(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }`,
      { c: TEST_PASSWORD, n: "cheval agrafe batterie correcte" },
      current.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(await works(other.headers)).toBe(false);
    expect((await refresh(other.refreshCookie)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await works(current.headers)).toBe(false); // issued before the change
    expect(await works(bearer(res.data.changePassword.accessToken))).toBe(true);
    expect((await refresh(current.refreshCookie)).body.errors).toBeUndefined();
  });

  it("role change: the old token stops at once; a refreshed one carries the new roles", async () => {
    const network = await createNetwork(api, "Réseau des sessions", "APP");
    const organisation = await createOrganisation(api, network.id, "Organisme des sessions");
    const establishment = await createEstablishment(api, organisation, { name: "Centre des sessions" });
    const user = await createUser(api, { grants: [{ role: "ADVISOR", networkId: network.id, establishmentId: establishment.id }] });
    const session = await signIn(api, user.email);
    expect(await works(session.headers)).toBe(true);
    const res = await api.gql(`mutation($id: ID!, $roles: [RoleGrantInput!]!) { setUserRoles(id: $id, roles: $roles) { id } }`, {
      id: user.id,
      roles: [{ role: "EVALUATOR", establishmentId: establishment.id }],
    });
    expect(res.errors).toBeUndefined();
    expect(await works(session.headers)).toBe(false);
    const renewed = await refresh(session.refreshCookie);
    const me = await api.gql(
      `{ me { roles { role establishment { name } network { name } } } }`,
      {},
      bearer(renewed.body.data.refreshSession.accessToken),
    );
    expect(me.data.me.roles).toEqual([
      { role: "EVALUATOR", establishment: { name: "Centre des sessions" }, network: { name: "Réseau des sessions" } },
    ]);
  });
});
