import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { registerLabelledEnum } from "../../core/graphql-enums.js";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { CriterionResultValue, EvaluationSessionKind, EvaluationStatus, dossierLabels } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Dossier, dossierChildRule } from "../dossier/index.js";
import { Establishment } from "../establishment/index.js";
import { EvaluationSession } from "../evaluation-session/index.js";
import { Network } from "../network/index.js";
import { Criterion, Domain, SubDomain } from "../referential/index.js";
import { User } from "../user/index.js";
import { Scoped } from "../../core/scope.js";
import { throughEvaluation } from "./evaluation.scope.js";

registerLabelledEnum(EvaluationStatus, "EvaluationStatus", dossierLabels.EvaluationStatus);
registerLabelledEnum(CriterionResultValue, "CriterionResultValue", dossierLabels.CriterionResultValue);

/**
 * An évaluation of a dossier: planned (date, evaluator, possibly a seat in an evaluation session),
 * then done (date held, duration, context, a result per criterion). A préalable covers every
 * domain; a finale covers `domainCodes`, the domains still missing that the training targeted.
 * Outcomes (sub-domain and domain results) are derived from the criterion results by
 * `deriveOutcomes` (packages/schema) and stored with the evaluation, never typed.
 */
@ObjectType({ description: "Évaluation (préalable ou finale) d'un dossier" })
@Scoped(dossierChildRule)
@Entity("evaluation")
@Check("CHK_evaluation_kind", `"kind" IN ('PRELIMINARY','FINAL')`)
@Check("CHK_evaluation_status", `"status" IN ('PLANNED','DONE','CANCELLED')`)
@Check("CHK_evaluation_done_has_date", `"status" <> 'DONE' OR "heldOn" IS NOT NULL`)
@Check("CHK_evaluation_duration_positive", `"durationMinutes" IS NULL OR "durationMinutes" > 0`)
@Index("IDX_evaluation_dossier", ["dossierId", "plannedOn"])
@Index("IDX_evaluation_network_held_on", ["networkId", "heldOn"])
@Index("IDX_evaluation_session", ["sessionId"], { where: `"sessionId" IS NOT NULL` })
export class Evaluation extends BaseRow {
  @Field(() => ID)
  @Column({ type: "uuid" })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "dossierId", foreignKeyConstraintName: "FK_evaluation_dossier" })
  dossier?: Relation<Dossier>;

  @Field(() => ID)
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_evaluation_network" })
  network?: Relation<Network>;

  @Field(() => ID)
  @Index("IDX_evaluation_establishment")
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_evaluation_establishment" })
  establishment?: Relation<Establishment>;

  @Field(() => EvaluationSessionKind)
  @Column({ type: "varchar", length: 12 })
  kind: EvaluationSessionKind;

  @Field(() => EvaluationStatus)
  @Column({ type: "varchar", length: 10 })
  status: EvaluationStatus;

  @Field(() => LocalDate, { description: "Date prévue" })
  @DateColumn()
  plannedOn: string;

  @Field(() => ID, { nullable: true, description: "Session d'évaluation où le candidat a une place" })
  @Column({ type: "uuid", nullable: true })
  sessionId: string | null;

  @ManyToOne(() => EvaluationSession, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "sessionId", foreignKeyConstraintName: "FK_evaluation_session" })
  session?: Relation<EvaluationSession>;

  @Field(() => ID)
  @Index("IDX_evaluation_evaluator")
  @Column({ type: "uuid" })
  evaluatorId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "evaluatorId", foreignKeyConstraintName: "FK_evaluation_evaluator" })
  evaluator?: Relation<User>;

  @Field(() => [String], { nullable: true, description: "Domaines évalués (évaluation finale) ; null : tous (évaluation préalable)" })
  @Column({ type: "varchar", length: 8, array: true, nullable: true })
  domainCodes: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: "Date de réalisation" })
  @DateColumn({ nullable: true })
  heldOn: string | null;

  @Field(() => Int, { nullable: true, description: "Durée en minutes" })
  @Column({ type: "int", nullable: true })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true, description: "Contexte (situation de travail, branche)" })
  @Column({ type: "varchar", length: 1000, nullable: true })
  context: string | null;
}

