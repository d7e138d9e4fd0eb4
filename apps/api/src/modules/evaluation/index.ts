/**
 * The public face of the evaluation module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { CriterionResult, Evaluation } from "./evaluation.entity.js";
export { evaluationList } from "./evaluation.list.js";
export { referentialRules } from "./evaluation.rules.js";
