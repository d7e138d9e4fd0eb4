import { describe, expect, it, vi } from "vitest";
import {
  createSession,
  fetchTransport,
  REFRESH_MUTATION,
  SIGN_IN_MUTATION,
  SIGN_OUT_MUTATION,
  SessionError,
  type GraphqlResponse,
  type SignInPayload,
  type Transport,
} from "./session.ts";

const NOW = Date.parse("2026-03-12T10:00:00Z");
const user = {
  id: "u1",
  email: "admin@demo.clea.fr",
  displayName: "Admin",
  roles: [{ role: "ADMIN" as const, networkId: null, establishmentId: null }],
};
const payload = (token: string, minutes = 15): SignInPayload => ({
  accessToken: token,
  expiresAt: new Date(NOW + minutes * 60_000).toISOString(),
  user,
});
const unauthenticated: GraphqlResponse = { errors: [{ message: "Vous devez être connecté.", extensions: { code: "UNAUTHENTICATED" } }] };

/** A session on a scripted transport, a fixed clock and captured timers. */
function setup(
  answers: Record<string, (vars: Record<string, unknown>, token: string | null) => GraphqlResponse | Promise<GraphqlResponse>>,
) {
  const calls: { query: string; variables: Record<string, unknown>; token: string | null }[] = [];
  const transport: Transport = vi.fn(async (query, variables, token) => {
    calls.push({ query, variables, token });
    const key = Object.keys(answers).find((k) => query.includes(k));
    if (!key) throw new Error(`unexpected ${query}`);
    return answers[key]!(variables, token);
  });
  let now = NOW;
  const timers: { fn: () => void; ms: number }[] = [];
  const session = createSession({
    transport,
    now: () => now,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => undefined,
  });
  return { session, calls, timers, advance: (ms: number) => (now += ms) };
}

