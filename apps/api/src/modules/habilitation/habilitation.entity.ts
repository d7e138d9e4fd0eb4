import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { HabilitationAction, HabilitationRole, HabilitationStatus } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { Certification } from "../referential/index.js";
import { Scoped } from "../../core/scope.js";
import { habilitationScope } from "./habilitation.scope.js";

registerEnumType(HabilitationRole, { name: "HabilitationRole" });
registerEnumType(HabilitationStatus, { name: "HabilitationStatus" });
registerEnumType(HabilitationAction, { name: "HabilitationAction" });

/**
 * An establishment's habilitation for one certification and one role. The stored status never is
 * EXPIRED: the GraphQL `status` field derives it from the end date.
 */
@ObjectType({ description: "Habilitation d'un établissement pour une certification et un rôle" })
@Scoped(habilitationScope)
@Entity("habilitation")
@Check("CHK_habilitation_stored_status", `"storedStatus" IN ('REQUESTED','GRANTED','REFUSED','SUSPENDED','WITHDRAWN')`)
@Check("CHK_habilitation_role", `"role" IN ('EVALUATOR','TRAINER')`)
@Check("CHK_habilitation_end_after_start", `"endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate"`)
@Index("IDX_habilitation_establishment_certification_role", ["establishmentId", "certificationId", "role"])
export class Habilitation extends BaseRow {
  @Field(() => ID)
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_habilitation_establishment" })
  establishment?: Relation<Establishment>;

  @Field(() => ID)
  @Index("IDX_habilitation_network")
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_habilitation_network" })
  network?: Relation<Network>;

  @Field(() => ID)
  @Index("IDX_habilitation_certification")
  @Column({ type: "uuid" })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "certificationId", foreignKeyConstraintName: "FK_habilitation_certification" })
  certification?: Relation<Certification>;

  @Field(() => HabilitationRole)
  @Column({ type: "varchar", length: 20 })
  role: HabilitationRole;

  /** As recorded; read `status` (GraphQL) for the status with expiry applied. */
  @Column({ type: "varchar", length: 20, default: HabilitationStatus.REQUESTED })
  storedStatus: HabilitationStatus;

  @Field(() => LocalDate, { nullable: true, description: "Date de la décision du certificateur" })
  @DateColumn({ nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true, description: "Référence de la décision" })
  @Column({ type: "varchar", length: 100, nullable: true })
  decisionReference: string | null;

  @Field(() => LocalDate, { nullable: true })
  @DateColumn({ nullable: true })
  startDate: string | null;

  @Field(() => LocalDate, { nullable: true })
  @DateColumn({ nullable: true })
  endDate: string | null;
}
