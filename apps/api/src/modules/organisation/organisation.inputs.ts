import { Field, ID, InputType } from "type-graphql";
import { IsOptional } from "class-validator";
import { LocalDate } from "../../core/scalars.js";
import { IsName, IsSiren, IsTrainingDeclarationNumber } from "../../core/input-rules.js";

export const LEGAL_NAME_MAX = 300;

@InputType({ description: "Création d'un organisme (SIREN) dans un réseau" })
export class CreateOrganisationInput {
  @Field(() => ID)
  networkId: string;

  @Field({ description: "SIREN, 9 chiffres avec sa clé" })
  @IsSiren()
  siren: string;

  @Field()
  @IsName(LEGAL_NAME_MAX, "La raison sociale")
  legalName: string;

  @Field(() => String, { nullable: true, description: "NDA, 11 chiffres" })
  @IsOptional()
  @IsTrainingDeclarationNumber()
  trainingDeclarationNumber?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Fin de validité de la certification Qualiopi" })
  @IsOptional()
  qualiopiValidUntil?: string | null;
}

@InputType({ description: "Modification d'un organisme : seuls les champs donnés changent (null efface un champ facultatif)" })
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(LEGAL_NAME_MAX, "La raison sociale")
  legalName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTrainingDeclarationNumber()
  trainingDeclarationNumber?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  qualiopiValidUntil?: string | null;
}
