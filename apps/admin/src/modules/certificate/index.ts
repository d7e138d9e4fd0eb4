import { defineAsyncComponent } from "vue";

/**
 * The public surface of modules/certificate: other modules import from here only (the SPA's boundary
 * rule). Certificates: the dossier page's certificate panel.
 */

/** The dossier page's certificate panel (modules/dossier/components/panels.ts), loaded when shown. */
export const CertificateDossierPanel = defineAsyncComponent(() => import("./components/CertificatePanel.vue"));
