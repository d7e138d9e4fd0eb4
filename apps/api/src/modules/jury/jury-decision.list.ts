import { JuryDecisionValue } from "@clea/schema";
import { type Collection, defineCollection, toOne } from "../../core/collection.js";
import { instantOrder, missingLast } from "../../core/order.js";
import { JurySubmission } from "./jury.entity.js";

/**
 * The jury decisions list (docs/adr/0019): the presentations of dossiers to jury sessions and
 * their decisions (none yet while pending), read where their dossiers are. Most recent first.
 */
export const juryDecisionList: Collection<JurySubmission> = defineCollection<JurySubmission>({
  name: "JurySubmission",
  entity: JurySubmission,
  alias: "js",
  filter: {
    description: "Filtre des présentations au jury et de leurs décisions",
    fields: {
      id: "id",
      decision: {
        kind: { enum: JuryDecisionValue, name: "JuryDecisionValue" },
        description: "Décision (nulle tant qu'elle n'est pas prise)",
      },
      reason: { kind: "string", description: "Motif" },
      decidedAt: { kind: "datetime", description: "Date de la décision" },
      decidedById: { kind: "id", description: "Auteur de la décision" },
      heldOn: {
        kind: "date",
        sql: (a) => `(SELECT s."heldOn" FROM jury_session s WHERE s.id = ${a}."jurySessionId")`,
        description: "Date de la session de jury",
      },
      jurySessionId: "id",
      dossierId: "id",
      establishmentId: "id",
      networkId: "id",
      submittedById: { kind: "id", description: "Auteur de la présentation" },
      createdAt: { kind: "datetime", description: "Présentation" },
    },
    relations: {
      dossier: toOne("Dossier", "dossierId", "Son dossier"),
      jurySession: toOne("JurySession", "jurySessionId", "Sa session de jury"),
    },
  },
  order: {
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Présentation" },
    DECIDED_AT: {
      sql: missingLast(instantOrder("decidedAt"), "timestamptz"),
      description: "Décision (les présentations sans décision en dernier)",
    },
  },
  defaultOrder: [{ field: "CREATED_AT", direction: "DESC" }],
});
