/**
 * The one rate limiter of the API (ADR 0024): `rate-limiter-flexible`'s RateLimiterPostgres on the
 * data source's own pool, every limiter sharing the table `rate_limit` (created by a migration,
 * mirrored by core/rate-limit.entity.ts; the library never creates it: `tableCreated: true`).
 * State lives in PostgreSQL, so every API instance counts the same; each count is one atomic
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING` statement, so a burst of parallel requests cannot
 * slip more attempts through than the limit.
 *
 * A limiter allows `points` per fixed window of `duration` seconds, started by a key's first
 * point; keys are `<prefix>:<key>` (callers hash what would identify a person: an address, an
 * email). The query-cost budget (core/cost-budget.ts) is a token bucket that refills
 * continuously, which this model does not express: it keeps its own table (ADR 0016, ADR 0024).
 */
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";

export const RATE_LIMIT_TABLE = "rate_limit";

/** Rows whose window ended this long ago are deleted (by the next key that starts a window). */
const PURGE_AFTER_MS = 3600_000;

export interface RateLimitRule {
  /** Key prefix: one per limiter (e.g. `sign-in-account`). */
  prefix: string;
  /** Points (attempts, lookups) allowed per window. */
  points: number;
  /** Length of a window, in milliseconds. */
  windowMs: number;
}

/**
 * A limiter for `rule` on the pool of `ds`. Cheap to build (no statement, no timer): callers build
 * one per use, so that a rule changed at run time (tests) applies at once.
 */
export function rateLimiter(ds: DataSource, rule: RateLimitRule): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: ds,
    storeType: "typeorm", // the pool of ds.driver, connections shared with the rest of the API
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true, // created by a migration, never by the library
    clearExpiredByTimeout: false, // no timer per limiter: purged below when a window starts
    keyPrefix: rule.prefix,
    points: rule.points,
    duration: Math.ceil(rule.windowMs / 1000),
  });
}

export type ConsumeOutcome = { allowed: true; res: RateLimiterRes } | { allowed: false; res: RateLimiterRes };

/**
 * Counts `points` for `key`: allowed while the window's total stays within the rule, refused
 * (with `res.msBeforeNext` until the window, or a block, ends) beyond. A database failure throws.
 * The first point of a window also deletes the rows of windows long over.
 */
export async function consume(ds: DataSource, limiter: RateLimiterPostgres, key: string, points = 1): Promise<ConsumeOutcome> {
  let outcome: ConsumeOutcome;
  try {
    outcome = { allowed: true, res: await limiter.consume(key, points) };
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    outcome = { allowed: false, res: e };
  }
  if (outcome.res.isFirstInDuration) await ds.query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [Date.now() - PURGE_AFTER_MS]);
  return outcome;
}
