import { Field, ID, Int, ObjectType } from "type-graphql";
import { CertificationCode, HabilitationRole } from "@clea/schema";
import { LocalDate } from "../../core/scalars.js";

@ObjectType({ description: "Habilitations en vigueur d'une certification dans un rôle" })
export class HabilitationCount {
  @Field(() => CertificationCode)
  certificationCode: CertificationCode;

  @Field({ description: "Nom de la certification" })
  certificationName: string;

  @Field(() => HabilitationRole)
  role: HabilitationRole;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "Établissements ouverts et habilitations en vigueur d'une région" })
export class RegionBreakdown {
  @Field({ description: "Code INSEE de la région" })
  regionCode: string;

  @Field()
  regionName: string;

  @Field(() => Int, { description: "Établissements ouverts" })
  establishments: number;

  @Field(() => Int, { description: "Habilitations en vigueur aujourd'hui (établissements ouverts)" })
  habilitations: number;
}

/**
 * The key figures of a network's dashboard, counted in SQL within the caller's scope. The
 * attention items are counted by `networkAttention` (each list's `totalCount`).
 */
@ObjectType({ description: "Chiffres clés d'un réseau, comptés dans votre périmètre" })
export class NetworkOverview {
  @Field(() => ID)
  networkId: string;

  @Field(() => LocalDate, { description: "Le jour de référence (en France)" })
  today: string;

  @Field(() => Int)
  establishmentsOpen: number;

  @Field(() => Int)
  establishmentsClosed: number;

  @Field(() => Int, { description: "Personnes (comptes actifs) ayant au moins une affectation en cours dans le réseau" })
  staff: number;

  @Field(() => Int, { description: "Sessions d'évaluation à venir (non annulées)" })
  upcomingSessions: number;

  @Field(() => Int, { description: "Habilitations en vigueur aujourd'hui, sur les établissements ouverts" })
  activeHabilitations: number;

  @Field(() => [HabilitationCount], { description: "Habilitations en vigueur par certification et rôle" })
  habilitationsByCertification: HabilitationCount[];

  @Field(() => [RegionBreakdown], {
    description: "Par région, de celle qui compte le plus d'établissements ouverts à celle qui en compte le moins",
  })
  regions: RegionBreakdown[];
}
