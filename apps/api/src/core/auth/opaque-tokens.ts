import { createHash, randomBytes } from "node:crypto";

/**
 * Opaque one-time secrets (refresh tokens, invitation links): 32 random bytes, given to the
 * client once, stored only as their SHA-256. Being random and long, they need no slow hash.
 */
export const newOpaqueToken = (): string => randomBytes(32).toString("base64url");
export const hashOpaqueToken = (token: string): string => createHash("sha256").update(token).digest("hex");
/** A token as we issue it: 43 base64url characters. Anything else is refused without a query. */
export const looksLikeOpaqueToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
