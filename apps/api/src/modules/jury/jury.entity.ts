import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { registerLabelledEnum } from "../../core/graphql-enums.js";
import { Field, ID, ObjectType } from "type-graphql";
import { JuryDecisionValue, JuryMode, dossierLabels } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Dossier, dossierChildRule } from "../dossier/index.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { Certification } from "../referential/index.js";
import { User } from "../user/index.js";
import { Scoped, Unscoped } from "../../core/scope.js";

registerLabelledEnum(JuryMode, "JuryMode", dossierLabels.JuryMode);
registerLabelledEnum(JuryDecisionValue, "JuryDecisionValue", dossierLabels.JuryDecisionValue);

/** A jury session (organised by a Transitions Pro association or a branch), for one certification. */
@ObjectType({ description: "Session de jury" })
@Unscoped("Every signed-in user reads the jury sessions (centres must pick one to present a dossier); only ADMIN and JURY write them.")
@Entity("jury_session")
@Check("CHK_jury_session_mode", `"mode" IN ('ON_SITE','REMOTE')`)
@Index("IDX_jury_session_certification_held_on", ["certificationId", "heldOn"])
export class JurySession extends BaseRow {
  @Field({ description: "Organisateur (ex. Transitions Pro Occitanie)" })
  @Column({ type: "varchar", length: 200 })
  organiser: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "certificationId", foreignKeyConstraintName: "FK_jury_session_certification" })
  certification?: Relation<Certification>;

  @Field(() => LocalDate)
  @DateColumn()
  heldOn: string;

  @Field(() => JuryMode)
  @Column({ type: "varchar", length: 8 })
  mode: JuryMode;

  @Field(() => String, { nullable: true, description: "Lieu (sur place) ou lien (à distance)" })
  @Column({ type: "varchar", length: 300, nullable: true })
  location: string | null;

  @Field(() => ID)
  @Index("IDX_jury_session_created_by")
  @Column({ type: "uuid" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "createdById", foreignKeyConstraintName: "FK_jury_session_created_by" })
  createdBy?: Relation<User>;

  @Field(() => Date, { nullable: true, description: "Clôture : plus aucune décision ni présentation" })
  @Column({ type: "timestamptz", nullable: true })
  closedAt: Date | null;
}

/** A member of a jury session: a user holding the JURY role, in a college (employers / employees). */
@ObjectType({ description: "Membre d'une session de jury" })
@Unscoped("The members of a jury session are read with their session, by every signed-in user; only ADMIN and JURY write them.")
@Entity("jury_member")
@Index("IDX_jury_member_user", ["userId"])
@Check("CHK_jury_member_college", `"college" IN ('EMPLOYER','EMPLOYEE','OTHER')`)
export class JuryMember {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  jurySessionId: string;

  @ManyToOne(() => JurySession, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "jurySessionId", foreignKeyConstraintName: "FK_jury_member_session" })
  jurySession?: Relation<JurySession>;

  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "userId", foreignKeyConstraintName: "FK_jury_member_user" })
  user?: Relation<User>;

  @Field({ description: "Collège : EMPLOYER (employeurs), EMPLOYEE (salariés), OTHER" })
  @Column({ type: "varchar", length: 8, default: "OTHER" })
  college: string;
}

/**
 * A dossier presented to a jury session, and the jury's decision on it. The decision is written
 * once (a trigger refuses to change it): a new presentation after an adjournment is a new row.
 */
@ObjectType({ description: "Présentation d'un dossier à une session de jury, et sa décision" })
@Scoped(dossierChildRule)
@Entity("jury_submission")
@Check("CHK_jury_submission_decision", `"decision" IS NULL OR "decision" IN ('CERTIFIED','ADJOURNED')`)
@Check("CHK_jury_submission_decided", `("decision" IS NULL) = ("decidedAt" IS NULL)`)
@Check("CHK_jury_submission_adjourned_reason", `"decision" IS DISTINCT FROM 'ADJOURNED' OR "reason" IS NOT NULL`)
@Index("UQ_jury_submission_session_dossier", ["jurySessionId", "dossierId"], { unique: true })
@Index("IDX_jury_submission_dossier", ["dossierId"])
export class JurySubmission extends BaseRow {
  @Field(() => ID)
  @Column({ type: "uuid" })
  jurySessionId: string;

  @ManyToOne(() => JurySession, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "jurySessionId", foreignKeyConstraintName: "FK_jury_submission_session" })
  jurySession?: Relation<JurySession>;

  @Field(() => ID)
  @Column({ type: "uuid" })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "dossierId", foreignKeyConstraintName: "FK_jury_submission_dossier" })
  dossier?: Relation<Dossier>;

  @Field(() => ID)
  @Index("IDX_jury_submission_network")
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_jury_submission_network" })
  network?: Relation<Network>;

  @Field(() => ID)
  @Index("IDX_jury_submission_establishment")
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_jury_submission_establishment" })
  establishment?: Relation<Establishment>;

  @Field(() => ID)
  @Index("IDX_jury_submission_submitted_by")
  @Column({ type: "uuid" })
  submittedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "submittedById", foreignKeyConstraintName: "FK_jury_submission_submitted_by" })
  submittedBy?: Relation<User>;

  @Field(() => JuryDecisionValue, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  decision: JuryDecisionValue | null;

  @Field(() => String, { nullable: true, description: "Motif (obligatoire pour un ajournement)" })
  @Column({ type: "varchar", length: 1000, nullable: true })
  reason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Index("IDX_jury_submission_decided_by")
  @Column({ type: "uuid", nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "decidedById", foreignKeyConstraintName: "FK_jury_submission_decided_by" })
  decidedBy?: Relation<User>;
}
