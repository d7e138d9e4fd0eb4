import { Check, Column, Entity, PrimaryColumn } from "typeorm";
import { Unscoped } from "./scope.js";

/**
 * The query-cost budget of one signed-in user (core/cost-budget.ts, ADR 0016): a token bucket
 * kept in PostgreSQL so that every API instance draws from the same one. `tokens` is what was
 * left at `updatedAt`; the refill since then is computed by the statement that charges the next
 * operation. No row means a full bucket. No foreign key, like the sign-in throttles: the row is
 * keyed by whoever the access token names, and a deleted user's row is one small orphan.
 */
@Unscoped("Internal query-cost budgets, read by user id by core/cost-budget.ts only; never served.")
@Entity("query_budget")
@Check("CHK_query_budget_tokens", `"tokens" >= 0`)
export class QueryBudget {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "PK_query_budget" })
  userId: string;

  /** Cost units left at `updatedAt` (fractions accumulate from the refill). */
  @Column({ type: "double precision" })
  tokens: number;

  @Column({ type: "timestamptz" })
  updatedAt: Date;
}
