import { reactive } from "vue";
import type { Role } from "@clea/schema";

/**
 * The session of the SPA. The access token lives in this module's memory only (never in
 * localStorage or sessionStorage, where any injected script could read it); the refresh token is
 * an HttpOnly cookie set by the API on /graphql, which JavaScript never sees.
 *
 * - `restore()` on load: refreshSession turns the cookie (if any) into an access token;
 * - the token is refreshed a minute before it expires, and on demand when a request answers
 *   UNAUTHENTICATED (see auth-link.ts) — one refresh at a time, across tabs too, because the API
 *   rotates the refresh token and treats a reused one as stolen (it revokes the whole family);
 * - `signOut()` revokes the family server-side and forgets everything here.
 */

export interface RoleGrant {
  role: Role;
  networkId: string | null;
  establishmentId: string | null;
  network?: { id: string; name: string } | null;
  establishment?: { id: string; name: string } | null;
}
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: RoleGrant[];
}
export interface SignInPayload {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

export interface GraphqlErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}
export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphqlErrorLike[];
}
/** Sends one GraphQL operation (with the access token when given) and returns the parsed body. */
export type Transport = (query: string, variables: Record<string, unknown>, token: string | null) => Promise<GraphqlResponse>;

/** A refused session operation: the API's French message and its stable code. */
export class SessionError extends Error {
  readonly code: string | null;
  readonly extensions: Record<string, unknown>;
  constructor(error: GraphqlErrorLike) {
    super(error.message);
    this.name = "SessionError";
    this.extensions = error.extensions ?? {};
    this.code = typeof this.extensions.code === "string" ? this.extensions.code : null;
  }
}
/** The server could not be reached (or answered something that is not GraphQL). */
export class SessionNetworkError extends Error {
  constructor(cause?: unknown) {
    super("network", { cause });
    this.name = "SessionNetworkError";
  }
}

const USER_FIELDS = `
  id
  email
  displayName
  roles {
    role
    networkId
    establishmentId
    network { id name }
    establishment { id name }
  }
`;
const PAYLOAD_FIELDS = `accessToken expiresAt user { ${USER_FIELDS} }`;

