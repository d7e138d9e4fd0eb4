import { DossierState } from "@clea/schema";
import { defineCollection } from "../../core/collection.js";
import { certificationCodeField } from "../referential/certification.filter.js";
import { toOne, toMany } from "../../core/filter/define.js";
import { missingLast } from "../../core/order.js";
import { Candidate } from "../candidate/candidate.entity.js";
import { candidateList } from "../candidate/candidate.list.js";
import { Certificate } from "../certificate/certificate.entity.js";
import { certificateList } from "../certificate/certificate.list.js";
import { Establishment } from "../establishment/establishment.entity.js";
import { establishmentList } from "../establishment/establishment.list.js";
import { Evaluation } from "../evaluation/evaluation.entity.js";
import { evaluationList } from "../evaluation/evaluation.list.js";
import { FundingLine } from "../funding/funding-line.entity.js";
import { fundingLineList } from "../funding/funding-line.list.js";
import { JurySubmission } from "../jury/jury.entity.js";
import { juryDecisionList } from "../jury/jury-decision.list.js";
import { TrainingPath } from "../training/training-path.entity.js";
import { trainingPathList } from "../training/training-path.list.js";
import { Dossier } from "./dossier.entity.js";
import "./dossier.scope.js";

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
      candidate: toOne(() => candidateList.filter, Candidate, "candidateId", "Son candidat"),
      establishment: toOne(() => establishmentList.filter, Establishment, "establishmentId", "Son établissement"),
      evaluations: toMany(() => evaluationList.filter, Evaluation, "dossierId", "Une de ses évaluations"),
      trainingPaths: toMany(() => trainingPathList.filter, TrainingPath, "dossierId", "Un de ses parcours de formation"),
      fundingLines: toMany(() => fundingLineList.filter, FundingLine, "dossierId", "Une de ses lignes de financement"),
      certificate: toMany(() => certificateList.filter, Certificate, "dossierId", "Son certificat"),
      juryDecisions: toMany(() => juryDecisionList.filter, JurySubmission, "dossierId", "Une de ses présentations au jury (et sa décision)"),
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
