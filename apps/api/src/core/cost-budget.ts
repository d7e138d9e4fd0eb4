/**
 * Query-cost budgets (ADR 0016): each signed-in user draws the cost of every operation
 * (core/graphql-limits.ts, computed before execution) from a token bucket that refills
 * continuously, with a capacity and a refill per minute configured per role. The bucket lives in
 * PostgreSQL (`query_budget`, one row per user) so that every API instance draws from the same
 * one; one `INSERT … ON CONFLICT DO UPDATE … WHERE` statement computes the refill since the last
 * charge, checks that it covers the cost and takes it, atomically: concurrent requests queue on
 * the row and cannot spend the same tokens twice. Anonymous operations are not charged here
 * (sign-in and the public verification have their own throttles).
 */
import { ErrorCode, Role } from "@clea/schema";
import type { RequestContext } from "./context.js";
import { DomainError } from "./errors.js";

/** A role's bucket: how much it holds when full, and how fast it fills again. */
export interface RoleBudget {
  /** Cost units a full bucket holds (the most a burst of operations may spend at once). */
  capacity: number;
  /** Cost units given back per minute, continuously (a fraction per millisecond). */
  refillPerMinute: number;
}

export type CostBudgets = Record<Role, RoleBudget>;

/**
 * Defaults, in cost units (≈ rows asked for, see `costEstimator`). A screen of the admin SPA costs
 * at most ~200, so centre staff can burst about a hundred screens and run fifty a minute; an
 * analyst can run ten operations at the maximum cost (10 000) at once and five a minute; the
 * national administrator has the most.
 */
export const DEFAULT_COST_BUDGETS: Readonly<CostBudgets> = {
  ADMIN: { capacity: 200_000, refillPerMinute: 100_000 },
  ANALYST: { capacity: 100_000, refillPerMinute: 50_000 },
  NETWORK_MANAGER: { capacity: 50_000, refillPerMinute: 20_000 },
  JURY: { capacity: 30_000, refillPerMinute: 10_000 },
  CENTRE_MANAGER: { capacity: 30_000, refillPerMinute: 10_000 },
  ADVISOR: { capacity: 20_000, refillPerMinute: 10_000 },
  EVALUATOR: { capacity: 20_000, refillPerMinute: 10_000 },
  TRAINER: { capacity: 20_000, refillPerMinute: 10_000 },
};

/**
 * The budgets from the environment: `GRAPHQL_BUDGET_<ROLE>=<capacity>/<refill per minute>` (e.g.
 * `GRAPHQL_BUDGET_ANALYST=100000/50000`) overrides a role's default; `GRAPHQL_BUDGETS=off` turns
 * budgets off (load tests), answering `false`.
 */
export function costBudgetsFromEnv(env: NodeJS.ProcessEnv = process.env): CostBudgets | false {
  const switch_ = (env.GRAPHQL_BUDGETS ?? "").trim().toLowerCase();
  if (switch_ === "off") return false;
  if (switch_ !== "" && switch_ !== "on") throw new Error(`GRAPHQL_BUDGETS must be "on" or "off" (got "${env.GRAPHQL_BUDGETS}")`);
  const budgets = { ...DEFAULT_COST_BUDGETS };
  for (const role of Object.values(Role)) {
    const name = `GRAPHQL_BUDGET_${role}`;
    const raw = env[name];
    if (raw == null || raw.trim() === "") continue;
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
    const [capacity, refillPerMinute] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
    if (!(Number.isSafeInteger(capacity) && capacity >= 1 && Number.isSafeInteger(refillPerMinute) && refillPerMinute >= 1))
      throw new Error(`${name} must be "<capacity>/<refill per minute>", two positive integers (got "${raw}")`);
    budgets[role] = { capacity, refillPerMinute };
  }
  return budgets;
}

/**
 * The bucket of a user holding `roles`: the most generous capacity and refill among them (a user
 * who is both EVALUATOR and ANALYST gets the analyst's budget); with no role at all, the smallest
 * of every role's.
 */
export function budgetForRoles(budgets: CostBudgets, roles: readonly Role[]): RoleBudget {
  const held = roles.length ? roles.map((r) => budgets[r]) : Object.values(budgets);
  const pick = roles.length ? Math.max : Math.min;
  return { capacity: pick(...held.map((b) => b.capacity)), refillPerMinute: pick(...held.map((b) => b.refillPerMinute)) };
}

