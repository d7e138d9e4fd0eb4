import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, ValidateNested } from "class-validator";
import { LIMITS } from "@clea/schema";
import { IsName } from "../../core/input-rules.js";
import { LocalDate } from "../../core/scalars.js";

export const ORGANISATION_MAX = 200;
export const TRAINER_NAME_MAX = LIMITS.trainerName;

@InputType({ description: "Heures prévues sur un domaine" })
export class TrainingPathDomainInput {
  @Field({ description: "Code du domaine (ex. D3)" })
  @MaxLength(20, { message: "Code de domaine trop long." })
  domainCode: string;

  @Field({ description: 'Heures prévues, nombre décimal exact (ex. "12.5"), plus grand que 0' })
  plannedHours: string;
}

@InputType({ description: "Planification d'un parcours de formation sur des domaines non acquis" })
export class PlanTrainingPathInput {
  @Field(() => ID)
  dossierId: string;

  @Field({ description: "Organisme de formation" })
  @IsName(ORGANISATION_MAX, "L'organisme de formation")
  trainingOrganisation: string;

  @Field(() => ID, { nullable: true, description: "Établissement de formation, s'il est sur la plateforme" })
  @IsOptional()
  trainingEstablishmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Formateur ayant un compte sur la plateforme" })
  @IsOptional()
  trainerId?: string | null;

  @Field(() => String, { nullable: true, description: "Nom du formateur (sans compte sur la plateforme)" })
  @IsOptional()
  @MaxLength(TRAINER_NAME_MAX, { message: `Le nom du formateur compte au plus ${TRAINER_NAME_MAX} caractères.` })
  trainerName?: string | null;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => [TrainingPathDomainInput])
  @ArrayMinSize(1, { message: "Choisissez au moins un domaine." })
  @ArrayMaxSize(50)
  @ValidateNested()
  domains: TrainingPathDomainInput[];
}

@InputType({ description: "Heures réalisées sur un domaine" })
export class TrainingPathActualHoursInput {
  @Field()
  @MaxLength(20, { message: "Code de domaine trop long." })
  domainCode: string;

  @Field({ description: 'Heures réalisées, nombre décimal exact (ex. "10" ou "7.5"), 0 ou plus' })
  actualHours: string;
}

@InputType({ description: "Fin d'un parcours : date et heures réalisées sur chacun de ses domaines" })
export class CompleteTrainingPathInput {
  @Field(() => ID)
  trainingPathId: string;

  @Field(() => LocalDate)
  completedOn: string;

  @Field(() => [TrainingPathActualHoursInput])
  @ArrayMaxSize(50)
  @ValidateNested()
  actualHours: TrainingPathActualHoursInput[];
}
