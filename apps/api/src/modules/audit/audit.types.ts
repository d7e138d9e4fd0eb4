import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { AuditAction } from "@clea/schema";
import { Connection } from "../../core/list.js";

registerEnumType(AuditAction, { name: "AuditAction", description: "Nature d'un acte consigné au journal d'audit" });

/**
 * An audit event as a reader sees it: a read model, not the entity, so that what is shown can
 * depend on the reader (the client address is shown to ADMIN only).
 */
@ObjectType("AuditEvent", { description: "Un acte consigné au journal d'audit (jamais modifié ni supprimé)" })
export class AuditEventView {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: "Auteur de l'acte ; vide pour un traitement système ou un échec de connexion" })
  actorId: string | null;

  @Field(() => [String], { description: "Rôles de l'auteur au moment de l'acte" })
  actorRoles: string[];

  @Field(() => AuditAction)
  action: AuditAction;

  @Field({ description: "Type de l'élément concerné (Network, User…)" })
  entityType: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => [String], { description: "Noms des champs modifiés (jamais leurs valeurs)" })
  changedFields: string[];

  @Field({ description: "Identifiant de la requête, pour retrouver ses traces dans les journaux du serveur" })
  requestId: string;

  @Field(() => ID, { nullable: true })
  networkId: string | null;

  @Field(() => ID, { nullable: true })
  establishmentId: string | null;

  @Field(() => String, { nullable: true, description: "Adresse du client (visible des administrateurs nationaux seulement)" })
  ip: string | null;
}

export const AuditEventConnection = Connection(AuditEventView, "AuditEvent");
