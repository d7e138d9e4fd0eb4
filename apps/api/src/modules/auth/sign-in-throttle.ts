import { createHash } from "node:crypto";
import type { RequestContext } from "../../core/context.js";
import { RateLimitedError } from "../../core/auth/errors.js";
import { consume, rateLimiter } from "../../core/rate-limit.js";

/**
 * Brute-force throttling of password checks, per account and per client address, on the API's one
 * rate limiter (core/rate-limit.ts: rate-limiter-flexible on PostgreSQL, ADR 0024), so every
 * instance sees the same counts.
 *
 * An attempt is counted BEFORE the password is checked, each count one atomic statement: a burst
 * of parallel requests cannot slip more guesses through than the limit while the hashes are being
 * computed. The attempt past the limit locks the key (an account longer each time it is locked
 * again within a day). A success then gives the attempt back (the account starts afresh).
 * Unknown emails are throttled exactly like real accounts, so a lock reveals nothing.
 */
export const THROTTLE = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxLockMs: 24 * 3600_000 },
  ip: { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxLockMs: 15 * 60_000 },
  /** How long an account's locks are remembered, each one lasting twice the previous (up to maxLockMs). */
  lockMemoryMs: 24 * 3600_000,
} as const;

type Rule = (typeof THROTTLE)["account" | "ip"];

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export interface ThrottleKeys {
  account: string;
  ip: string;
}

/** The keys of an attempt: hashes, so that the table never holds what was typed nor the address. */
export function throttleKeys(normalisedEmail: string, ip: string): ThrottleKeys {
  return { account: sha256(normalisedEmail), ip: sha256(ip) };
}

type Keyed = "account" | "ip";

const limiterOf = (ctx: RequestContext, kind: Keyed) =>
  rateLimiter(ctx.ds, { prefix: `sign-in-${kind}`, points: THROTTLE[kind].maxFailures, windowMs: THROTTLE[kind].windowMs });
/** Locks of an account within `lockMemoryMs` of its first one: the nth lasts lockMs × 2^(n-1). */
const lockCounter = (ctx: RequestContext) =>
  rateLimiter(ctx.ds, { prefix: "sign-in-locks", points: Number.MAX_SAFE_INTEGER, windowMs: THROTTLE.lockMemoryMs });

/** Counts an attempt on `key`; the end of its lock when it is (or just became) locked, else null. */
async function count(ctx: RequestContext, kind: Keyed, key: string, now: number): Promise<Date | null> {
  const rule: Rule = THROTTLE[kind];
  const limiter = limiterOf(ctx, kind);
  const outcome = await consume(ctx.ds, limiter, key);
  if (outcome.allowed) return null;
  // The attempt that goes one past the limit starts the lock; later ones are refused until it ends.
  if (outcome.res.consumedPoints !== rule.maxFailures + 1) return new Date(now + outcome.res.msBeforeNext);
  let ms: number = rule.lockMs;
  if (rule.maxLockMs > rule.lockMs) {
    const locks = await consume(ctx.ds, lockCounter(ctx), key);
    ms = Math.min(rule.lockMs * 2 ** (locks.res.consumedPoints - 1), rule.maxLockMs);
  }
  await limiter.block(key, ms / 1000);
  return new Date(now + ms);
}

export const signInThrottle = {
  /**
   * Refuses with RATE_LIMITED while the account or the address is locked (or when this attempt
   * goes past the limit and locks it); otherwise counts the attempt. A refused attempt counts
   * against neither: the account is counted first, then given back when the address refuses.
   */
  async attempt(ctx: RequestContext, keys: ThrottleKeys): Promise<void> {
    const now = Date.now();
    const accountLock = await count(ctx, "account", keys.account, now);
    if (accountLock) throw new RateLimitedError(accountLock, new Date(now));
    const ipLock = await count(ctx, "ip", keys.ip, now);
    if (ipLock) {
      await limiterOf(ctx, "account").reward(keys.account, 1);
      throw new RateLimitedError(ipLock, new Date(now));
    }
  },

  /**
   * The password was right: the account starts afresh (its locks forgotten); the address gets its
   * attempt back (but keeps its other failures, so successes on one's own account do not hide
   * guesses on others).
   */
  async succeeded(ctx: RequestContext, keys: ThrottleKeys): Promise<void> {
    await limiterOf(ctx, "account").delete(keys.account);
    await lockCounter(ctx).delete(keys.account);
    const ip = limiterOf(ctx, "ip");
    const counted = await ip.get(keys.ip);
    if (counted && counted.consumedPoints > 0 && counted.consumedPoints <= THROTTLE.ip.maxFailures) await ip.reward(keys.ip, 1);
  },
};