/** What a client is told of its budget: `extensions.budget` of every charged answer. */
export interface BudgetState {
  /** Whole cost units left now (after this operation, when it was charged). */
  remaining: number;
  capacity: number;
  refillPerMinute: number;
  /** When the bucket will be full again if nothing more is spent (ISO 8601). */
  resetAt: string;
}

function state(tokens: number, at: Date, budget: RoleBudget): BudgetState {
  const missing = Math.max(0, budget.capacity - tokens);
  return {
    remaining: Math.floor(tokens),
    capacity: budget.capacity,
    refillPerMinute: budget.refillPerMinute,
    resetAt: new Date(at.getTime() + Math.ceil((missing / budget.refillPerMinute) * 60_000)).toISOString(),
  };
}

/** Refused: the budget holds less than the operation costs. Carries when enough will be back. */
export class QueryBudgetExhaustedError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(cost: number, tokens: number, at: Date, budget: RoleBudget, maxCost: number) {
    const seconds = Math.max(1, Math.ceil(((cost - tokens) / budget.refillPerMinute) * 60));
    const retryAt = new Date(at.getTime() + seconds * 1000);
    const n = (x: number) => x.toLocaleString("fr-FR");
    const wait = seconds < 120 ? `${seconds} seconde${seconds > 1 ? "s" : ""}` : `${Math.ceil(seconds / 60)} minutes`;
    super(
      ErrorCode.QUERY_BUDGET_EXHAUSTED,
      `Budget de requêtes épuisé : cette requête coûte ${n(cost)} et il vous reste ${n(Math.floor(tokens))} sur ${n(budget.capacity)}. ` +
        `Votre budget se recharge de ${n(budget.refillPerMinute)} par minute : il suffira pour cette requête dans ${wait}. ` +
        `Demandez des pages plus petites (first/last) pour qu'elle coûte moins.`,
      {
        retryAfterSeconds: seconds,
        retryAt: retryAt.toISOString(),
        cost: { requested: cost, maximum: maxCost },
        budget: state(tokens, at, budget),
      },
    );
    this.retryAfterSeconds = seconds;
  }
}

/** Refill of a row since its `updatedAt`, as of the statement's `now()`, capped at the capacity ($2). */
const REFILLED = `least($2::float8, b.tokens + $3::float8 * greatest(0, extract(epoch FROM now() - b."updatedAt")::float8) / 60)`;

export const costBudget = {
  /**
   * Takes `cost` from the bucket of the user `userId` and answers what is left; refuses with
   * QUERY_BUDGET_EXHAUSTED (taking nothing) when the bucket, refilled up to now, holds less.
   * One statement when it is charged, two when it is refused (the second reads the state for
   * the message). `cost` must not exceed the capacity (the caller refuses that first).
   */
  async charge(ctx: RequestContext, userId: string, budget: RoleBudget, cost: number, maxCost: number): Promise<BudgetState> {
    const charged: { tokens: number; at: Date }[] = await ctx.em.query(
      `INSERT INTO query_budget AS b ("userId", tokens, "updatedAt") VALUES ($1, $2::float8 - $4::float8, now())
       ON CONFLICT ("userId") DO UPDATE SET tokens = ${REFILLED} - $4::float8, "updatedAt" = greatest(b."updatedAt", now())
         WHERE ${REFILLED} >= $4::float8
       RETURNING tokens, "updatedAt" AS at`,
      [userId, budget.capacity, budget.refillPerMinute, cost],
    );
    if (charged[0]) return state(Number(charged[0].tokens), new Date(charged[0].at), budget);
    const [now] = await this.read(ctx, userId, budget);
    throw new QueryBudgetExhaustedError(cost, now.tokens, now.at, budget, maxCost);
  },

  /** The bucket of `userId` refilled up to now (full when it has no row), without charging it. */
  async read(ctx: RequestContext, userId: string, budget: RoleBudget): Promise<[{ tokens: number; at: Date }, BudgetState]> {
    const rows: { tokens: number; at: Date }[] = await ctx.em.query(
      `SELECT coalesce((SELECT ${REFILLED} FROM query_budget b WHERE b."userId" = $1), $2::float8) AS tokens, now() AS at`,
      [userId, budget.capacity, budget.refillPerMinute],
    );
    const row = { tokens: Number(rows[0]!.tokens), at: new Date(rows[0]!.at) };
    return [row, state(row.tokens, row.at, budget)];
  },
};
