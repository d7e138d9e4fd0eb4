import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { CRITERION_CODE, CertificationCode, DOMAIN_CODE, ReferentialFileFormat, SUBDOMAIN_CODE } from "@clea/schema";
import { LocalDate } from "../../core/scalars.js";
import { LIMITS } from "./referential.document.js";
import "./referential.types.js";

const NOT_BLANK = /\S/;
const blank = (what: string) => ({ message: `${what} ne peut pas être vide.` });
const tooLong = (what: string, max: number) => ({ message: `${what} dépasse ${max} caractères.` });
const codeFormat = (what: string, example: string) => ({ message: `Code de ${what} invalide : attendu un code du type ${example}.` });
const THRESHOLD = "Le seuil de validation doit être un nombre entier de 0 à 100 (pourcentage).";

@InputType({ description: "Nouveau brouillon d'une certification, copié d'une version existante" })
export class CreateReferentialDraftInput {
  @Field(() => CertificationCode)
  certificationCode: CertificationCode;

  @Field({ description: "Identifiant de la nouvelle version, unique par certification (ex. 2025)" })
  @Matches(NOT_BLANK, blank("La version"))
  @MaxLength(LIMITS.version, tooLong("La version", LIMITS.version))
  version: string;

  @Field()
  @Matches(NOT_BLANK, blank("Le libellé"))
  @MaxLength(LIMITS.label, tooLong("Le libellé", LIMITS.label))
  label: string;

  @Field(() => ID, { nullable: true, description: "Version à copier ; par défaut, la version publiée" })
  copyFromId?: string;
}

@InputType()
export class UpdateReferentialDraftInput {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, blank("La version"))
  @MaxLength(LIMITS.version, tooLong("La version", LIMITS.version))
  version?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, blank("Le libellé"))
  @MaxLength(LIMITS.label, tooLong("Le libellé", LIMITS.label))
  label?: string;

  @Field(() => LocalDate, { nullable: true })
  effectiveFrom?: string | null;

  @Field(() => LocalDate, { nullable: true })
  effectiveTo?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: "Au plus 50 remarques." })
  notes?: string[];
}

@InputType()
export class AddDomainInput {
  @Field({ description: "Code stable, ex. D8" })
  @Matches(DOMAIN_CODE, codeFormat("domaine", "D1"))
  code: string;

  @Field()
  @Matches(NOT_BLANK, blank("L'intitulé du domaine"))
  @MaxLength(LIMITS.domainTitle, tooLong("L'intitulé du domaine", LIMITS.domainTitle))
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.shortTitle, tooLong("L'intitulé court", LIMITS.shortTitle))
  shortTitle?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class UpdateDomainInput {
  @Field({ nullable: true, description: "Changer le code renumérote les sous-domaines et critères du domaine" })
  @IsOptional()
  @Matches(DOMAIN_CODE, codeFormat("domaine", "D1"))
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, blank("L'intitulé du domaine"))
  @MaxLength(LIMITS.domainTitle, tooLong("L'intitulé du domaine", LIMITS.domainTitle))
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.shortTitle, tooLong("L'intitulé court", LIMITS.shortTitle))
  shortTitle?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AddSubDomainInput {
  @Field({ description: "Code stable qui prolonge celui du domaine, ex. D1.6" })
  @Matches(SUBDOMAIN_CODE, codeFormat("sous-domaine", "D1.2"))
  code: string;

  @Field(() => String, { nullable: true, description: "Nul tant que l'intitulé officiel n'est pas connu" })
  @IsOptional()
  @MaxLength(LIMITS.subDomainTitle, tooLong("L'intitulé du sous-domaine", LIMITS.subDomainTitle))
  title?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: THRESHOLD })
  @Min(0, { message: THRESHOLD })
  @Max(100, { message: THRESHOLD })
  thresholdPercent?: number;

  @Field(() => [String], { nullable: true })
  mandatoryCriteria?: string[];
}

@InputType()
export class UpdateSubDomainInput {
  @Field({ nullable: true, description: "Changer le code renumérote les critères du sous-domaine" })
  @IsOptional()
  @Matches(SUBDOMAIN_CODE, codeFormat("sous-domaine", "D1.2"))
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.subDomainTitle, tooLong("L'intitulé du sous-domaine", LIMITS.subDomainTitle))
  title?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: THRESHOLD })
  @Min(0, { message: THRESHOLD })
  @Max(100, { message: THRESHOLD })
  thresholdPercent?: number;

  @Field(() => [String], { nullable: true })
  mandatoryCriteria?: string[];
}

@InputType()
export class AddCriterionInput {
  @Field({ description: "Code stable qui prolonge celui du sous-domaine, ex. D1.2.5" })
  @Matches(CRITERION_CODE, codeFormat("critère", "D1.2.3"))
  code: string;

  @Field()
  @Matches(NOT_BLANK, blank("L'intitulé du critère"))
  @MaxLength(LIMITS.criterionTitle, tooLong("L'intitulé du critère", LIMITS.criterionTitle))
  title: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class UpdateCriterionInput {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(CRITERION_CODE, codeFormat("critère", "D1.2.3"))
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, blank("L'intitulé du critère"))
  @MaxLength(LIMITS.criterionTitle, tooLong("L'intitulé du critère", LIMITS.criterionTitle))
  title?: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: "Fichier d'une version (JSON ou CSV) à importer comme brouillon" })
export class ImportReferentialInput {
  @Field(() => CertificationCode)
  certificationCode: CertificationCode;

  @Field(() => ReferentialFileFormat)
  format: ReferentialFileFormat;

  @Field({ description: "Contenu du fichier (texte UTF-8)" })
  @Matches(NOT_BLANK, blank("Le fichier"))
  content: string;

  @Field()
  @Matches(NOT_BLANK, blank("La version"))
  @MaxLength(LIMITS.version, tooLong("La version", LIMITS.version))
  version: string;

  @Field()
  @Matches(NOT_BLANK, blank("Le libellé"))
  @MaxLength(LIMITS.label, tooLong("Le libellé", LIMITS.label))
  label: string;
}
