/**
 * The public surface of modules/training: other modules import from here only (the SPA's boundary
 * rule). Training paths: the forms the dossier page opens to plan and complete them.
 */
export { default as CompleteTrainingForm } from "./components/CompleteTrainingForm.vue";
export { default as TrainingPathForm } from "./components/TrainingPathForm.vue";
export { type TrainingPathRow } from "./types.ts";
