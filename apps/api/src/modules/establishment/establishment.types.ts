import { Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { CertificationCode, EstablishmentStatus } from "@clea/schema";
import { Connection } from "../../core/list.js";
import { Establishment } from "./establishment.entity.js";

export const EstablishmentConnection = Connection(Establishment);

@InputType({ description: "Filtre de la liste des établissements ; les critères donnés se cumulent" })
export class EstablishmentFilter {
  @Field(() => String, { nullable: true, description: "Texte cherché dans le nom, le SIRET ou la ville (sans tenir compte de la casse ni des accents)" })
  @IsOptional()
  @MaxLength(200, { message: "La recherche compte au plus 200 caractères." })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "Code INSEE de la région" })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Code INSEE du département" })
  departmentCode?: string | null;

  @Field(() => EstablishmentStatus, { nullable: true })
  status?: EstablishmentStatus | null;

  @Field(() => CertificationCode, {
    nullable: true,
    description: "Les établissements qui ont une habilitation accordée et non échue pour cette certification",
  })
  certificationCode?: CertificationCode | null;
}
