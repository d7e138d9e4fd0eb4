import { Field, ID, InputType } from "type-graphql";
import { IsOptional } from "class-validator";
import { IsDepartmentCode, IsName, IsPostalCodeOfDepartment, IsSiret } from "../../core/input-rules.js";

export const ESTABLISHMENT_LIMITS = { name: 300, addressLine: 300, city: 200 } as const;

@InputType({ description: "Création d'un établissement (SIRET) ; sa région se déduit du département" })
export class CreateEstablishmentInput {
  @Field(() => ID)
  organisationId: string;

  @Field({ description: "SIRET, 14 chiffres, commence par le SIREN de l'organisme" })
  @IsSiret()
  siret: string;

  @Field()
  @IsName(ESTABLISHMENT_LIMITS.name, "Le nom de l'établissement")
  name: string;

  @Field()
  @IsName(ESTABLISHMENT_LIMITS.addressLine, "L'adresse")
  addressLine: string;

  @Field()
  @IsPostalCodeOfDepartment("departmentCode")
  postalCode: string;

  @Field()
  @IsName(ESTABLISHMENT_LIMITS.city, "La ville")
  city: string;

  @Field({ description: "Code INSEE du département" })
  @IsDepartmentCode()
  departmentCode: string;
}

@InputType({ description: "Modification d'un établissement : seuls les champs donnés changent" })
export class UpdateEstablishmentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(ESTABLISHMENT_LIMITS.name, "Le nom de l'établissement")
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(ESTABLISHMENT_LIMITS.addressLine, "L'adresse")
  addressLine?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPostalCodeOfDepartment("departmentCode")
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(ESTABLISHMENT_LIMITS.city, "La ville")
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDepartmentCode()
  departmentCode?: string | null;
}
