import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "../../core/list.js";
import { JurySession, JurySubmission } from "./jury.entity.js";

export const JurySessionConnection = Connection(JurySession);
export const JurySubmissionConnection = Connection(JurySubmission);

/** An account that may sit in a jury: what the organiser of a session needs to pick it. */
@ObjectType({ description: "Un compte qui a le rôle JURY (pour composer une session)" })
export class JuryAccount {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;
}