/**
 * One criterion's result in one evaluation: the largest table of the product (about 106 rows per
 * préalable), hence a composite key, a boolean and nothing else. GraphQL shows `result`.
 */
@ObjectType({ description: "Résultat d'un critère dans une évaluation" })
@Scoped(throughEvaluation)
@Entity("criterion_result")
@Index("IDX_criterion_result_criterion", ["criterionId"])
export class CriterionResult {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  evaluationId: string;

  @ManyToOne(() => Evaluation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "evaluationId", foreignKeyConstraintName: "FK_criterion_result_evaluation" })
  evaluation?: Relation<Evaluation>;

  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  criterionId: string;

  @ManyToOne(() => Criterion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "criterionId", foreignKeyConstraintName: "FK_criterion_result_criterion" })
  criterion?: Relation<Criterion>;

  @Column({ type: "boolean" })
  acquired: boolean;

  @Field(() => CriterionResultValue)
  get result(): CriterionResultValue {
    return this.acquired ? CriterionResultValue.ACQUIRED : CriterionResultValue.NOT_ACQUIRED;
  }
}

/** A sub-domain's derived outcome in one evaluation. */
@ObjectType({ description: "Résultat dérivé d'un sous-domaine dans une évaluation" })
@Scoped(throughEvaluation)
@Entity("sub_domain_result")
@Index("IDX_sub_domain_result_sub_domain", ["subDomainId"])
@Check("CHK_sub_domain_result_counts", `"acquiredCount" >= 0 AND "acquiredCount" <= "criterionCount"`)
export class SubDomainResult {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  evaluationId: string;

  @ManyToOne(() => Evaluation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "evaluationId", foreignKeyConstraintName: "FK_sub_domain_result_evaluation" })
  evaluation?: Relation<Evaluation>;

  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  subDomainId: string;

  @ManyToOne(() => SubDomain, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "subDomainId", foreignKeyConstraintName: "FK_sub_domain_result_sub_domain" })
  subDomain?: Relation<SubDomain>;

  @Field(() => Int)
  @Column({ type: "smallint" })
  acquiredCount: number;

  @Field(() => Int)
  @Column({ type: "smallint" })
  criterionCount: number;

  @Field()
  @Column({ type: "boolean" })
  validated: boolean;
}

/**
 * A domain's derived outcome in one evaluation. An acquired domain carries the date it was acquired
 * (the evaluation's date) and the end of its validity (the dossier's évaluation préalable + 5 years).
 */
@ObjectType({ description: "Résultat dérivé d'un domaine dans une évaluation" })
@Scoped(throughEvaluation)
@Entity("domain_result")
@Index("IDX_domain_result_domain", ["domainId"])
@Check("CHK_domain_result_acquired_dates", `NOT "acquired" OR ("acquiredOn" IS NOT NULL AND "validUntil" IS NOT NULL)`)
export class DomainResult {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  evaluationId: string;

  @ManyToOne(() => Evaluation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "evaluationId", foreignKeyConstraintName: "FK_domain_result_evaluation" })
  evaluation?: Relation<Evaluation>;

  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  domainId: string;

  @ManyToOne(() => Domain, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "domainId", foreignKeyConstraintName: "FK_domain_result_domain" })
  domain?: Relation<Domain>;

  @Field()
  @Column({ type: "boolean" })
  acquired: boolean;

  @Field(() => LocalDate, { nullable: true })
  @DateColumn({ nullable: true })
  acquiredOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Fin de validité (évaluation préalable + 5 ans)" })
  @DateColumn({ nullable: true })
  validUntil: string | null;
}
