/**
 * Sign-in: one answer for a wrong password and an unknown email (same words, same work), the
 * per-account and per-address throttles kept in PostgreSQL (core/rate-limit.ts), one password field per operation,
 * and the password policy applied before any hashing.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { passwordMessages } from "@clea/schema";
import { CURRENT_HASH_PREFIX, passwordHasher } from "../../core/auth/password-hasher.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { createUser, postGraphql, SIGN_IN, signIn, TEST_PASSWORD, uniqueEmail } from "../../test/auth-fixtures.js";
import { THROTTLE } from "./sign-in-throttle.js";
import { INVALID_CREDENTIALS } from "./auth.service.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});
// Every test starts with no counted attempt (they all come from 127.0.0.1).
beforeEach(async () => {
  await api.ds.query(`DELETE FROM rate_limit WHERE key LIKE 'sign-in-%'`);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const attempt = (email: string, password: string) => api.anonymousGql(SIGN_IN, { email, password });
/** Time passes: the accounts' locks (and windows) end; how many times each was locked is remembered. */
const endLocks = () => api.ds.query(`UPDATE rate_limit SET expire = $1 WHERE key LIKE 'sign-in-account:%'`, [Date.now() - 1000]);

describe("signIn", () => {
  it("signs in with the right password, whatever the case of the email, and returns the user with its roles", async () => {
    const user = await createUser(api, { email: uniqueEmail("camille"), displayName: "Camille Martin", grants: [{ role: "JURY" }] });
    const { body, res } = await postGraphql(api.baseUrl, SIGN_IN, { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(body.errors).toBeUndefined();
    expect(body.data.signIn.user).toEqual({
      id: user.id,
      email: user.email,
      displayName: "Camille Martin",
      roles: [{ role: "JURY", networkId: null, establishmentId: null }],
    });
    expect(new Date(body.data.signIn.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(new Date(body.data.signIn.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("clea_refresh="))).toBe(true);
    const me = await api.gql(`{ me { email } }`, {}, { authorization: `Bearer ${body.data.signIn.accessToken}` });
    expect(me.data.me.email).toBe(user.email);
    const [{ lastSignInAt }] = await api.ds.query(`SELECT "lastSignInAt" FROM app_user WHERE id = $1`, [user.id]);
    expect(lastSignInAt).not.toBeNull();
  });

  it("stores argon2id hashes with 19 MiB, 2 passes, 1 lane", async () => {
    const user = await createUser(api);
    const [{ passwordHash }] = await api.ds.query(`SELECT "passwordHash" FROM app_user WHERE id = $1`, [user.id]);
    expect(passwordHash.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
    expect(CURRENT_HASH_PREFIX).toBe("$argon2id$v=19$m=19456,t=2,p=1$");
  });

  it("gives a wrong password and an unknown email the same answer, after the same hashing work", async () => {
    const user = await createUser(api);
    const verify = vi.spyOn(passwordHasher, "verify");
    const wrong = await attempt(user.email, "not the right password");
    expect(verify).toHaveBeenCalledTimes(1);
    const unknown = await attempt(uniqueEmail("nobody"), "not the right password");
    expect(verify).toHaveBeenCalledTimes(2); // a dummy hash is verified for the unknown email
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.message).toBe(INVALID_CREDENTIALS);
      expect(res.errors![0]!.extensions).toEqual(wrong.errors![0]!.extensions);
    }
    expect(INVALID_CREDENTIALS).toBe("Adresse e-mail ou mot de passe incorrect.");
  });

  it("answers the same for a deactivated account and for an invited account with no password yet", async () => {
    const disabled = await createUser(api, { status: "DISABLED" });
    const invited = await createUser(api, { password: null });
    expect((await attempt(disabled.email, TEST_PASSWORD)).errors?.[0]?.message).toBe(INVALID_CREDENTIALS);
    expect((await attempt(invited.email, "")).errors?.[0]?.message).toBe(INVALID_CREDENTIALS);
  });

  it("refuses a password longer than the policy allows without hashing it", async () => {
    const user = await createUser(api);
    const verify = vi.spyOn(passwordHasher, "verify");
    const hash = vi.spyOn(passwordHasher, "hash");
    const res = await attempt(user.email, "x".repeat(500_000));
    expect(res.errors?.[0]?.message).toBe(INVALID_CREDENTIALS);
    expect(verify).not.toHaveBeenCalled();
    expect(hash).not.toHaveBeenCalled();
  });
});

describe("audit trail", () => {
  it("records every sign-in success and failure, never the password nor the email typed", async () => {
    const user = await createUser(api);
    await attempt(user.email, "un mauvais essai secret");
    await attempt("inconnu.total@exemple.fr", "un autre essai secret");
    await signIn(api, user.email);
    const events = await api.ds.query(`SELECT * FROM audit_event WHERE action IN ('SIGN_IN', 'SIGN_IN_FAILED') ORDER BY "occurredAt"`);
    const mine = events.filter((e: any) => e.entityId === user.id || e.entityId === null);
    expect(mine.map((e: any) => [e.action, e.entityId, e.actorId])).toEqual(
      expect.arrayContaining([
        ["SIGN_IN_FAILED", user.id, null],
        ["SIGN_IN_FAILED", null, null],
        ["SIGN_IN", user.id, user.id],
      ]),
    );
    const text = JSON.stringify(events);
    for (const secret of ["un mauvais essai secret", "un autre essai secret", TEST_PASSWORD, "inconnu.total"])
      expect(text).not.toContain(secret);
  });
});

describe("throttling", () => {
  it(`locks an account after ${THROTTLE.account.maxFailures} failures: even the right password is refused until the lock ends`, async () => {
    const user = await createUser(api);
    for (let i = 0; i < THROTTLE.account.maxFailures; i++)
      expect((await attempt(user.email, `mauvais mot de passe ${i}`)).errors?.[0]?.message).toBe(INVALID_CREDENTIALS);
    const locked = await attempt(user.email, TEST_PASSWORD);
    expect(locked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(locked.errors?.[0]?.message).toBe("Trop de tentatives de connexion. Réessayez dans 15 minutes.");
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.data).toBeNull();

    // The lock ends (time passes): the right password works again and the account starts afresh.
    await endLocks();
    await signIn(api, user.email);
  });

  it("locks longer each time an account is locked again", async () => {
    const user = await createUser(api);
    const lockMinutes = async () => {
      for (let i = 0; i < THROTTLE.account.maxFailures; i++) await attempt(user.email, "mauvais mot de passe");
      const res = await attempt(user.email, TEST_PASSWORD);
      return Math.round(res.errors![0]!.extensions!.retryAfterSeconds / 60);
    };
    expect(await lockMinutes()).toBe(15);
    await endLocks();
    expect(await lockMinutes()).toBe(30);
  });

  it("locks an unknown email exactly like a real account, so a lock reveals nothing", async () => {
    const email = uniqueEmail("ghost");
    for (let i = 0; i < THROTTLE.account.maxFailures; i++) await attempt(email, "mauvais mot de passe");
    expect((await attempt(email, "mauvais mot de passe")).errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it(`refuses every sign-in from an address after ${THROTTLE.ip.maxFailures} failures, on any account`, async () => {
    for (let i = 0; i < THROTTLE.ip.maxFailures; i++) await attempt(uniqueEmail("spray"), "Printemps2026!");
    const user = await createUser(api);
    const res = await attempt(user.email, TEST_PASSWORD);
    expect(res.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    const rows = await api.ds.query(`SELECT key FROM rate_limit WHERE key LIKE 'sign-in-ip:%' AND points > $1 AND expire > $2`, [
      THROTTLE.ip.maxFailures,
      Date.now(),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].key).not.toContain("127.0.0.1"); // the table keeps a hash, not the address
  });

  it("counts attempts before checking the password: a burst of parallel guesses gets no more tries than the limit", async () => {
    const user = await createUser(api);
    const verify = vi.spyOn(passwordHasher, "verify");
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(user.email, `essai parallèle ${i}`)));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(12 - THROTTLE.account.maxFailures);
    expect(verify).toHaveBeenCalledTimes(THROTTLE.account.maxFailures);
  });
});

describe("one password field per operation", () => {
  it("refuses two signIn in one operation, aliases and fragments included, before checking any password", async () => {
    const user = await createUser(api);
    const verify = vi.spyOn(passwordHasher, "verify");
    const operations = [
      `mutation { a: signIn(email: "${user.email}", password: "essai numéro un") { accessToken } b: signIn(email: "${user.email}", password: "${TEST_PASSWORD}") { accessToken } }`,
      `mutation { ...F signIn(email: "${user.email}", password: "${TEST_PASSWORD}") { accessToken } } fragment F on Mutation { second: signIn(email: "${user.email}", password: "autre essai") { accessToken } }`,
      `mutation { signIn(email: "${user.email}", password: "${TEST_PASSWORD}") { accessToken } acceptInvitation(token: "x", password: "y") { accessToken } }`,
    ];
    for (const query of operations) {
      const res = await api.anonymousGql(query);
      expect(res.errors?.length, query).toBeGreaterThan(0);
      expect(
        res.errors!.every((e) => e.extensions?.code === "BAD_USER_INPUT" && /une seule/.test(e.message)),
        JSON.stringify(res.errors),
      ).toBe(true);
      expect(JSON.stringify(res.data ?? {})).not.toContain('accessToken":"');
    }
    expect(verify).not.toHaveBeenCalled();
  });
});

describe("password policy on changePassword", () => {
  const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }`;

  it("refuses a short password, the user's own email, a common password, and a huge one without hashing", async () => {
    const user = await createUser(api, { email: uniqueEmail("dominique.leroy") });
    const { headers } = await signIn(api, user.email);
    const hash = vi.spyOn(passwordHasher, "hash");
    const verify = vi.spyOn(passwordHasher, "verify");
    const cases: [string, string][] = [
      ["court", passwordMessages.tooShort],
      [user.email.toUpperCase(), passwordMessages.email],
      [`${user.email.split("@")[0]}!2026`, passwordMessages.email],
      ["azertyuiop123", passwordMessages.common],
      ["Motdepasse2026!", passwordMessages.common],
      ["x".repeat(257), passwordMessages.tooLong],
      ["é".repeat(400_000), passwordMessages.tooLong], // 800 kB: under the 1 MB body limit
    ];
    for (const [password, message] of cases) {
      const res = await api.gql(CHANGE, { c: TEST_PASSWORD, n: password }, headers);
      expect(res.errors?.[0]?.extensions?.code, password.slice(0, 20)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.problems).toEqual([{ field: "newPassword", message }]);
    }
    expect(hash).not.toHaveBeenCalled();
    expect(verify).not.toHaveBeenCalled();
  });

  it("refuses a wrong current password, counting it as a failed attempt", async () => {
    const user = await createUser(api);
    const { headers } = await signIn(api, user.email);
    const res = await api.gql(CHANGE, { c: "pas le mot de passe actuel", n: "une toute nouvelle phrase secrète" }, headers);
    expect(res.errors?.[0]?.extensions?.problems).toEqual([{ field: "currentPassword", message: "Le mot de passe actuel est incorrect." }]);
    const [{ points }] = await api.ds.query(`SELECT points FROM rate_limit WHERE key LIKE 'sign-in-account:%'`);
    expect(points).toBe(1);
  });

  it("sets the new password: the old one stops working, the new one signs in", async () => {
    const user = await createUser(api);
    const { headers } = await signIn(api, user.email);
    const res = await api.gql(CHANGE, { c: TEST_PASSWORD, n: "une toute nouvelle phrase secrète" }, headers);
    expect(res.errors).toBeUndefined();
    expect((await attempt(user.email, TEST_PASSWORD)).errors?.[0]?.message).toBe(INVALID_CREDENTIALS);
    await signIn(api, user.email, "une toute nouvelle phrase secrète");
  });
});
