import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { User } from "./user.entity.js";
import { Unscoped } from "../../core/scope.js";

/**
 * A session = a refresh-token family: one per sign-in. Its id is the `sid` claim of every access
 * token issued in it, so revoking it (sign-out, reuse of a rotated refresh token, deactivation,
 * password change) stops those tokens at once.
 */
@Unscoped(
  "Internal to authentication: read by the auth services by token or user id, never listed nor served through the scoped query builder.",
)
@Entity("auth_session")
export class AuthSession {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("IDX_auth_session_user")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId", foreignKeyConstraintName: "FK_auth_session_user" })
  user?: Relation<User>;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  /** The absolute end of the family, whatever the refreshes. */
  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  /** SIGN_OUT, REUSE, PASSWORD_CHANGE, DEACTIVATED. */
  @Column({ type: "varchar", length: 20, nullable: true })
  revokedReason: string | null;
}

/**
 * One refresh token of a family, stored as its SHA-256 (the token is 32 random bytes: a fast hash
 * is enough, nothing to brute-force). `usedAt` is set when it is rotated; presenting it again is
 * a reuse, which revokes the family.
 */
@Unscoped("Internal to authentication: read by the auth services by token hash, never listed nor served through the scoped query builder.")
@Entity("refresh_token")
export class RefreshToken {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("IDX_refresh_token_session")
  @Column({ type: "uuid" })
  sessionId: string;

  @ManyToOne(() => AuthSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "sessionId", foreignKeyConstraintName: "FK_refresh_token_session" })
  session?: Relation<AuthSession>;

  @Index("UQ_refresh_token_hash", { unique: true })
  @Column({ type: "char", length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  usedAt: Date | null;
}
