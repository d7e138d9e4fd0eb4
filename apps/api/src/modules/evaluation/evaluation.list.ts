import { EvaluationSessionKind, EvaluationStatus } from "@clea/schema";
import { type Collection, defineCollection, toOne, toMany } from "../../core/collection.js";
import { instantOrder, missingLast } from "../../core/order.js";
import "../evaluation-session/index.js";
import { Evaluation } from "./evaluation.entity.js";

/**
 * The evaluations list (docs/adr/0019): every évaluation préalable and finale the caller may see,
 * as its dossier is seen. Most recently planned first.
 */
export const evaluationList: Collection<Evaluation> = defineCollection<Evaluation>({
  name: "Evaluation",
  entity: Evaluation,
  alias: "ev",
  filter: {
    description: "Filtre des évaluations",
    fields: {
      id: "id",
      kind: { kind: { enum: EvaluationSessionKind, name: "EvaluationSessionKind" }, description: "Préalable ou finale" },
      status: { kind: { enum: EvaluationStatus, name: "EvaluationStatus" }, description: "Statut" },
      plannedOn: { kind: "date", description: "Date prévue" },
      heldOn: { kind: "date", description: "Date de réalisation" },
      durationMinutes: { kind: "int", description: "Durée en minutes" },
      dossierId: "id",
      establishmentId: "id",
      networkId: "id",
      evaluatorId: { kind: "id", description: "L'évaluateur" },
      sessionId: { kind: "id", description: "La session d'évaluation" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      dossier: toOne("Dossier", "dossierId", "Son dossier"),
      criterionResults: toMany("CriterionResult", "evaluationId", "Un de ses résultats par critère"),
    },
  },
  order: {
    PLANNED_ON: { sql: (a) => `${a}."plannedOn"`, description: "Date prévue" },
    HELD_ON: {
      sql: missingLast((a) => `${a}."heldOn"`, "date"),
      description: "Date de réalisation (les évaluations non réalisées en dernier)",
    },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "PLANNED_ON", direction: "DESC" }],
});
