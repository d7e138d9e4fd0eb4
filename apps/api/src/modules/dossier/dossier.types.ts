import { Field, ObjectType } from "type-graphql";
import { Connection } from "../../core/list.js";
import { LocalDate } from "../../core/scalars.js";
import { Domain } from "../referential/index.js";
import { Dossier } from "./dossier.entity.js";

export const DossierConnection = Connection(Dossier);

/** Where a dossier stands on one domain of its référentiel (derived from its done evaluations). */
@ObjectType({ description: "Situation d'un dossier sur un domaine de son référentiel" })
export class DossierDomainStatus {
  @Field(() => Domain)
  domain: Domain;

  @Field({ description: "Acquis lors d'une évaluation réalisée" })
  acquired: boolean;

  @Field(() => LocalDate, { nullable: true, description: "Date de l'évaluation où il a été acquis" })
  acquiredOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Fin de validité (évaluation préalable + 5 ans)" })
  validUntil: string | null;
}
