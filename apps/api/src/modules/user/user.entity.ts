import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from "typeorm";
import { UserStatus, type Role } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { Scoped } from "../../core/scope.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { roleAssignmentScope, userScope } from "./user.scope.js";

/**
 * A staff account. Never a GraphQL type itself (it holds the password hash): the schema shows
 * the read models of user.types.ts.
 *
 * The email is stored trimmed and lower-cased (a check constraint says so), so the plain unique
 * index makes it unique whatever the case the user typed.
 */
@Scoped(userScope)
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

/**
 * One role of a user with its scope: national (no network, no establishment), a network, or an
 * establishment (one row per establishment). An establishment role also stores the
 * establishment's network, so that every grant is reachable by network (scoping, and a later
 * distribution by network). The check constraint is roleScopes of @clea/schema, in SQL.
 *
 * An establishment role is also a staff assignment (module `staff`): it starts on `startedOn`
 * and, once ended, keeps its row with `endedOn` as history. An ended row grants nothing (the
 * principal is loaded from current rows only, core/auth/authenticate.ts); at most one current
 * row per user, role and establishment.
 *
 * In this file with User: each refers to the other, and two files would import each other.
 */
@Scoped(roleAssignmentScope)
@Entity("role_assignment")
@Check(
  "CHK_role_assignment_scope_fits_role",
  `("role" IN ('ADMIN','JURY') AND "networkId" IS NULL AND "establishmentId" IS NULL)` +
    ` OR ("role" = 'ANALYST' AND "establishmentId" IS NULL)` +
    ` OR ("role" = 'NETWORK_MANAGER' AND "networkId" IS NOT NULL AND "establishmentId" IS NULL)` +
    ` OR ("role" IN ('CENTRE_MANAGER','ADVISOR','EVALUATOR','TRAINER') AND "networkId" IS NOT NULL AND "establishmentId" IS NOT NULL)`,
)
@Check("CHK_role_assignment_ended_after_start", `"endedOn" IS NULL OR "endedOn" >= "startedOn"`)
@Index("UQ_role_assignment_current", ["userId", "role", "establishmentId"], {
  unique: true,
  where: `"endedOn" IS NULL AND "establishmentId" IS NOT NULL`,
})
export class RoleAssignment {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("IDX_role_assignment_user")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, (u) => u.roles, { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId", foreignKeyConstraintName: "FK_role_assignment_user" })
  user?: Relation<User>;

  @Column({ type: "varchar", length: 20 })
  role: Role;

  @Index("IDX_role_assignment_network")
  @Column({ type: "uuid", nullable: true })
  networkId: string | null;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_role_assignment_network" })
  network?: Relation<Network>;

  @Index("IDX_role_assignment_establishment")
  @Column({ type: "uuid", nullable: true })
  establishmentId: string | null;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_role_assignment_establishment" })
  establishment?: Relation<Establishment>;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  /** First day of the assignment (the day it was given, in France, unless said otherwise). */
  @Column({ type: "date", default: () => "CURRENT_DATE" })
  startedOn: string;

  /** Day the assignment ended; null while it is current. Ended rows are history and grant nothing. */
  @DateColumn({ nullable: true })
  endedOn: string | null;
}
