/**
 * The public surface of modules/export: other modules import from here only (the SPA's boundary
 * rule). Exports: the button every list offers.
 */
export { default as ExportButton } from "./components/ExportButton.vue";