export const SIGN_IN_MUTATION = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${PAYLOAD_FIELDS} } }`;
export const REFRESH_MUTATION = `mutation RefreshSession { refreshSession { ${PAYLOAD_FIELDS} } }`;
export const SIGN_OUT_MUTATION = `mutation SignOut { signOut }`;
export const ACCEPT_INVITATION_MUTATION = `mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { ${PAYLOAD_FIELDS} } }`;

/** The operations the session sends itself (validated against the schema like the others). */
export const sessionOperations = { SIGN_IN_MUTATION, REFRESH_MUTATION, SIGN_OUT_MUTATION, ACCEPT_INVITATION_MUTATION };

export type SessionStatus = "unknown" | "anonymous" | "signedIn";
/** Why a session ended: the user signed out, or it could not be renewed (expired, revoked, deactivated). */
export type EndReason = "signedOut" | "expired";

export interface SessionOptions {
  transport: Transport;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Runs `fn` while holding a lock shared by the tabs of this origin (Web Locks), when available. */
  withLock?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Refresh this long before the access token expires. */
  refreshMarginMs?: number;
}

/** Refreshes never overlap across tabs: the second tab waits, then uses the rotated cookie. */
export function webLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks?.request) return fn();
  return locks.request("clea-session-refresh", fn) as Promise<T>;
}

function isPayload(v: unknown): v is SignInPayload {
  const p = v as SignInPayload | null;
  return Boolean(p && typeof p.accessToken === "string" && p.user && typeof p.user.id === "string");
}

export function createSession(options: SessionOptions) {
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const withLock = options.withLock ?? (<T>(fn: () => Promise<T>) => fn());
  const margin = options.refreshMarginMs ?? 60_000;

  const state = reactive({
    status: "unknown" as SessionStatus,
    user: null as SessionUser | null,
    expiresAt: 0,
  });
  // Not reactive and not exported: nothing renders the token, nothing but the link reads it.
  let accessToken: string | null = null;
  let timer: unknown = null;
  let refreshing: Promise<boolean> | null = null;
  let restoring: Promise<void> | null = null;
  const endListeners = new Set<(reason: EndReason) => void>();

  function schedule() {
    if (timer != null) clearTimer(timer);
    timer = null;
    if (!accessToken) return;
    const delay = Math.max(5_000, state.expiresAt - now() - margin);
    timer = setTimer(() => {
      timer = null;
      void refresh();
    }, delay);
  }

  function apply(payload: SignInPayload) {
    accessToken = payload.accessToken;
    const expires = Date.parse(payload.expiresAt);
    state.expiresAt = Number.isNaN(expires) ? now() + 15 * 60_000 : expires;
    state.user = payload.user;
    state.status = "signedIn";
    schedule();
  }

  function forget() {
    accessToken = null;
    if (timer != null) clearTimer(timer);
    timer = null;
    state.user = null;
    state.expiresAt = 0;
    state.status = "anonymous";
  }

  function end(reason: EndReason) {
    const wasSignedIn = state.status === "signedIn";
    forget();
    if (wasSignedIn || reason === "signedOut") for (const l of endListeners) l(reason);
  }

  async function call(query: string, variables: Record<string, unknown> = {}, token: string | null = null): Promise<GraphqlResponse> {
    try {
      return await options.transport(query, variables, token);
    } catch (e) {
      throw new SessionNetworkError(e);
    }
  }

  function payloadOf(res: GraphqlResponse, field: string): SignInPayload {
    if (res.errors?.length) throw new SessionError(res.errors[0]!);
    const payload = res.data?.[field];
    if (!isPayload(payload))
      throw new SessionError({ message: "Réponse inattendue du serveur.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    return payload;
  }

  async function signIn(email: string, password: string): Promise<SessionUser> {
    const payload = payloadOf(await call(SIGN_IN_MUTATION, { email, password }), "signIn");
    apply(payload);
    return payload.user;
  }

  async function acceptInvitation(token: string, password: string): Promise<SessionUser> {
    const payload = payloadOf(await call(ACCEPT_INVITATION_MUTATION, { token, password }), "acceptInvitation");
    apply(payload);
    return payload.user;
  }

  /**
   * Renews the access token with the refresh cookie. Concurrent callers share one request. True
   * when the session goes on; false when it ended (the API refused the cookie) or the server
   * could not be reached while the token was already expired.
   */
  function refresh(): Promise<boolean> {
    refreshing ??= withLock(async () => {
      try {
        const payload = payloadOf(await call(REFRESH_MUTATION), "refreshSession");
        apply(payload);
        return true;
      } catch (e) {
        if (e instanceof SessionNetworkError && accessToken && state.expiresAt > now()) {
          // Offline for a moment: keep the still-valid token and try again shortly.
          timer = setTimer(() => {
            timer = null;
            void refresh();
          }, 15_000);
          return true;
        }
        end("expired");
        return false;
      }
    }).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  /** Once per page load: a refresh cookie left by an earlier visit restores the session. */
  function restore(): Promise<void> {
    restoring ??= (async () => {
      if (state.status === "signedIn") return;
      const ok = await refresh();
      if (!ok) state.status = "anonymous";
    })();
    return restoring;
  }

  async function signOut(): Promise<void> {
    const token = accessToken;
    try {
      if (token) await call(SIGN_OUT_MUTATION, {}, token);
    } catch {
      /* the server may be down: forget the session here anyway */
    }
    end("signedOut");
  }

  /**
   * The access token to send now: refreshed first when it expires within 30 s, so that a request
   * does not leave with a token that dies on the way.
   */
  async function token(): Promise<string | null> {
    if (refreshing) await refreshing;
    if (accessToken && state.expiresAt - now() < 30_000) await refresh();
    return accessToken;
  }

  /** The token as it is now (no refresh): to tell whether a refused request used a stale one. */
  function currentToken(): string | null {
    return accessToken;
  }

  function onEnd(listener: (reason: EndReason) => void): () => void {
    endListeners.add(listener);
    return () => endListeners.delete(listener);
  }

  /** For tests and for a password change that returns a new session. */
  function setSession(payload: SignInPayload | null) {
    if (payload) apply(payload);
    else forget();
  }

  return { state, signIn, acceptInvitation, refresh, restore, signOut, token, currentToken, onEnd, end, setSession };
}

export type Session = ReturnType<typeof createSession>;

/** POSTs to /graphql with the refresh cookie (same origin) and the access token when given. */
export function fetchTransport(uri = "/graphql", fetchImpl: typeof fetch = (...a) => fetch(...a)): Transport {
  return async (query, variables, token) => {
    const res = await fetchImpl(uri, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as GraphqlResponse;
    } catch {
      throw new Error(`HTTP ${res.status}`);
    }
  };
}
