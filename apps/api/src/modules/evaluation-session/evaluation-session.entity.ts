import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { registerLabelledEnum } from "../../core/graphql-enums.js";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { EvaluationSessionKind, labels } from "@clea/schema";
import { BaseRow } from "../../core/db/columns.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { Certification } from "../referential/index.js";
import { User } from "../user/index.js";
import { Scoped } from "../../core/scope.js";
import { evaluationSessionScope } from "./evaluation-session.scope.js";

registerLabelledEnum(EvaluationSessionKind, "EvaluationSessionKind", labels.EvaluationSessionKind);

/**
 * A planned évaluation session of an establishment for one certification. `networkId` repeats the
 * establishment's network (scoping, and a later distribution by network). A cancelled session
 * keeps its row (`cancelledAt`): later issues enrol dossiers into sessions, and their history
 * must still point somewhere.
 */
@ObjectType({ description: "Session d'évaluation (préalable ou finale) d'un établissement" })
@Scoped(evaluationSessionScope)
@Entity("evaluation_session")
@Check("CHK_evaluation_session_kind", `"kind" IN ('PRELIMINARY','FINAL')`)
@Check("CHK_evaluation_session_ends_after_start", `"endsAt" > "startsAt"`)
@Check("CHK_evaluation_session_capacity_positive", `"capacity" > 0`)
@Index("IDX_evaluation_session_establishment_starts_at", ["establishmentId", "startsAt"])
@Index("IDX_evaluation_session_network_starts_at", ["networkId", "startsAt"])
export class EvaluationSession extends BaseRow {
  @Field(() => ID)
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_evaluation_session_establishment" })
  establishment?: Relation<Establishment>;

  @Field(() => ID)
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_evaluation_session_network" })
  network?: Relation<Network>;

  @Field(() => ID)
  @Index("IDX_evaluation_session_certification")
  @Column({ type: "uuid" })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "certificationId", foreignKeyConstraintName: "FK_evaluation_session_certification" })
  certification?: Relation<Certification>;

  @Field(() => EvaluationSessionKind)
  @Column({ type: "varchar", length: 20 })
  kind: EvaluationSessionKind;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  startsAt: Date;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  endsAt: Date;

  @Field({ description: "Adresse du lieu de la session" })
  @Column({ type: "varchar", length: 300 })
  siteAddress: string;

  @Field(() => Int, { description: "Nombre de places" })
  @Column({ type: "int" })
  capacity: number;

  @Field(() => ID)
  @Index("IDX_evaluation_session_evaluator")
  @Column({ type: "uuid" })
  evaluatorId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "evaluatorId", foreignKeyConstraintName: "FK_evaluation_session_evaluator" })
  evaluator?: Relation<User>;

  @Field(() => Date, { nullable: true, description: "Date de l'annulation ; null si la session est maintenue" })
  @Column({ type: "timestamptz", nullable: true })
  cancelledAt: Date | null;
}
