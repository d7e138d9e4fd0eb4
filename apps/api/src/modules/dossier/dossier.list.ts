import { DossierState } from "@clea/schema";
import { defineCollection, toOne, toMany } from "../../core/collection.js";
import { certificationCodeField } from "../referential/index.js";
import { missingLast } from "../../core/order.js";
import { Dossier } from "./dossier.entity.js";

/**
 * An instant to the millisecond, in UTC: an IMMUTABLE expression (`date_trunc` on a timestamptz
 * depends on the session's time zone), so that the index IDX_dossier_created_order can serve the
 * default order; cursors' ISO instants (…Z) compare with it as UTC.
 */
const instant = (column: string) => (a: string) => `date_trunc('milliseconds', (${a}."${column}" AT TIME ZONE 'UTC'))`;

/**
 * The dossiers list (docs/adr/0019): what one may filter and sort on. Instants are compared to
 * the millisecond, as cursors carry them.
 */
export const dossierList = defineCollection<Dossier>({
  name: "Dossier",
  entity: Dossier,
  alias: "d",
  filter: {
    description: "Filtre des dossiers",
    fields: {
      id: "id",
      state: { kind: { enum: DossierState, name: "DossierState" }, description: "État" },
      certificationCode: certificationCodeField,
      certificationId: "id",
      referentialId: { kind: "id", description: "Version du référentiel du dossier" },
      candidateId: "id",
      establishmentId: "id",
      networkId: "id",
      openedOn: { kind: "date", description: "Date d'ouverture" },
      preliminaryDate: { kind: "date", description: "Date de l'évaluation préalable" },
      windowEndsOn: { kind: "date", description: "Fin du délai de 5 ans" },
      stateChangedAt: { kind: "datetime", description: "Dernier changement d'état" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    // Each relation is an EXISTS on the related rows the caller may see (their own scope).
    relations: {
      candidate: toOne("Candidate", "candidateId", "Son candidat"),
      establishment: toOne("Establishment", "establishmentId", "Son établissement"),
      evaluations: toMany("Evaluation", "dossierId", "Une de ses évaluations"),
      trainingPaths: toMany("TrainingPath", "dossierId", "Un de ses parcours de formation"),
      fundingLines: toMany("FundingLine", "dossierId", "Une de ses lignes de financement"),
      certificate: toMany("Certificate", "dossierId", "Son certificat"),
      juryDecisions: toMany("JurySubmission", "dossierId", "Une de ses présentations au jury (et sa décision)"),
    },
  },
  order: {
    CREATED_AT: { sql: instant("createdAt"), description: "Création" },
    OPENED_ON: { sql: (a) => `${a}."openedOn"`, description: "Date d'ouverture" },
    STATE: { sql: (a) => `${a}.state`, description: "État (ordre alphabétique du code)" },
    STATE_CHANGED_AT: { sql: instant("stateChangedAt"), description: "Dernier changement d'état" },
    WINDOW_ENDS_ON: {
      sql: missingLast((a) => `${a}."windowEndsOn"`, "date"),
      description: "Fin du délai de 5 ans (les dossiers sans évaluation préalable en dernier)",
    },
  },
  defaultOrder: [{ field: "CREATED_AT", direction: "DESC" }],
});
