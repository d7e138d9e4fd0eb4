import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../core/scalars.js";

/**
 * What needs a network manager's attention. Each list is a field of its own (a connection, with
 * its `totalCount`), computed in SQL with the caller's scope only when asked for.
 */
@ObjectType({ description: "Liste d'attention d'un réseau (ou de tous ceux que l'on gère)" })
export class NetworkAttention {
  @Field(() => ID, { nullable: true, description: "Le réseau demandé ; null : tous les réseaux gérés" })
  networkId: string | null;

  @Field(() => LocalDate, { description: "Le jour de référence (en France)" })
  today: string;

  @Field(() => Int, { description: "Horizon, en jours, des habilitations qui arrivent à échéance" })
  horizonDays: number;

  /** The networks the lists cover: one, those the caller manages, or ALL (not a GraphQL field). */
  networks: "ALL" | string[];
}
