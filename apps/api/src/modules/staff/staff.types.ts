import { Field, ID, ObjectType } from "type-graphql";
import { registerLabelledEnum } from "../../core/graphql-enums.js";
import { roleLabels, StaffFunction } from "@clea/schema";
import { LocalDate } from "../../core/scalars.js";

registerLabelledEnum(StaffFunction, "StaffFunction", roleLabels, "Fonction d'une personne dans un établissement");

/**
 * One function of one person in one establishment, current or ended (a row of role_assignment;
 * the entity itself is not a GraphQL type).
 */
@ObjectType("StaffAssignment", { description: "Affectation d'une personne à un établissement dans une fonction, en cours ou terminée" })
export class StaffAssignmentView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  establishmentId: string;

  @Field(() => ID)
  networkId: string;

  @Field(() => StaffFunction)
  function: StaffFunction;

  @Field(() => LocalDate)
  startedOn: string;

  @Field(() => LocalDate, { nullable: true, description: "Fin de l'affectation ; null tant qu'elle est en cours" })
  endedOn: string | null;

  @Field(() => Boolean, { description: "Vrai tant que l'affectation n'est pas terminée (elle donne alors ses droits)" })
  current: boolean;
}
