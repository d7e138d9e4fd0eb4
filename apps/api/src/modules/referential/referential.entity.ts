import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from "typeorm";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { CertificationCode, DEFAULT_THRESHOLD_PERCENT, ReferentialStatus } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Unscoped } from "../../core/scope.js";

registerEnumType(CertificationCode, { name: "CertificationCode", description: "CléA, CléA Numérique, CléA Management" });
registerEnumType(ReferentialStatus, { name: "ReferentialStatus", description: "Brouillon, publiée (immuable) ou retirée" });

/**
 * The référentiel tree. These tables hold no personal data, so the entities double as GraphQL
 * types: only the columns decorated with @Field are exposed (docs/adr/0003).
 */
@ObjectType({ description: "Une certification (CléA, CléA Numérique, CléA Management)" })
@Unscoped("Reference data: every signed-in user reads the référentiels (they are public texts).")
@Entity("certification")
export class Certification extends BaseRow {
  @Field(() => CertificationCode)
  @Column({ type: "varchar", length: 30, unique: true })
  code: CertificationCode;

  @Field()
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field()
  @Column({ type: "varchar", length: 300 })
  fullName: string;

  @Field(() => String, { nullable: true, description: "Code au Répertoire spécifique, quand il est connu" })
  @Column({ type: "varchar", length: 20, nullable: true })
  rsCode: string | null;

  @Field(() => [String], { description: "Incertitudes sur les données de cette certification" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  notes: string[];
}

@ObjectType({ description: "Une version du référentiel d'une certification" })
@Unscoped("Reference data: every signed-in user reads the référentiels (they are public texts).")
@Entity("referential")
@Unique("UQ_referential_version_per_certification", ["certificationId", "version"])
@Check("CHK_referential_status", `"status" IN ('DRAFT','PUBLISHED','RETIRED')`)
@Index("UQ_referential_one_published_per_certification", ["certificationId"], { unique: true, where: `"status" = 'PUBLISHED'` })
@Check("CHK_referential_effective_dates", `"effectiveTo" IS NULL OR "effectiveFrom" IS NULL OR "effectiveTo" >= "effectiveFrom"`)
export class Referential extends BaseRow {
  @Index("IDX_referential_certification")
  @Column({ type: "uuid" })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "certificationId", foreignKeyConstraintName: "FK_referential_certification" })
  certification?: Relation<Certification>;

  @Field({ description: "Identifiant de version, unique par certification (ex. 2018)" })
  @Column({ type: "varchar", length: 40 })
  version: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  label: string;

  @Field(() => ReferentialStatus)
  @Column({ type: "varchar", length: 20, default: ReferentialStatus.DRAFT })
  status: ReferentialStatus;

  @Field(() => LocalDate, { nullable: true })
  @DateColumn({ nullable: true })
  effectiveFrom: string | null;

  @Field(() => LocalDate, { nullable: true })
  @DateColumn({ nullable: true })
  effectiveTo: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Field(() => [String], { description: "Remarques sur les sources et les incertitudes de cette version" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  notes: string[];
}

@ObjectType({ description: "Un domaine du référentiel" })
@Unscoped("Reference data: every signed-in user reads the référentiels (they are public texts).")
@Entity("domain")
@Unique("UQ_domain_code_per_referential", ["referentialId", "code"])
export class Domain extends BaseRow {
  @Index("IDX_domain_referential")
  @Column({ type: "uuid" })
  referentialId: string;

  @ManyToOne(() => Referential, { onDelete: "CASCADE" })
  @JoinColumn({ name: "referentialId", foreignKeyConstraintName: "FK_domain_referential" })
  referential?: Relation<Referential>;

  @Field({ description: "Code stable, ex. D1" })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field()
  @Column({ type: "varchar", length: 500 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  shortTitle: string | null;

  @Field(() => String, { nullable: true, description: "Incertitude sur l'intitulé ou la source" })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;
}

@ObjectType({ description: "Un sous-domaine, avec sa règle de validation" })
@Unscoped("Reference data: every signed-in user reads the référentiels (they are public texts).")
@Entity("sub_domain")
@Unique("UQ_sub_domain_code_per_referential", ["referentialId", "code"])
@Check("CHK_sub_domain_threshold_is_a_percentage", `"thresholdPercent" BETWEEN 0 AND 100`)
export class SubDomain extends BaseRow {
  @Index("IDX_sub_domain_referential")
  @Column({ type: "uuid" })
  referentialId: string;

  @ManyToOne(() => Referential, { onDelete: "CASCADE" })
  @JoinColumn({ name: "referentialId", foreignKeyConstraintName: "FK_sub_domain_referential" })
  referential?: Relation<Referential>;

  @Index("IDX_sub_domain_domain")
  @Column({ type: "uuid" })
  domainId: string;

  @ManyToOne(() => Domain, { onDelete: "CASCADE" })
  @JoinColumn({ name: "domainId", foreignKeyConstraintName: "FK_sub_domain_domain" })
  domain?: Relation<Domain>;

  @Field({ description: "Code stable, ex. D1.2" })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field(() => String, { nullable: true, description: "Nul quand aucune source n'a donné l'intitulé officiel" })
  @Column({ type: "varchar", length: 500, nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;

  @Field(() => Int, { description: "Pourcentage de critères acquis pour valider le sous-domaine" })
  @Column({ type: "int", default: DEFAULT_THRESHOLD_PERCENT })
  thresholdPercent: number;

  @Field(() => [String], { description: "Codes des critères obligatoires" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  mandatoryCriteria: string[];
}

@ObjectType({ description: "Un critère d'évaluation" })
@Unscoped("Reference data: every signed-in user reads the référentiels (they are public texts).")
@Entity("criterion")
@Unique("UQ_criterion_code_per_referential", ["referentialId", "code"])
export class Criterion extends BaseRow {
  @Index("IDX_criterion_referential")
  @Column({ type: "uuid" })
  referentialId: string;

  @ManyToOne(() => Referential, { onDelete: "CASCADE" })
  @JoinColumn({ name: "referentialId", foreignKeyConstraintName: "FK_criterion_referential" })
  referential?: Relation<Referential>;

  @Index("IDX_criterion_sub_domain")
  @Column({ type: "uuid" })
  subDomainId: string;

  @ManyToOne(() => SubDomain, { onDelete: "CASCADE" })
  @JoinColumn({ name: "subDomainId", foreignKeyConstraintName: "FK_criterion_sub_domain" })
  subDomain?: Relation<SubDomain>;

  @Field({ description: "Code stable, ex. D1.2.3" })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field()
  @Column({ type: "varchar", length: 1000 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;
}