describe("session", () => {
  it("signs in, keeps the access token in memory only, and sends it", async () => {
    localStorage.clear();
    sessionStorage.clear();
    const { session, calls } = setup({ "signIn(": () => ({ data: { signIn: payload("tok-1") } }) });
    const u = await session.signIn("admin@demo.clea.fr", "un mot de passe assez long");
    expect(u.displayName).toBe("Admin");
    expect(session.state.status).toBe("signedIn");
    expect(calls[0]).toMatchObject({
      query: SIGN_IN_MUTATION,
      variables: { email: "admin@demo.clea.fr", password: "un mot de passe assez long" },
      token: null,
    });
    expect(await session.token()).toBe("tok-1");
    // Nothing in the web storages, and the token is not part of the reactive state.
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(JSON.stringify(session.state)).not.toContain("tok-1");
    expect(document.cookie).not.toContain("tok-1");
  });

  it("gives the API's message and code when the sign-in is refused (RATE_LIMITED carries its retry time)", async () => {
    const { session } = setup({
      "signIn(": () => ({
        errors: [
          {
            message: "Trop de tentatives de connexion. Réessayez dans 5 minutes.",
            extensions: { code: "RATE_LIMITED", retryAfterSeconds: 300, retryAt: "2026-03-12T10:05:00.000Z" },
          },
        ],
      }),
    });
    const error = await session.signIn("x@y.fr", "z").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionError);
    expect((error as SessionError).code).toBe("RATE_LIMITED");
    expect((error as SessionError).extensions.retryAfterSeconds).toBe(300);
    expect(session.state.status).not.toBe("signedIn");
  });

  it("restores a session from the refresh cookie on load, or becomes anonymous without one", async () => {
    const ok = setup({ refreshSession: () => ({ data: { refreshSession: payload("tok-r") } }) });
    await ok.session.restore();
    expect(ok.session.state.status).toBe("signedIn");
    expect(ok.session.state.user?.email).toBe("admin@demo.clea.fr");

    const none = setup({ refreshSession: () => unauthenticated });
    const ended = vi.fn();
    none.session.onEnd(ended);
    await none.session.restore();
    await none.session.restore();
    expect(none.session.state.status).toBe("anonymous");
    expect(none.calls).toHaveLength(1);
    // Nobody was signed in: no "session expired" redirect.
    expect(ended).not.toHaveBeenCalled();
  });

  it("sends one refresh for concurrent callers (the API treats a reused refresh token as stolen)", async () => {
    let resolve!: (r: GraphqlResponse) => void;
    const { session, calls } = setup({ refreshSession: () => new Promise<GraphqlResponse>((r) => (resolve = r)) });
    const a = session.refresh();
    const b = session.refresh();
    await Promise.resolve();
    resolve({ data: { refreshSession: payload("tok-2") } });
    expect(await Promise.all([a, b])).toEqual([true, true]);
    expect(calls.filter((c) => c.query === REFRESH_MUTATION)).toHaveLength(1);
  });

  it("refreshes a minute before the access token expires, and before a request when it is about to", async () => {
    let n = 0;
    const { session, timers, advance, calls } = setup({
      "signIn(": () => ({ data: { signIn: payload("tok-1") } }),
      refreshSession: () => ({ data: { refreshSession: payload(`tok-r${++n}`, 15 + n) } }),
    });
    await session.signIn("a@b.fr", "p");
    expect(timers.at(-1)?.ms).toBe(14 * 60_000);
    timers.at(-1)!.fn();
    await vi.waitFor(() => expect(calls.some((c) => c.query === REFRESH_MUTATION)).toBe(true));
    expect(await session.token()).toBe("tok-r1");

    // 20 s before the end: the next request gets a fresh token first.
    advance(16 * 60_000 - 20_000);
    expect(await session.token()).toBe("tok-r2");
  });

  it("ends the session when the API refuses the refresh (revoked, deactivated): listeners redirect to sign-in", async () => {
    const { session } = setup({ "signIn(": () => ({ data: { signIn: payload("tok-1") } }), refreshSession: () => unauthenticated });
    const ended = vi.fn();
    session.onEnd(ended);
    await session.signIn("a@b.fr", "p");
    expect(await session.refresh()).toBe(false);
    expect(ended).toHaveBeenCalledWith("expired");
    expect(session.state.user).toBeNull();
    expect(await session.token()).toBeNull();
  });

  it("keeps a still-valid token when the server cannot be reached for a proactive refresh", async () => {
    const { session } = setup({
      "signIn(": () => ({ data: { signIn: payload("tok-1") } }),
      refreshSession: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    await session.signIn("a@b.fr", "p");
    expect(await session.refresh()).toBe(true);
    expect(session.state.status).toBe("signedIn");
  });

  it("signs out: revokes server-side with the token, forgets everything, tells the listeners", async () => {
    const { session, calls } = setup({
      "signIn(": () => ({ data: { signIn: payload("tok-1") } }),
      signOut: () => ({ data: { signOut: true } }),
    });
    const ended = vi.fn();
    session.onEnd(ended);
    await session.signIn("a@b.fr", "p");
    await session.signOut();
    expect(calls.at(-1)).toMatchObject({ query: SIGN_OUT_MUTATION, token: "tok-1" });
    expect(session.state).toMatchObject({ status: "anonymous", user: null });
    expect(ended).toHaveBeenCalledWith("signedOut");
  });
});

describe("fetchTransport", () => {
  it("posts JSON to /graphql with the same-origin cookie and the bearer token", async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ data: { signOut: true } }), { status: 200 }));
    const res = await fetchTransport("/graphql", fetchImpl as unknown as typeof fetch)(SIGN_OUT_MUTATION, {}, "tok-9");
    expect(res).toEqual({ data: { signOut: true } });
    const [uri, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(uri).toBe("/graphql");
    expect(init.credentials).toBe("same-origin");
    expect(init.headers).toMatchObject({ "content-type": "application/json", authorization: "Bearer tok-9" });
  });

  it("reads the GraphQL errors of a non-2xx answer", async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify(unauthenticated), { status: 401 }));
    expect(await fetchTransport("/graphql", fetchImpl as unknown as typeof fetch)(REFRESH_MUTATION, {}, null)).toEqual(unauthenticated);
  });
});
