import { dossierChildRule, throughParent } from "../dossier/index.js";

/** An evaluation is read like its dossier (dossierChildRule); its results like their evaluation (one EXISTS on the parent). */
export const throughEvaluation = throughParent("evaluation", "evaluationId", dossierChildRule);
