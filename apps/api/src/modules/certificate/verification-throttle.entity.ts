import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * Lookups of the public certificate verification per client address and time window, in
 * PostgreSQL so that every API instance counts the same. The key is the SHA-256 of the address:
 * the table never holds the address itself. Rows idle for a day are purged.
 */
@Entity("certificate_verification_throttle")
export class CertificateVerificationThrottle {
  @PrimaryColumn({ type: "varchar", length: 80, primaryKeyConstraintName: "PK_certificate_verification_throttle" })
  key: string;

  @Column({ type: "int", default: 0 })
  lookups: number;

  @Column({ type: "timestamptz" })
  windowStartedAt: Date;

  @Index("IDX_certificate_verification_throttle_updated")
  @Column({ type: "timestamptz" })
  updatedAt: Date;
}
