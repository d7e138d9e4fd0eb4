import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, MaxLength, MinLength } from "class-validator";
import { CertificationCode, StaffFunction } from "@clea/schema";
import { LocalDate } from "../../core/scalars.js";

export const ACCREDITATION_REFERENCE_MAX = 100;

@InputType({ description: "Affectation d'une personne à un établissement, dans une ou plusieurs fonctions" })
export class AssignStaffInput {
  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  establishmentId: string;

  @Field(() => [StaffFunction])
  @ArrayMinSize(1, { message: "Indiquez au moins une fonction." })
  @ArrayMaxSize(4, { message: "Au plus 4 fonctions." })
  @IsEnum(StaffFunction, { each: true, message: "Fonction inconnue." })
  functions: StaffFunction[];

  @Field(() => LocalDate, { nullable: true, description: "Début de l'affectation ; aujourd'hui par défaut, jamais dans le futur" })
  @IsOptional()
  startedOn?: string | null;
}

@InputType({ description: "Habilitation personnelle d'un évaluateur (formation suivie)" })
export class RecordEvaluatorAccreditationInput {
  @Field(() => ID)
  userId: string;

  @Field(() => CertificationCode)
  @IsEnum(CertificationCode, { message: "Certification inconnue." })
  certificationCode: CertificationCode;

  @Field(() => LocalDate, { description: "Date de la formation ; jamais dans le futur" })
  trainedOn: string;

  @Field(() => String, { description: "Référence de l'attestation de formation" })
  @MinLength(1, { message: "La référence est obligatoire." })
  @MaxLength(ACCREDITATION_REFERENCE_MAX, { message: `La référence compte au plus ${ACCREDITATION_REFERENCE_MAX} caractères.` })
  reference: string;
}
