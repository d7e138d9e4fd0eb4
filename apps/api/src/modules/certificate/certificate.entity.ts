import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, type Relation } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Candidate } from "../candidate/index.js";
import { Dossier, dossierChildRule } from "../dossier/index.js";
import { Establishment } from "../establishment/index.js";
import { JurySubmission } from "../jury/index.js";
import { Network } from "../network/index.js";
import { Certification } from "../referential/index.js";
import { Scoped } from "../../core/scope.js";

/**
 * The certificate a CERTIFIED jury decision issues: a unique, unguessable number (80 random bits,
 * see CERTIFICATE_NUMBER in packages/schema), the date, and the holder's initials kept for the
 * public verification page (which shows nothing more personal).
 */
@ObjectType({ description: "Certificat délivré" })
@Scoped(dossierChildRule)
@Entity("certificate")
@Index("IDX_certificate_network_issued_on", ["networkId", "issuedOn"])
export class Certificate extends BaseRow {
  @Field({ description: "Numéro du certificat (vérifiable publiquement)" })
  @Index("UQ_certificate_number", { unique: true })
  @Column({ type: "varchar", length: 24 })
  number: string;

  @Field(() => ID)
  @Index("UQ_certificate_dossier", { unique: true })
  @Column({ type: "uuid" })
  dossierId: string;

  @OneToOne(() => Dossier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "dossierId", foreignKeyConstraintName: "FK_certificate_dossier" })
  dossier?: Relation<Dossier>;

  @Field(() => ID)
  @Index("IDX_certificate_candidate")
  @Column({ type: "uuid" })
  candidateId: string;

  @ManyToOne(() => Candidate, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "candidateId", foreignKeyConstraintName: "FK_certificate_candidate" })
  candidate?: Relation<Candidate>;

  @Field(() => ID)
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_certificate_network" })
  network?: Relation<Network>;

  @Field(() => ID)
  @Index("IDX_certificate_establishment")
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_certificate_establishment" })
  establishment?: Relation<Establishment>;

  @Field(() => ID)
  @Index("IDX_certificate_certification")
  @Column({ type: "uuid" })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "certificationId", foreignKeyConstraintName: "FK_certificate_certification" })
  certification?: Relation<Certification>;

  @Field(() => ID)
  @Index("UQ_certificate_jury_submission", { unique: true })
  @Column({ type: "uuid" })
  jurySubmissionId: string;

  @OneToOne(() => JurySubmission, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "jurySubmissionId", foreignKeyConstraintName: "FK_certificate_jury_submission" })
  jurySubmission?: Relation<JurySubmission>;

  @Field(() => LocalDate, { description: "Date de délivrance (date du jury)" })
  @DateColumn()
  issuedOn: string;

  @Field({ description: "Initiales du titulaire (page de vérification publique)" })
  @Column({ type: "varchar", length: 8 })
  holderInitials: string;
}
