import { Check, Column, Entity, Index, OneToMany, type Relation } from "typeorm";
import { UserStatus } from "@clea/schema";
import { BaseRow } from "../../core/db/columns.js";
import { RoleAssignment } from "./role-assignment.entity.js";

/**
 * A staff account. Never a GraphQL type itself (it holds the password hash): the schema shows
 * the read models of user.types.ts.
 *
 * The email is stored trimmed and lower-cased (a check constraint says so), so the plain unique
 * index makes it unique whatever the case the user typed.
 */
@Entity("app_user")
@Check("CHK_user_status", `"status" IN ('ACTIVE','DISABLED')`)
@Check("CHK_user_email_normalised", `"email" = lower(btrim("email"))`)
export class User extends BaseRow {
  @Index("UQ_user_email", { unique: true })
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 200 })
  displayName: string;

  @Column({ type: "varchar", length: 10, default: UserStatus.ACTIVE })
  status: UserStatus;

  /** argon2id (PHC string); null until the invitation is accepted. */
  @Column({ type: "varchar", length: 200, nullable: true })
  passwordHash: string | null;

  /**
   * Bumped by a password change, a role change and a deactivation: access tokens carry it (`av`)
   * and stop working the moment it changes.
   */
  @Column({ type: "int", default: 1 })
  authVersion: number;

  @Column({ type: "timestamptz", nullable: true })
  lastSignInAt: Date | null;

  @OneToMany(() => RoleAssignment, (r) => r.user)
  roles?: Relation<RoleAssignment[]>;
}
