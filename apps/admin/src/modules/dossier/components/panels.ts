import type { Component } from "vue";
import { CertificateDossierPanel } from "../../certificate/index.ts";
import { FundingDossierPanel } from "../../funding/index.ts";
import { JuryDossierPanel, ReturnToJuryForm, SubmitToJuryForm } from "../../jury/index.ts";

/**
 * Panels of the dossier page that other modules provide (jury presentations, certificate,
 * funding lines). Each receives the props `dossierId`, `version`, `state`, `allowedActions` and may
 * emit `changed` (the page reloads the dossier) and `conflict` (the page shows "modifié
 * entre-temps"). Add a panel here; the page renders them in this order under its own sections.
 *
 * `actionForms` lets a module handle one of the dossier's actions (e.g. SUBMIT_TO_JURY): the page
 * shows the action's button and opens that component (same props, plus `done`/`cancel` events).
 */
export interface DossierPanel {
  /** Stable id (used for the section's id and test id). */
  id: "juryPresentations" | "certificate" | "fundingLines" | (string & {});
  component: Component;
}

export const dossierPanels: DossierPanel[] = [
  { id: "juryPresentations", component: JuryDossierPanel },
  { id: "certificate", component: CertificateDossierPanel },
  { id: "fundingLines", component: FundingDossierPanel },
];

export const actionForms: Partial<Record<string, Component>> = {
  SUBMIT_TO_JURY: SubmitToJuryForm,
  RETURN_TO_JURY: ReturnToJuryForm,
};
