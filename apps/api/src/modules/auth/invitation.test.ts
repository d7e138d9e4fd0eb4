/**
 * Invitations: a one-time link valid 7 days, shown once to whoever invites; accepting it sets the
 * first password (under the policy) and signs in; it works once, not after its expiry, and a new
 * link replaces the previous one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordMessages } from "@clea/schema";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { postGraphql, refreshCookieOf, signIn } from "../../test/auth-fixtures.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { link expiresAt user { id email displayName status invitationPending roles { role } } } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken user { email roles { role } } } }`;
const GOOD_PASSWORD = "une phrase de passe assez longue";

let seq = 0;
async function invite(email = `invite-${++seq}@exemple.fr`) {
  const res = await api.gql(INVITE, { i: { email, displayName: `Personne ${seq}`, roles: [{ role: "JURY" }] } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.inviteUser as { link: string; expiresAt: string; user: { id: string; email: string; invitationPending: boolean } };
}
const tokenOf = (link: string) => link.replace("/invitation/", "");
const accept = (token: string, password = GOOD_PASSWORD) => postGraphql(api.baseUrl, ACCEPT, { t: token, p: password });

describe("inviteUser", () => {
  it("creates the account without a password and returns a one-time link valid 7 days", async () => {
    const invitation = await invite("  Nouvelle.Personne@Exemple.FR ");
    expect(invitation.link).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);
    const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(invitation.user).toMatchObject({
      email: "nouvelle.personne@exemple.fr",
      status: "ACTIVE",
      invitationPending: true,
      roles: [{ role: "JURY" }],
    });
    const [{ tokenHash }] = await api.ds.query(`SELECT "tokenHash" FROM invitation WHERE "userId" = $1`, [invitation.user.id]);
    expect(invitation.link).not.toContain(tokenHash);
    await expect(signIn(api, "nouvelle.personne@exemple.fr", "")).rejects.toThrow(/incorrect/);
  });

  it("refuses an email already used, whatever its case, with CONFLICT", async () => {
    await invite("doublon@exemple.fr");
    const res = await api.gql(INVITE, { i: { email: "DOUBLON@exemple.fr", displayName: "Autre", roles: [{ role: "JURY" }] } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "email" });
  });

  it("refuses a bad email, an empty name and no role, all at once", async () => {
    const res = await api.gql(INVITE, { i: { email: "pas-une-adresse", displayName: "  ", roles: [] } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const fields = (res.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toContain("email");
  });
});

describe("acceptInvitation", () => {
  it("sets the password under the policy, signs in, and works only once", async () => {
    const invitation = await invite();
    const weak = await accept(tokenOf(invitation.link), "motdepasse123");
    expect(weak.body.errors?.[0]?.extensions?.problems).toEqual([{ field: "password", message: passwordMessages.common }]);
    const own = await accept(tokenOf(invitation.link), `${invitation.user.email}-2026`);
    expect(own.body.errors?.[0]?.extensions?.problems).toEqual([{ field: "password", message: passwordMessages.email }]);

    const ok = await accept(tokenOf(invitation.link));
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.acceptInvitation.user).toEqual({ email: invitation.user.email, roles: [{ role: "JURY" }] });
    expect(refreshCookieOf(ok.res)).toBeDefined();
    await signIn(api, invitation.user.email, GOOD_PASSWORD);

    const again = await accept(tokenOf(invitation.link), "un autre mot de passe très long");
    expect(again.body.errors?.[0]?.extensions?.problems?.[0]?.field).toBe("token");
    await signIn(api, invitation.user.email, GOOD_PASSWORD); // unchanged
  });

  it("refuses an expired link", async () => {
    const invitation = await invite();
    await api.ds.query(`UPDATE invitation SET "expiresAt" = now() - interval '1 second' WHERE "userId" = $1`, [invitation.user.id]);
    const res = await accept(tokenOf(invitation.link));
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toMatch(/n'est pas valable ou a expiré/);
  });

  it("refuses an unknown or malformed token the same way", async () => {
    for (const token of ["A".repeat(43), "x", "../../etc"]) {
      const res = await accept(token);
      expect(res.body.errors?.[0]?.extensions?.problems?.[0]?.field).toBe("token");
    }
  });

  it("a new link replaces the previous one; a deactivated account's link no longer works", async () => {
    const invitation = await invite();
    const resent = await api.gql(`mutation($id: ID!) { resendInvitation(id: $id) { link } }`, { id: invitation.user.id });
    const newLink = resent.data.resendInvitation.link as string;
    expect(newLink).not.toBe(invitation.link);
    expect((await accept(tokenOf(invitation.link))).body.errors?.[0]?.extensions?.problems?.[0]?.field).toBe("token");

    await api.gql(`mutation($id: ID!) { deactivateUser(id: $id) { status } }`, { id: invitation.user.id });
    expect((await accept(tokenOf(newLink))).body.errors?.[0]?.extensions?.problems?.[0]?.field).toBe("token");
  });

  it("refuses to resend an invitation already accepted", async () => {
    const invitation = await invite();
    await accept(tokenOf(invitation.link));
    const res = await api.gql(`mutation($id: ID!) { resendInvitation(id: $id) { link } }`, { id: invitation.user.id });
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
