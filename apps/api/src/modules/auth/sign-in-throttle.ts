import { createHash } from "node:crypto";
import type { RequestContext } from "../../core/context.js";
import { RateLimitedError } from "../../core/auth/errors.js";

/**
 * Brute-force throttling of password checks, per account and per client address, kept in
 * PostgreSQL (every instance sees the same counts).
 *
 * An attempt is counted BEFORE the password is checked, in a short transaction that locks the
 * rows: a burst of parallel requests cannot slip more guesses through than the limit while the
 * hashes are being computed. A success then gives the attempt back (the account's count is reset).
 * Unknown emails are throttled exactly like real accounts, so a lock reveals nothing.
 */
export const THROTTLE = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxLockMs: 24 * 3600_000 },
  ip: { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxLockMs: 15 * 60_000 },
  /** Rows untouched for this long (and not locked) are deleted. */
  idleMs: 24 * 3600_000,
} as const;

type Rule = (typeof THROTTLE)["account" | "ip"];

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export interface ThrottleKeys {
  account: string;
  ip: string;
}

export function throttleKeys(normalisedEmail: string, ip: string): ThrottleKeys {
  return { account: `account:${sha256(normalisedEmail)}`, ip: `ip:${sha256(ip)}` };
}

interface Row {
  key: string;
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
  lockCount: number;
}

export const signInThrottle = {
  /**
   * Refuses with RATE_LIMITED while the account or the address is locked; otherwise counts the
   * attempt (and locks when it reaches the limit: the next one is refused).
   */
  async attempt(ctx: RequestContext, keys: ThrottleKeys): Promise<void> {
    const now = new Date();
    const lockedUntil = await ctx.transaction(async (tx) => {
      const rules = new Map<string, Rule>([
        [keys.account, THROTTLE.account],
        [keys.ip, THROTTLE.ip],
      ]);
      const sorted = [...rules.keys()].sort(); // one lock order for every request: no deadlock
      await tx.em.query(
        `INSERT INTO sign_in_throttle (key, failures, "windowStartedAt", "lockCount", "updatedAt")
         SELECT k, 0, $2, 0, $2 FROM unnest($1::varchar[]) AS k
         ON CONFLICT (key) DO NOTHING`,
        [sorted, now],
      );
      const rows: Row[] = await tx.em.query(
        `SELECT key, failures, "windowStartedAt", "lockedUntil", "lockCount" FROM sign_in_throttle
          WHERE key = ANY($1::varchar[]) ORDER BY key FOR UPDATE`,
        [sorted],
      );
      const locks = rows.map((r) => r.lockedUntil).filter((d): d is Date => d !== null && d > now);
      if (locks.length) return new Date(Math.max(...locks.map((d) => d.getTime())));
      for (const row of rows) {
        const rule = rules.get(row.key)!;
        const fresh = now.getTime() - row.windowStartedAt.getTime() > rule.windowMs;
        let failures = fresh ? 1 : row.failures + 1;
        let windowStartedAt = fresh ? now : row.windowStartedAt;
        let lock: Date | null = null;
        let lockCount = row.lockCount;
        if (failures >= rule.maxFailures) {
          const ms = Math.min(rule.lockMs * 2 ** row.lockCount, rule.maxLockMs);
          lock = new Date(now.getTime() + ms);
          lockCount += 1;
          failures = 0;
          windowStartedAt = now;
        }
        await tx.em.query(
          `UPDATE sign_in_throttle SET failures = $2, "windowStartedAt" = $3, "lockedUntil" = $4, "lockCount" = $5, "updatedAt" = $6
            WHERE key = $1`,
          [row.key, failures, windowStartedAt, lock, lockCount, now],
        );
      }
      await tx.em.query(
        `DELETE FROM sign_in_throttle WHERE "updatedAt" < $1 AND ("lockedUntil" IS NULL OR "lockedUntil" < $2)`,
        [new Date(now.getTime() - THROTTLE.idleMs), now],
      );
      return null;
    });
    if (lockedUntil) throw new RateLimitedError(lockedUntil, now);
  },

  /**
   * The password was right: the account starts afresh; the address gets its attempt back (but
   * keeps its other failures, so successes on one's own account do not hide guesses on others).
   */
  async succeeded(ctx: RequestContext, keys: ThrottleKeys): Promise<void> {
    await ctx.em.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [keys.account]);
    await ctx.em.query(
      `UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1 AND ("lockedUntil" IS NULL OR "lockedUntil" < now())`,
      [keys.ip],
    );
  },
};
