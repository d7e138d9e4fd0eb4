import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { Connection } from "../../core/list.js";
import { SavedReport, SavedReportVisibility } from "./saved-report.entity.js";

// Inputs are checked by the service, every problem at once (document, variables, name, network).

@InputType({ description: "Enregistrement d'un rapport" })
export class CreateSavedReportInput {
  @Field({ description: "Nom (1 à 120 caractères)" })
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field({ description: "Une requête GraphQL (query), validée contre le schéma de l'API" })
  document: string;

  @Field(() => JSONObjectResolver, { nullable: true })
  variables?: Record<string, unknown> | null;

  @Field(() => SavedReportVisibility)
  visibility: SavedReportVisibility;

  @Field(() => ID, { nullable: true, description: "Obligatoire pour la visibilité NETWORK : un de vos réseaux" })
  networkId?: string | null;
}

@InputType({ description: "Modification d'un rapport enregistré : seuls les champs donnés changent" })
export class UpdateSavedReportInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Une chaîne vide efface la description" })
  description?: string | null;

  @Field(() => String, { nullable: true })
  document?: string | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  variables?: Record<string, unknown> | null;

  @Field(() => SavedReportVisibility, { nullable: true })
  visibility?: SavedReportVisibility | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;
}

export const SavedReportConnection = Connection(SavedReport);

@ObjectType({ description: "Une erreur de l'exécution d'un rapport" })
export class SavedReportRunError {
  @Field() message: string;
  @Field() code: string;
  @Field(() => [String], { nullable: true, description: "Chemin du champ en erreur" })
  path?: string[] | null;
}

@ObjectType({ description: "Le résultat de l'exécution d'un rapport, dans le périmètre de qui l'exécute" })
export class SavedReportRun {
  @Field(() => JSONObjectResolver, { nullable: true })
  data: Record<string, unknown> | null;

  @Field(() => [SavedReportRunError])
  errors: SavedReportRunError[];

  @Field(() => Int, { description: "Coût de la requête exécutée, pris sur le budget de qui l'exécute" })
  cost: number;
}
