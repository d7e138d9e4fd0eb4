import { EvaluationSessionKind } from "@clea/schema";
import { defineCollection, toOne } from "../../core/collection.js";
import { certificationCodeField } from "../referential/index.js";
import { instantOrder } from "../../core/order.js";
import { EvaluationSession } from "./evaluation-session.entity.js";

/**
 * The calendar of evaluation sessions (docs/adr/0019): by start time unless asked otherwise.
 * Cancelled sessions are rows like the others: `cancelled: { eq: false }` keeps the maintained ones.
 */
export const evaluationSessionList = defineCollection<EvaluationSession>({
  name: "EvaluationSession",
  entity: EvaluationSession,
  alias: "s",
  filter: {
    description: "Filtre des sessions d'évaluation",
    fields: {
      id: "id",
      establishmentId: "id",
      networkId: "id",
      certificationId: "id",
      certificationCode: certificationCodeField,
      kind: { kind: { enum: EvaluationSessionKind, name: "EvaluationSessionKind" }, description: "Évaluation préalable ou finale" },
      startsAt: { kind: "datetime", description: "Début" },
      endsAt: { kind: "datetime", description: "Fin" },
      evaluatorId: { kind: "id", description: "Évaluateur" },
      capacity: { kind: "int", description: "Nombre de places" },
      siteAddress: { kind: "string", description: "Adresse du lieu" },
      cancelled: { kind: "boolean", sql: (a) => `(${a}."cancelledAt" IS NOT NULL)`, description: "Session annulée" },
      cancelledAt: { kind: "datetime", description: "Date de l'annulation" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      establishment: toOne("Establishment", "establishmentId", "Son établissement"),
    },
  },
  order: {
    STARTS_AT: { sql: instantOrder("startsAt"), description: "Début" },
    ENDS_AT: { sql: instantOrder("endsAt"), description: "Fin" },
    CAPACITY: { sql: (a) => `${a}.capacity`, description: "Nombre de places" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "STARTS_AT", direction: "ASC" }],
});
