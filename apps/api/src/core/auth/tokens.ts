import { randomBytes, webcrypto } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import type { DataSource } from "typeorm";

/**
 * Access tokens: HS256 JWTs (jose) valid 15 minutes, with the user (`sub`), the session family
 * (`sid`) and the user's auth version (`av`). The signing secret is JWT_SECRET when set, otherwise
 * one generated once and kept in PostgreSQL (table auth_signing_key), so every instance shares it.
 */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = "clea-api";
const AUDIENCE = "clea";
const KEY_ID = "access-token";

export interface AccessClaims {
  userId: string;
  sessionId: string;
  authVersion: number;
}

const keys = new WeakMap<DataSource, Promise<webcrypto.CryptoKey>>();

/**
 * The secret as an HMAC key imported once: handing jose the raw bytes would import them again
 * for every token verified (measured: about a sixth of the CPU of a request).
 */
const hmacKey = (secret: Uint8Array) =>
  webcrypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);

async function loadKey(ds: DataSource): Promise<webcrypto.CryptoKey> {
  const fromEnv = process.env.JWT_SECRET;
  if (fromEnv) {
    if (Buffer.byteLength(fromEnv) < 32) throw new Error("JWT_SECRET must be at least 32 characters long");
    return hmacKey(new TextEncoder().encode(fromEnv));
  }
  // The first instance to get here writes the secret; the others (and later starts) read it.
  await ds.query(`INSERT INTO auth_signing_key (id, secret) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [
    KEY_ID,
    randomBytes(64).toString("base64url"),
  ]);
  const rows: { secret: string }[] = await ds.query(`SELECT secret FROM auth_signing_key WHERE id = $1`, [KEY_ID]);
  return hmacKey(Buffer.from(rows[0]!.secret, "base64url"));
}

/** The signing key, read once per data source (a failure is retried on the next call). */
export function signingKey(ds: DataSource): Promise<webcrypto.CryptoKey> {
  let key = keys.get(ds);
  if (!key) {
    key = loadKey(ds);
    keys.set(ds, key);
    key.catch(() => keys.delete(ds));
  }
  return key;
}

export async function issueAccessToken(ds: DataSource, claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
  if (!Number.isInteger(claims.authVersion)) throw new Error("access token without an auth version");
  const now = Math.floor(Date.now() / 1000);
  const exp = now + ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ sid: claims.sessionId, av: claims.authVersion })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(await signingKey(ds));
  return { token, expiresAt: new Date(exp * 1000) };
}

/** The claims of a valid, unexpired token; null for anything else (never throws). */
export async function verifyAccessToken(ds: DataSource, token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(ds), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ["sub", "exp", "sid", "av"],
    });
    if (typeof payload.sid !== "string" || typeof payload.av !== "number" || typeof payload.sub !== "string") return null;
    return { userId: payload.sub, sessionId: payload.sid, authVersion: payload.av };
  } catch {
    return null;
  }
}
