/**
 * The public surface of modules/dossier: other modules import from here only (the SPA's boundary
 * rule). Dossiers: their state tag, their lists, and the helper every dossier form sends its mutation with.
 */
export { default as DossierStateTag } from "./components/DossierStateTag.vue";
export { isVersionConflict, useTransition } from "./composables/useTransition.ts";
export { DOSSIERS, OPEN_DOSSIER } from "./documents/dossier.documents.ts";
