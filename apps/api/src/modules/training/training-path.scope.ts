import { dossierChildRule, throughParent } from "../dossier/index.js";

/** A training path is read like its dossier (dossierChildRule); its hours per domain like their path. */
export const throughTrainingPath = throughParent("training_path", "trainingPathId", dossierChildRule);
