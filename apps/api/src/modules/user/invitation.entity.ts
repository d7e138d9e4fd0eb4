import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { User } from "./user.entity.js";
import { Unscoped } from "../../core/scope.js";

/** A one-time invitation link: the token itself is only in the link, the table has its SHA-256. */
@Unscoped(
  "Internal to authentication: read by token hash when an invitation is accepted, never listed nor served through the scoped query builder.",
)
@Entity("invitation")
export class Invitation {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("IDX_invitation_user")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId", foreignKeyConstraintName: "FK_invitation_user" })
  user?: Relation<User>;

  @Index("UQ_invitation_token_hash", { unique: true })
  @Column({ type: "char", length: 64 })
  tokenHash: string;

  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  usedAt: Date | null;

  /** Who invited (null once that account is deleted). */
  @Index("IDX_invitation_created_by")
  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "createdById", foreignKeyConstraintName: "FK_invitation_created_by" })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
