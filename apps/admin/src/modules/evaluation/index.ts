/**
 * The public surface of modules/evaluation: other modules import from here only (the SPA's boundary
 * rule). Evaluations: the forms the dossier page opens to plan and record them.
 */
export { default as EvaluationEntryForm } from "./components/EvaluationEntryForm.vue";
export { default as PlanEvaluationForm } from "./components/PlanEvaluationForm.vue";
