import { ArgsType, Field, InputType } from "type-graphql";
import { IsEnum, IsOptional, MaxLength } from "class-validator";
import { NetworkKind } from "@clea/schema";
import { PageArgs } from "../../core/list.js";
import { IsName } from "../../core/input-rules.js";

const NAME_MAX = 200;

@InputType({ description: "Création d'un réseau" })
export class CreateNetworkInput {
  @Field()
  @IsName(NAME_MAX, "Le nom du réseau")
  name: string;

  @Field(() => NetworkKind)
  @IsEnum(NetworkKind, { message: "Type de réseau inconnu." })
  kind: NetworkKind;
}

@InputType({ description: "Modification d'un réseau : seuls les champs donnés changent" })
export class UpdateNetworkInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(NAME_MAX, "Le nom du réseau")
  name?: string | null;

  @Field(() => NetworkKind, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkKind, { message: "Type de réseau inconnu." })
  kind?: NetworkKind | null;
}

@ArgsType()
export class SearchPageArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Texte cherché dans le nom (et le SIREN d'un organisme), sans tenir compte de la casse ni des accents",
  })
  @IsOptional()
  @MaxLength(200, { message: "La recherche compte au plus 200 caractères." })
  search?: string | null;
}
