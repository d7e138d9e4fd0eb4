import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, CreateDateColumn, type Relation } from "typeorm";
import type { EntryStatus, Gender, Prescriber, QualificationLevel } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { Scoped, Unscoped } from "../../core/scope.js";
import { candidateScope } from "./candidate.scope.js";

/**
 * A candidate of the CléA process, held by one establishment. NOT a GraphQL type: the public type
 * is the read model of candidate.types.ts, whose personal fields are guarded field by field
 * (core/personal-data.ts). `networkId` repeats the establishment's network, so that the table is
 * reachable (scoped, and one day distributed) by network.
 */
@Scoped(candidateScope)
@Entity("candidate")
@Index("IDX_candidate_network_identity", ["networkId", "identityKey"])
@Check("CHK_candidate_gender", `"gender" IN ('FEMALE','MALE')`)
@Check("CHK_candidate_entry_status", `"entryStatus" IN ('EMPLOYEE','JOB_SEEKER','OTHER')`)
@Check(
  "CHK_candidate_qualification_level",
  `"qualificationLevel" IN ('NO_DIPLOMA','LEVEL_3_CAP_BEP','LEVEL_4_BAC','LEVEL_5_BAC_PLUS_2','LEVEL_6_AND_ABOVE')`,
)
@Check("CHK_candidate_prescriber", `"prescriber" IN ('FRANCE_TRAVAIL','OPCO','EMPLOYER','REGION','CEP','SELF','OTHER')`)
export class Candidate extends BaseRow {
  @Index("IDX_candidate_network")
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_candidate_network" })
  network?: Relation<Network>;

  @Index("IDX_candidate_establishment")
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_candidate_establishment" })
  establishment?: Relation<Establishment>;

  /** Random, stable and unique: what analysts and exports see instead of an identity. */
  @Index("UQ_candidate_pseudonym", { unique: true })
  @Column({ type: "varchar", length: 20 })
  pseudonym: string;

  @Column({ type: "varchar", length: 100 })
  birthLastName: string;

  @Column({ type: "varchar", length: 100, nullable: true })
  usualName: string | null;

  @Column({ type: "varchar", length: 150 })
  firstNames: string;

  @DateColumn()
  birthDate: string;

  @Column({ type: "varchar", length: 150 })
  birthPlace: string;

  @Column({ type: "boolean", default: false })
  bornAbroad: boolean;

  /**
   * Birth last name, first names and birth date, folded (case, accents, spaces): the key of the
   * likely-duplicate check within a network. Derived, written by the service only.
   */
  @Column({ type: "varchar", length: 300 })
  identityKey: string;

  @Column({ type: "varchar", length: 10 })
  gender: Gender;

  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 30, nullable: true })
  phone: string | null;

  @Column({ type: "varchar", length: 300, nullable: true })
  addressLine: string | null;

  @Column({ type: "varchar", length: 300, nullable: true })
  addressComplement: string | null;

  @Column({ type: "char", length: 5, nullable: true })
  postalCode: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  city: string | null;

  @Column({ type: "varchar", length: 20 })
  entryStatus: EntryStatus;

  @Column({ type: "varchar", length: 30 })
  qualificationLevel: QualificationLevel;

  @Column({ type: "varchar", length: 20 })
  prescriber: Prescriber;

  @Column({ type: "char", length: 14, nullable: true })
  employerSiret: string | null;
}

/**
 * A creation asked with an idempotency key: the same key from the same user gives the same
 * candidate. Kept in PostgreSQL so that any instance of the API answers the same. No foreign key
 * to the candidate: the record is written first, in the transaction that creates the candidate,
 * so that a concurrent request with the same key waits on it.
 */
@Unscoped("Internal idempotency keys of candidate creation, read by key in the candidate service only; never served.")
@Entity("candidate_idempotency")
export class CandidateIdempotency {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "PK_candidate_idempotency" })
  createdById: string;

  @PrimaryColumn({ type: "varchar", length: 100, primaryKeyConstraintName: "PK_candidate_idempotency" })
  key: string;

  @Column({ type: "uuid" })
  candidateId: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
