/**
 * The lists one may export (issue #6, ADR 0015): for each, the slug of its download address
 * (`GET /exports/<slug>.csv|xlsx?filter=…`) and the GraphQL query of the list, whose `filter` the
 * export takes (also the field of `ExportFilter` holding it in `startExport`).
 */
export const EXPORTABLE_LISTS = {
  DOSSIERS: { slug: "dossiers", query: "dossiers" },
  CANDIDATES: { slug: "candidates", query: "candidates" },
  EVALUATIONS: { slug: "evaluations", query: "evaluations" },
  FUNDING_LINES: { slug: "funding-lines", query: "fundingLines" },
  CERTIFICATES: { slug: "certificates", query: "certificates" },
  ESTABLISHMENTS: { slug: "establishments", query: "establishments" },
  NETWORKS: { slug: "networks", query: "networks" },
  ORGANISATIONS: { slug: "organisations", query: "organisations" },
  HABILITATIONS: { slug: "habilitations", query: "habilitations" },
  EVALUATION_SESSIONS: { slug: "evaluation-sessions", query: "evaluationSessions" },
  USERS: { slug: "users", query: "users" },
  AUDIT_EVENTS: { slug: "audit-events", query: "auditEvents" },
  TRAINING_PATHS: { slug: "training-paths", query: "trainingPaths" },
  JURY_SESSIONS: { slug: "jury-sessions", query: "jurySessions" },
  JURY_DECISIONS: { slug: "jury-decisions", query: "juryDecisions" },
  CRITERION_RESULTS: { slug: "criterion-results", query: "criterionResults" },
} as const;
export type ExportList = keyof typeof EXPORTABLE_LISTS;
export const ExportList = Object.fromEntries(Object.keys(EXPORTABLE_LISTS).map((k) => [k, k])) as { [K in ExportList]: K };
