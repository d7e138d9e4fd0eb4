import type { Request } from "express";
import type { DataSource } from "typeorm";
import type { Role } from "@clea/schema";
import { isUuid } from "../find.js";
import { Principal, type RoleGrant } from "./principal.js";
import { verifyAccessToken } from "./tokens.js";

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(req: Pick<Request, "headers">): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** Whether the request carried credentials at all (to tell "expired" from "never signed in"). */
export const sentCredentials = (req: Pick<Request, "headers">): boolean => Boolean(req.headers.authorization);

/** The client address (`req.ip`: the socket's, or the proxy's X-Forwarded-For when TRUST_PROXY is set). */
export function clientIp(req: Pick<Request, "ip" | "socket">): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}

interface PrincipalRow {
  id: string;
  email: string;
  displayName: string;
  role: Role | null;
  networkId: string | null;
  establishmentId: string | null;
}

/**
 * The principal of a user in a session, or undefined. ONE query checks everything that can end a
 * session early and loads the grants: the user exists and is ACTIVE, its auth version is the
 * token's (no password change, role change or deactivation since it was issued), and the session
 * family is neither revoked nor expired. Ended staff assignments (`endedOn` set) grant nothing.
 */
export async function loadPrincipal(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  claims: { userId: string; sessionId: string; authVersion?: number },
): Promise<Principal | undefined> {
  const rows = (await db.query(
    `SELECT u.id, u.email, u."displayName", ra.role, ra."networkId", ra."establishmentId"
       FROM app_user u
       JOIN auth_session s ON s.id = $2 AND s."userId" = u.id AND s."revokedAt" IS NULL AND s."expiresAt" > now()
       LEFT JOIN role_assignment ra ON ra."userId" = u.id AND ra."endedOn" IS NULL
      WHERE u.id = $1 AND u.status = 'ACTIVE' AND ($3::int IS NULL OR u."authVersion" = $3::int)
      ORDER BY ra.role, ra."networkId", ra."establishmentId"`,
    [claims.userId, claims.sessionId, claims.authVersion ?? null],
  )) as PrincipalRow[];
  const first = rows[0];
  if (!first) return undefined;
  const grants: RoleGrant[] = rows
    .filter((r) => r.role)
    .map((r) => ({ role: r.role!, networkId: r.networkId, establishmentId: r.establishmentId }));
  return new Principal(first.id, first.email, first.displayName, claims.sessionId, grants);
}

/** The principal of a request from its bearer token, or undefined (anonymous). */
export async function authenticate(ds: DataSource, req: Pick<Request, "headers">): Promise<Principal | undefined> {
  const token = bearerToken(req);
  if (!token) return undefined;
  const claims = await verifyAccessToken(ds, token);
  if (!claims || !isUuid(claims.userId) || !isUuid(claims.sessionId)) return undefined;
  return loadPrincipal(ds, claims);
}

/**
 * Express's `trust proxy` from TRUST_PROXY: unset = trust no proxy (the socket's address is the
 * client's); a number = that many proxies in front; otherwise addresses/subnets or names such as
 * `loopback`. Behind a load balancer it must be set, or every client shares the balancer's
 * address and its sign-in throttle.
 */
export function trustProxyFromEnv(value = process.env.TRUST_PROXY): boolean | number | string {
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === "true") return true;
  return value;
}
