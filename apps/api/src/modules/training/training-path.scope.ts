import { defineScope } from "../../core/scope.js";
import { dossierChildRule } from "../dossier/dossier.scope.js";
import { throughParent } from "../dossier/dossier.scope-parent.js";
import { TrainingPath, TrainingPathDomain } from "./training-path.entity.js";

/** A training path is read like its dossier; its hours per domain like their path. */
defineScope(TrainingPath, dossierChildRule);
defineScope(TrainingPathDomain, throughParent("training_path", "trainingPathId", dossierChildRule));
