import { Field, ObjectType } from "type-graphql";
import { CurrentUser } from "../user/index.js";

@ObjectType({
  description: "Résultat d'une connexion : le jeton d'accès (15 minutes) ; le jeton de renouvellement est dans un cookie HttpOnly",
})
export class SignInPayload {
  @Field(() => String, { description: "À envoyer dans l'en-tête `Authorization: Bearer <jeton>` ; à garder en mémoire seulement" })
  accessToken: string;

  @Field(() => Date, { description: "Fin de validité du jeton d'accès : le renouveler avant par refreshSession" })
  expiresAt: Date;

  @Field(() => CurrentUser)
  user: CurrentUser;
}
