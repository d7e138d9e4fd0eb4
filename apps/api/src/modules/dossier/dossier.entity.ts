import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { registerLabelledEnum } from "../../core/graphql-enums.js";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DossierAction, DossierState, dossierLabels } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Candidate } from "../candidate/index.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { Certification, Referential } from "../referential/index.js";
import { User } from "../user/index.js";
import { Scoped } from "../../core/scope.js";
import { dossierEventScope, dossierScope } from "./dossier.scope.js";

registerLabelledEnum(DossierState, "DossierState", dossierLabels.DossierState);
registerLabelledEnum(DossierAction, "DossierAction", dossierLabels.DossierAction);

const stateList = Object.values(DossierState)
  .map((s) => `'${s}'`)
  .join(",");
const finalStates = `'CERTIFIED','WITHDRAWN','EXPIRED'`;

/**
 * One candidate × one certification attempt, pinned to the référentiel version in force when it
 * opened and held by one establishment habilitated as EVALUATOR. `state` moves only along
 * `dossierTransitions` (packages/schema), one transition per mutation; `version` is bumped by
 * each change and checked by the next one (`UPDATE … WHERE version = $read`), so a stale edit is
 * refused (CONFLICT) instead of winning last. Holds no personal data: the candidate's identity is
 * read through the candidate's own type.
 */
@ObjectType({ description: "Dossier d'un candidat pour une certification (une tentative)" })
@Scoped(dossierScope)
@Entity("dossier")
@Check("CHK_dossier_state", `"state" IN (${stateList})`)
@Check("CHK_dossier_version_positive", `"version" > 0`)
@Check("CHK_dossier_window_after_preliminary", `"windowEndsOn" IS NULL OR "windowEndsOn" > "preliminaryDate"`)
@Index("UQ_dossier_one_open_attempt_per_candidate_certification", ["candidateId", "certificationId"], {
  unique: true,
  where: `"state" NOT IN (${finalStates})`,
})
@Index("IDX_dossier_network_state", ["networkId", "state"])
@Index("IDX_dossier_establishment_state", ["establishmentId", "state"])
@Index("IDX_dossier_open_window_ends_on", ["windowEndsOn"], { where: `"state" NOT IN (${finalStates})` })
// Expression indexes of the list's default order (migration ReportingIndexes): TypeORM cannot declare them, only leave them be.
@Index("IDX_dossier_created_order", { synchronize: false })
@Index("IDX_dossier_network_created_order", { synchronize: false })
export class Dossier extends BaseRow {
  @Field(() => ID)
  @Index("IDX_dossier_candidate")
  @Column({ type: "uuid" })
  candidateId: string;

  @ManyToOne(() => Candidate, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "candidateId", foreignKeyConstraintName: "FK_dossier_candidate" })
  candidate?: Relation<Candidate>;

  @Field(() => ID)
  @Index("IDX_dossier_certification")
  @Column({ type: "uuid" })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "certificationId", foreignKeyConstraintName: "FK_dossier_certification" })
  certification?: Relation<Certification>;

  @Field(() => ID, { description: "Version du référentiel en vigueur à l'ouverture du dossier" })
  @Index("IDX_dossier_referential")
  @Column({ type: "uuid" })
  referentialId: string;

  @ManyToOne(() => Referential, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "referentialId", foreignKeyConstraintName: "FK_dossier_referential" })
  referential?: Relation<Referential>;

  @Field(() => ID)
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_dossier_establishment" })
  establishment?: Relation<Establishment>;

  @Field(() => ID)
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_dossier_network" })
  network?: Relation<Network>;

  @Field(() => DossierState)
  @Column({ type: "varchar", length: 24 })
  state: DossierState;

  @Field(() => Int, { description: "Version lue : à renvoyer avec chaque changement (contrôle des modifications concurrentes)" })
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => LocalDate, { description: "Date d'ouverture (entretien conseil)" })
  @DateColumn()
  openedOn: string;

  @Field(() => ID, { nullable: true, description: "Conseiller ayant ouvert le dossier" })
  @Index("IDX_dossier_advisor")
  @Column({ type: "uuid", nullable: true })
  advisorId: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "advisorId", foreignKeyConstraintName: "FK_dossier_advisor" })
  advisor?: Relation<User>;

  @Field(() => LocalDate, { nullable: true, description: "Date de l'évaluation préalable réalisée" })
  @DateColumn({ nullable: true })
  preliminaryDate: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Fin de validité des domaines acquis (évaluation préalable + 5 ans)" })
  @DateColumn({ nullable: true })
  windowEndsOn: string | null;

  @Field(() => Date, { description: "Date du dernier changement d'état" })
  @Column({ type: "timestamptz", default: () => "now()" })
  stateChangedAt: Date;
}

/**
 * The dossier's history: one row per transition, appended in the transition's transaction and
 * never changed (a trigger refuses UPDATE and DELETE). `version` is the dossier's version after it.
 */
@ObjectType({ description: "Événement de l'historique d'un dossier (un changement d'état)" })
@Scoped(dossierEventScope)
@Entity("dossier_event")
@Index("IDX_dossier_event_dossier_at", ["dossierId", "at"])
export class DossierEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "dossierId", foreignKeyConstraintName: "FK_dossier_event_dossier" })
  dossier?: Relation<Dossier>;

  @Index("IDX_dossier_event_network")
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_dossier_event_network" })
  network?: Relation<Network>;

  @Field(() => DossierAction, { nullable: true, description: "Action ; null pour l'ouverture du dossier" })
  @Column({ type: "varchar", length: 24, nullable: true })
  action: DossierAction | null;

  @Field(() => DossierState, { nullable: true })
  @Column({ type: "varchar", length: 24, nullable: true })
  fromState: DossierState | null;

  @Field(() => DossierState)
  @Column({ type: "varchar", length: 24 })
  toState: DossierState;

  @Field(() => Int)
  @Column({ type: "int" })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz" })
  at: Date;

  @Field(() => ID, { nullable: true, description: "Auteur ; null pour le traitement automatique (expiration)" })
  @Index("IDX_dossier_event_actor")
  @Column({ type: "uuid", nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "actorId", foreignKeyConstraintName: "FK_dossier_event_actor" })
  actor?: Relation<User>;

  @Field(() => String, { nullable: true, description: "Motif ou précision (ajournement, abandon, résultat d'évaluation…)" })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;
}
