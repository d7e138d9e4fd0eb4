import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { registerLabelledEnum } from "../../core/graphql-enums.js";
import { Field, ID, ObjectType } from "type-graphql";
import { TrainingPathStatus, dossierLabels } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Dossier, dossierChildRule } from "../dossier/index.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { Domain } from "../referential/index.js";
import { User } from "../user/index.js";
import { Scoped } from "../../core/scope.js";
import { throughTrainingPath } from "./training-path.scope.js";

registerLabelledEnum(TrainingPathStatus, "TrainingPathStatus", dossierLabels.TrainingPathStatus);

/**
 * A personalised training path of a dossier, on domains not acquired only: who trains (a training
 * organisation, possibly an establishment of the platform, and a trainer — a user of the platform
 * or a name), when, and the hours per domain (`TrainingPathDomain`). `networkId` and
 * `establishmentId` repeat the dossier's (scoping).
 */
@ObjectType({ description: "Parcours de formation personnalisé d'un dossier" })
@Scoped(dossierChildRule)
@Entity("training_path")
@Check("CHK_training_path_status", `"status" IN ('PLANNED','COMPLETED','CANCELLED')`)
@Check("CHK_training_path_dates", `"endsOn" >= "startsOn"`)
@Check("CHK_training_path_completed_has_date", `"status" <> 'COMPLETED' OR "completedOn" IS NOT NULL`)
@Check("CHK_training_path_trainer_named", `"trainerId" IS NOT NULL OR "trainerName" IS NOT NULL`)
@Index("IDX_training_path_dossier", ["dossierId", "startsOn"])
export class TrainingPath extends BaseRow {
  @Field(() => ID)
  @Column({ type: "uuid" })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "dossierId", foreignKeyConstraintName: "FK_training_path_dossier" })
  dossier?: Relation<Dossier>;

  @Field(() => ID)
  @Index("IDX_training_path_network")
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_training_path_network" })
  network?: Relation<Network>;

  @Field(() => ID)
  @Index("IDX_training_path_establishment")
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_training_path_establishment" })
  establishment?: Relation<Establishment>;

  @Field({ description: "Organisme de formation" })
  @Column({ type: "varchar", length: 200 })
  trainingOrganisation: string;

  @Field(() => ID, { nullable: true, description: "Établissement de formation, s'il est sur la plateforme" })
  @Index("IDX_training_path_training_establishment")
  @Column({ type: "uuid", nullable: true })
  trainingEstablishmentId: string | null;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "trainingEstablishmentId", foreignKeyConstraintName: "FK_training_path_training_establishment" })
  trainingEstablishment?: Relation<Establishment>;

  @Field(() => ID, { nullable: true, description: "Formateur, s'il a un compte sur la plateforme" })
  @Index("IDX_training_path_trainer")
  @Column({ type: "uuid", nullable: true })
  trainerId: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "trainerId", foreignKeyConstraintName: "FK_training_path_trainer" })
  trainer?: Relation<User>;

  @Field(() => String, { nullable: true, description: "Nom du formateur" })
  @Column({ type: "varchar", length: 200, nullable: true })
  trainerName: string | null;

  @Field(() => LocalDate)
  @DateColumn()
  startsOn: string;

  @Field(() => LocalDate)
  @DateColumn()
  endsOn: string;

  @Field(() => TrainingPathStatus)
  @Column({ type: "varchar", length: 10 })
  status: TrainingPathStatus;

  @Field(() => LocalDate, { nullable: true })
  @DateColumn({ nullable: true })
  completedOn: string | null;
}

/** Hours of a training path on one domain: planned, then actual. Exact decimals (numeric), as strings. */
@ObjectType({ description: "Heures d'un parcours sur un domaine" })
@Scoped(throughTrainingPath)
@Entity("training_path_domain")
@Index("IDX_training_path_domain_domain", ["domainId"])
@Check("CHK_training_path_domain_planned_hours", `"plannedHours" > 0`)
@Check("CHK_training_path_domain_actual_hours", `"actualHours" IS NULL OR "actualHours" >= 0`)
export class TrainingPathDomain {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  trainingPathId: string;

  @ManyToOne(() => TrainingPath, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "trainingPathId", foreignKeyConstraintName: "FK_training_path_domain_path" })
  trainingPath?: Relation<TrainingPath>;

  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  domainId: string;

  @ManyToOne(() => Domain, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "domainId", foreignKeyConstraintName: "FK_training_path_domain_domain" })
  domain?: Relation<Domain>;

  @Field({ description: 'Heures prévues (décimal exact, ex. "12.5")' })
  @Column({ type: "numeric", precision: 6, scale: 1 })
  plannedHours: string;

  @Field(() => String, { nullable: true, description: "Heures réalisées" })
  @Column({ type: "numeric", precision: 6, scale: 1, nullable: true })
  actualHours: string | null;
}
