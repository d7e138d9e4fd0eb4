import { defineAsyncComponent } from "vue";

/**
 * The public surface of modules/jury: other modules import from here only (the SPA's boundary
 * rule). Juries: the dossier page's jury panel and its action forms.
 */

/** What the dossier page shows of the jury (modules/dossier/components/panels.ts), loaded when shown. */
export const JuryDossierPanel = defineAsyncComponent(() => import("./components/JuryPanel.vue"));
export const SubmitToJuryForm = defineAsyncComponent(() => import("./components/SubmitToJuryForm.vue"));
export const ReturnToJuryForm = defineAsyncComponent(() => import("./components/ReturnToJuryForm.vue"));
