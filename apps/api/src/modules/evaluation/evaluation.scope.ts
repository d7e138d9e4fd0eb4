import { defineScope } from "../../core/scope.js";
import { dossierChildRule } from "../dossier/dossier.scope.js";
import { throughParent } from "../dossier/dossier.scope-parent.js";
import { CriterionResult, DomainResult, Evaluation, SubDomainResult } from "./evaluation.entity.js";

/** An evaluation is read like its dossier; its results like their evaluation (one EXISTS on the parent). */
defineScope(Evaluation, dossierChildRule);
const throughEvaluation = throughParent("evaluation", "evaluationId", dossierChildRule);
defineScope(CriterionResult, throughEvaluation);
defineScope(SubDomainResult, throughEvaluation);
defineScope(DomainResult, throughEvaluation);
