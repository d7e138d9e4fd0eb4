import { Field, ID, InputType, Int } from "type-graphql";
import { IsEnum, IsOptional, Max, Min } from "class-validator";
import { CertificationCode, EvaluationSessionKind } from "@clea/schema";
import { IsName } from "../../core/input-rules.js";

export const SITE_ADDRESS_MAX = 300;
export const CAPACITY_MAX = 1000;
const capacityMin = { message: "La capacité doit être d'au moins une place." };
const capacityMax = { message: `La capacité compte au plus ${CAPACITY_MAX} places.` };

@InputType({ description: "Planification d'une session d'évaluation" })
export class PlanEvaluationSessionInput {
  @Field(() => ID)
  establishmentId: string;

  @Field(() => CertificationCode)
  @IsEnum(CertificationCode, { message: "Certification inconnue." })
  certificationCode: CertificationCode;

  @Field(() => EvaluationSessionKind)
  @IsEnum(EvaluationSessionKind, { message: "Type de session inconnu." })
  kind: EvaluationSessionKind;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  @IsName(SITE_ADDRESS_MAX, "L'adresse du lieu")
  siteAddress: string;

  @Field(() => Int)
  @Min(1, capacityMin)
  @Max(CAPACITY_MAX, capacityMax)
  capacity: number;

  @Field(() => ID, { description: "L'évaluateur : une personne affectée comme évaluateur à l'établissement" })
  evaluatorId: string;
}

@InputType({
  description: "Modification d'une session : seuls les champs donnés changent ; les règles de planification sont vérifiées à nouveau",
})
export class UpdateEvaluationSessionInput {
  @Field(() => EvaluationSessionKind, { nullable: true })
  @IsOptional()
  @IsEnum(EvaluationSessionKind, { message: "Type de session inconnu." })
  kind?: EvaluationSessionKind | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(SITE_ADDRESS_MAX, "L'adresse du lieu")
  siteAddress?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, capacityMin)
  @Max(CAPACITY_MAX, capacityMax)
  capacity?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  evaluatorId?: string | null;
}
