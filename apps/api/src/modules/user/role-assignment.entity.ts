import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import type { Role } from "@clea/schema";
import { DateColumn } from "../../core/db/columns.js";
import { Establishment } from "../establishment/establishment.entity.js";
import { Network } from "../network/network.entity.js";
import { User } from "./user.entity.js";

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
 */
@Entity("role_assignment")
@Check(
  "CHK_role_assignment_scope_fits_role",
  `("role" IN ('ADMIN','JURY') AND "networkId" IS NULL AND "establishmentId" IS NULL)` +
    ` OR ("role" = 'ANALYST' AND "establishmentId" IS NULL)` +
    ` OR ("role" = 'NETWORK_MANAGER' AND "networkId" IS NOT NULL AND "establishmentId" IS NULL)` +
    ` OR ("role" IN ('CENTRE_MANAGER','ADVISOR','EVALUATOR','TRAINER') AND "networkId" IS NOT NULL AND "establishmentId" IS NOT NULL)`,
)
@Check("CHK_role_assignment_ended_after_start", `"endedOn" IS NULL OR "endedOn" >= "startedOn"`)
@Index("UQ_role_assignment_current", ["userId", "role", "establishmentId"], { unique: true, where: `"endedOn" IS NULL AND "establishmentId" IS NOT NULL` })
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
