/**
 * The public surface of modules/staff: other modules import from here only (the SPA's boundary
 * rule). Staff: an establishment's staff tab, and the evaluators and trainers dossier forms choose from.
 */
export { default as StaffPanel } from "./components/StaffPanel.vue";
export { DOSSIER_STAFF, ESTABLISHMENT_STAFF } from "./documents/staff.documents.ts";
