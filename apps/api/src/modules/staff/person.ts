import { Field, ID, ObjectType } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { staffService } from "./staff.service.js";

/**
 * A person as the rows around them show them — the evaluator of an evaluation, the author of a
 * history event, a trainer, an advisor: their name, whoever sees the row. Their account (e-mail,
 * roles) stays behind the users' own scope (`UserView`).
 */
@ObjectType("Person", { description: "Une personne (évaluateur, formateur, auteur…) : son nom ; son compte reste réservé" })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

/** The person of `userId` (batched with the request's other names); null for none. */
export async function personOf(ctx: RequestContext, userId: string | null | undefined): Promise<Person | null> {
  if (!userId) return null;
  return { id: userId, displayName: await staffService.displayNameOf(ctx, userId) };
}
