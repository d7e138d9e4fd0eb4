/**
 * The public surface of modules/saved-report: other modules import from here only (the SPA's boundary
 * rule). Saved reports: how the builder saves, restores and shares a report.
 */
export { CREATE_SAVED_REPORT, SAVED_REPORT, UPDATE_SAVED_REPORT } from "./documents/saved-report.documents.ts";
export { SAVED_REPORT_DOCUMENT, restoreChoices, shareableNetwork } from "./saved-report.ts";
