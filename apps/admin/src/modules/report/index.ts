/**
 * The public surface of modules/report: other modules import from here only (the SPA's boundary
 * rule). The report builder: its choices, result and export, which saved reports reopen.
 */
export { default as ReportExport } from "./components/ReportExport.vue";
export { default as ReportResult } from "./components/ReportResult.vue";
export {
  type AggregateArgs,
  type AggregateResult,
  DATE_TRUNCATIONS,
  DIMENSIONS,
  MAIN_DATE,
  MEASURES,
  PROCESS_STEPS,
  type ReportChoices,
  SUBJECTS,
  defaultChoices,
  fitChoices,
} from "./report.ts";
