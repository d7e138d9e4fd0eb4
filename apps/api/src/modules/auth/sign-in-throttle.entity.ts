import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * Sign-in attempts per account and per client address, in PostgreSQL so that every API instance
 * sees the same counts. The key is `account:` or `ip:` followed by the SHA-256 of the email or
 * address: the table never holds what was typed. Rows idle for a day are purged.
 */
@Entity("sign_in_throttle")
export class SignInThrottle {
  @PrimaryColumn({ type: "varchar", length: 80 })
  key: string;

  /** Attempts counted in the current window (counted before the password is checked). */
  @Column({ type: "int", default: 0 })
  failures: number;

  @Column({ type: "timestamptz" })
  windowStartedAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  lockedUntil: Date | null;

  /** Locks so far: each one lasts twice the previous (accounts). */
  @Column({ type: "int", default: 0 })
  lockCount: number;

  @Index("IDX_sign_in_throttle_updated")
  @Column({ type: "timestamptz" })
  updatedAt: Date;
}
