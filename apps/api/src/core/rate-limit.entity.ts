import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Unscoped } from "./scope.js";

/**
 * The table of `rate-limiter-flexible`'s RateLimiterPostgres (core/rate-limit.ts, ADR 0024),
 * column for column as the library reads and writes it (its INSERT names no column: the order
 * matters). Created by a migration rather than by the library at run time, and mirrored here so
 * that the drift check (entities vs migrations) knows it.
 */
@Entity("rate_limit")
@Unscoped("Internal counters of the rate limiters (sign-in, certificate verification), keyed by hashes; never served.")
export class RateLimit {
  /** `<limiter prefix>:<key>`, e.g. `sign-in-ip:<SHA-256 of the address>`. */
  @PrimaryColumn({ type: "varchar", length: 255, primaryKeyConstraintName: "PK_rate_limit" })
  key: string;

  /** Points counted in the current window. */
  @Column({ type: "int", default: 0 })
  points: number;

  /** End of the current window (or block), in milliseconds since the epoch, as the library keeps it. */
  @Index("IDX_rate_limit_expire")
  @Column({ type: "bigint", nullable: true })
  expire: string | null;
}
