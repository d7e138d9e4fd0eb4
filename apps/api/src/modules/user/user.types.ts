import { Field, ID, ObjectType } from "type-graphql";
import { registerLabelledEnum } from "../../core/graphql-enums.js";
import { Role, roleLabels, UserStatus, userStatusLabels } from "@clea/schema";
import type { RoleGrant } from "../../core/auth/principal.js";
import { Connection } from "../../core/list.js";

registerLabelledEnum(Role, "Role", roleLabels, "Rôle d'un utilisateur ; chacun a son périmètre (national, réseau ou établissement)");
registerLabelledEnum(UserStatus, "UserStatus", userStatusLabels);

/**
 * Read models of accounts. The User entity is never a GraphQL type (it holds the password hash
 * and the auth version): these classes list, field by field, what a client may see.
 */
@ObjectType("RoleAssignment", { description: "Un rôle d'un utilisateur et son périmètre" })
export class RoleAssignmentView implements RoleGrant {
  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: "Réseau du rôle (aussi pour un rôle d'établissement) ; null si national" })
  networkId: string | null;

  @Field(() => ID, { nullable: true, description: "Établissement du rôle ; null pour un rôle national ou de réseau" })
  establishmentId: string | null;
}

@ObjectType("User", { description: "Un compte du personnel (administration, réseaux, centres, jurys, analystes)" })
export class UserView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => UserStatus)
  status: UserStatus;

  @Field(() => Boolean, { description: "Vrai tant que l'invitation n'a pas été acceptée (aucun mot de passe choisi)" })
  invitationPending: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;
}

@ObjectType({ description: "L'utilisateur connecté" })
export class CurrentUser {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => [RoleAssignmentView])
  roles: RoleAssignmentView[];
}

@ObjectType("Invitation", { description: "Lien d'invitation à usage unique (à transmettre à la personne invitée)" })
export class InvitationView {
  @Field(() => String, { description: "Chemin du lien dans l'application : /invitation/<jeton>" })
  link: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => UserView)
  user: UserView;
}

export const UserConnection = Connection(UserView, "User");
