import { EvaluationSessionKind, EvaluationStatus } from "@clea/schema";
import { type Collection, defineCollection } from "../../core/collection.js";
import { toMany, toOne } from "../../core/filter/define.js";
import { instantOrder, missingLast } from "../../core/order.js";
import { dossierList } from "../dossier/dossier.list.js";
import { Dossier } from "../dossier/dossier.entity.js";
import "../evaluation-session/evaluation-session.entity.js";
import { criterionResultList } from "./criterion-result.list.js";
import { CriterionResult, Evaluation } from "./evaluation.entity.js";
import "./evaluation.scope.js";

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
      dossier: toOne(() => dossierList.filter, Dossier, "dossierId", "Son dossier"),
      criterionResults: toMany(() => criterionResultList.filter, CriterionResult, "evaluationId", "Un de ses résultats par critère"),
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
