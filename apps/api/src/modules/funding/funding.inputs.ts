import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsOptional, MaxLength } from "class-validator";
import { EURO_AMOUNT, FunderType, FundingStatus, FundingStep, LIMITS } from "@clea/schema";
import { SharedRule } from "../../core/input-rules.js";

export const FUNDER_REFERENCE_MAX = LIMITS.funderReference;

/** "1250.50": digits, at most 2 decimals, 0 to 999 999 999.99 — never a float, never negative. */
export function euroAmountProblem(value: unknown): string | null {
  if (typeof value !== "string" || !EURO_AMOUNT.test(value.trim()))
    return "Montant invalide : un nombre positif en euros avec au plus 2 décimales et un point (ex. 1250.50), jusqu'à 999999999.99.";
  return null;
}

const IsEuroAmount = () => SharedRule("isEuroAmount", euroAmountProblem);
const referenceMax = { message: `La référence compte au plus ${FUNDER_REFERENCE_MAX} caractères.` };

@InputType({ description: "Nouvelle ligne de financement d'un dossier" })
export class AddFundingLineInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => FundingStep)
  @IsEnum(FundingStep, { message: "Étape inconnue." })
  step: FundingStep;

  @Field(() => FunderType)
  @IsEnum(FunderType, { message: "Type de financeur inconnu." })
  funderType: FunderType;

  @Field(() => String, { nullable: true, description: "Référence chez le financeur ; obligatoire pour le CPF (numéro de dossier EDOF)" })
  @IsOptional()
  @MaxLength(FUNDER_REFERENCE_MAX, referenceMax)
  funderReference?: string | null;

  @Field(() => String, { description: 'Montant en euros, chaîne décimale exacte (ex. "1250.50")' })
  @IsEuroAmount()
  amount: string;

  @Field(() => FundingStatus, { nullable: true, description: "REQUESTED par défaut" })
  @IsOptional()
  @IsEnum(FundingStatus, { message: "Statut inconnu." })
  status?: FundingStatus | null;
}

@InputType({ description: "Modification d'une ligne de financement : seuls les champs donnés changent" })
export class UpdateFundingLineInput {
  @Field(() => FundingStep, { nullable: true })
  @IsOptional()
  @IsEnum(FundingStep, { message: "Étape inconnue." })
  step?: FundingStep | null;

  @Field(() => FunderType, { nullable: true })
  @IsOptional()
  @IsEnum(FunderType, { message: "Type de financeur inconnu." })
  funderType?: FunderType | null;

  @Field(() => String, { nullable: true, description: "Chaîne vide : retire la référence (sauf CPF)" })
  @IsOptional()
  @MaxLength(FUNDER_REFERENCE_MAX, referenceMax)
  funderReference?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEuroAmount()
  amount?: string | null;

  @Field(() => FundingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FundingStatus, { message: "Statut inconnu." })
  status?: FundingStatus | null;
}
