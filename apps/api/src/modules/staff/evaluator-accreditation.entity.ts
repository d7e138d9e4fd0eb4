import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Certification } from "../referential/index.js";
import { User } from "../user/index.js";
import { Scoped } from "../../core/scope.js";
import { evaluatorAccreditationScope } from "./staff.scope.js";

/**
 * An evaluator's own accreditation for a certification (trained on a date, under a reference).
 * It belongs to the person, not to an establishment: a person may evaluate in several
 * establishments, even several networks, with one accreditation. Records are appended (a new
 * training is a new row), so the history stays.
 */
@ObjectType({ description: "Habilitation personnelle d'un évaluateur pour une certification (formation suivie)" })
@Scoped(evaluatorAccreditationScope)
@Entity("evaluator_accreditation")
@Index("UQ_evaluator_accreditation_user_certification_trained_on", ["userId", "certificationId", "trainedOn"], { unique: true })
export class EvaluatorAccreditation extends BaseRow {
  @Field(() => ID)
  @Index("IDX_evaluator_accreditation_user")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId", foreignKeyConstraintName: "FK_evaluator_accreditation_user" })
  user?: Relation<User>;

  @Field(() => ID)
  @Index("IDX_evaluator_accreditation_certification")
  @Column({ type: "uuid" })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "certificationId", foreignKeyConstraintName: "FK_evaluator_accreditation_certification" })
  certification?: Relation<Certification>;

  @Field(() => LocalDate, { description: "Date de la formation d'évaluateur" })
  @DateColumn()
  trainedOn: string;

  @Field(() => String, { description: "Référence de l'attestation" })
  @Column({ type: "varchar", length: 100 })
  reference: string;
}
