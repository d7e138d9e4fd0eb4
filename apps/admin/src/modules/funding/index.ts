import { defineAsyncComponent } from "vue";

/**
 * The public surface of modules/funding: other modules import from here only (the SPA's boundary
 * rule). Funding: the dossier page's funding lines panel.
 */

/** The dossier page's funding lines panel (modules/dossier/components/panels.ts), loaded when shown. */
export const FundingDossierPanel = defineAsyncComponent(() => import("./components/FundingPanel.vue"));
