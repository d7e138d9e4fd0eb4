/**
 * The public surface of modules/habilitation: other modules import from here only (the SPA's boundary
 * rule). Habilitations: the establishment page's timeline, request form and decision dialog.
 */
export { default as HabilitationDecisionDialog } from "./components/HabilitationDecisionDialog.vue";
export { default as HabilitationRequestForm } from "./components/HabilitationRequestForm.vue";
export { default as HabilitationTimeline } from "./components/HabilitationTimeline.vue";
export { CHANGE_HABILITATION_STATUS } from "./documents/habilitation.documents.ts";
export { type HabilitationRow } from "./types.ts";
