import { AuditAction } from "@clea/schema";
import { defineCollection, toOne } from "../../core/collection.js";
import { instantOrder } from "../../core/order.js";
import { AuditEvent } from "./audit.entity.js";

/**
 * The audit trail as a list (docs/adr/0019): append-only history, newest first unless asked
 * otherwise. Who may read which events is decided by the service (ADMIN: all; a network manager:
 * the events of their networks), the trail having no scope rule of its own.
 */
export const auditEventList = defineCollection<AuditEvent>({
  name: "AuditEvent",
  entity: AuditEvent,
  alias: "e",
  filter: {
    description: "Filtre du journal d'audit",
    fields: {
      id: "id",
      occurredAt: { kind: "datetime", description: "Instant de l'acte (période : gte / lt)" },
      action: { kind: { enum: AuditAction, name: "AuditAction" }, description: "Nature de l'acte" },
      entityType: { kind: "string", description: "Type de l'élément concerné (Network, User…)" },
      entityId: { kind: "string", description: "Identifiant de l'élément concerné" },
      actorId: { kind: "id", description: "Auteur de l'acte (vide pour un traitement système ou un échec de connexion)" },
      networkId: { kind: "id", description: "Réseau concerné" },
      establishmentId: { kind: "id", description: "Établissement concerné" },
      requestId: { kind: "string", description: "Identifiant de la requête" },
    },
    relations: {
      actor: toOne("User", "actorId", "Son auteur (un compte que l'on peut voir)"),
    },
  },
  order: {
    OCCURRED_AT: { sql: instantOrder("occurredAt"), description: "Instant de l'acte" },
  },
  defaultOrder: [{ field: "OCCURRED_AT", direction: "DESC" }],
});
