/**
 * The public surface of modules/establishment: other modules import from here only (the SPA's boundary
 * rule). Establishments: the table other pages list them in.
 */
export { default as EstablishmentTable } from "./components/EstablishmentTable.vue";
