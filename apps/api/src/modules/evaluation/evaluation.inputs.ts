import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, MaxLength, Min, Max, ValidateNested } from "class-validator";
import { CriterionResultValue, LIMITS } from "@clea/schema";
import { LocalDate } from "../../core/scalars.js";

export const CONTEXT_MAX = LIMITS.evaluationContext;
/** A référentiel has about 106 criteria; this bounds a malicious list, not a real one. */
export const RESULTS_MAX = 500;
export const DURATION_MAX_MINUTES = LIMITS.evaluationDurationMinutes.max;

@InputType({ description: "Planification de l'évaluation préalable" })
export class PlanPreliminaryEvaluationInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int, { description: "Version du dossier lue" })
  version: number;

  @Field(() => LocalDate, { nullable: true, description: "Date prévue ; par défaut, le jour de la session choisie" })
  @IsOptional()
  plannedOn?: string | null;

  @Field(() => ID, { description: "L'évaluateur : une personne affectée comme évaluateur à l'établissement du dossier" })
  evaluatorId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Session d'évaluation où réserver une place (même établissement, certification et type)",
  })
  @IsOptional()
  sessionId?: string | null;
}

@InputType({ description: "Planification d'une évaluation finale, sur des domaines non acquis et travaillés en formation" })
export class PlanFinalEvaluationInput extends PlanPreliminaryEvaluationInput {
  @Field(() => [String], { description: "Codes des domaines évalués (ex. D3)" })
  @ArrayMinSize(1, { message: "Choisissez au moins un domaine à évaluer." })
  @ArrayMaxSize(50)
  domainCodes: string[];
}

@InputType({ description: "Résultat d'un critère" })
export class CriterionResultInput {
  @Field({ description: "Code du critère (ex. D1.2.3)" })
  @MaxLength(20, { message: "Code de critère trop long." })
  criterionCode: string;

  @Field(() => CriterionResultValue)
  @IsEnum(CriterionResultValue, { message: "Résultat inconnu." })
  result: CriterionResultValue;
}

@InputType({ description: "Saisie d'une évaluation réalisée : un résultat pour chaque critère évalué, en une fois" })
export class RecordEvaluationInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int, { description: "Version du dossier lue" })
  version: number;

  @Field(() => LocalDate, { description: "Date de réalisation" })
  heldOn: string;

  @Field(() => Int, { description: "Durée en minutes" })
  @Min(LIMITS.evaluationDurationMinutes.min, { message: "La durée doit être d'au moins une minute." })
  @Max(DURATION_MAX_MINUTES, { message: `La durée compte au plus ${DURATION_MAX_MINUTES} minutes.` })
  durationMinutes: number;

  @Field(() => String, { nullable: true, description: "Contexte (situation de travail, branche)" })
  @IsOptional()
  @MaxLength(CONTEXT_MAX, { message: `Le contexte compte au plus ${CONTEXT_MAX} caractères.` })
  context?: string | null;

  @Field(() => [CriterionResultInput])
  @ArrayMaxSize(RESULTS_MAX, { message: `Au plus ${RESULTS_MAX} résultats.` })
  @ValidateNested({ each: true })
  results: CriterionResultInput[];
}
