/**
 * Stable error codes carried in `extensions.code` of GraphQL errors. Clients branch on the code;
 * the message is French and meant for people.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  INVALID_TRANSITION: "INVALID_TRANSITION",
  REFERENTIAL_IMMUTABLE: "REFERENTIAL_IMMUTABLE",
  INVALID_IMPORT: "INVALID_IMPORT",
  /** The establishment has no GRANTED habilitation for that certification and role on that date. */
  NOT_HABILITATED: "NOT_HABILITATED",
  /** The establishment's habilitation for that certification and role has ended (its end date is past). */
  HABILITATION_EXPIRED: "HABILITATION_EXPIRED",
  /** The evaluator chosen for a session holds no current EVALUATOR assignment at its establishment. */
  EVALUATOR_NOT_ASSIGNED: "EVALUATOR_NOT_ASSIGNED",
  /** The establishment is closed: it takes no new session, staff or dossier. */
  ESTABLISHMENT_CLOSED: "ESTABLISHMENT_CLOSED",
  /** A record that looks like one already held (e.g. a candidate with the same names and birth date); confirm to go on. */
  LIKELY_DUPLICATE: "LIKELY_DUPLICATE",
  /** The 5-year window from the évaluation préalable is over: a new dossier with a new évaluation préalable is needed. */
  WINDOW_EXPIRED: "WINDOW_EXPIRED",
  /** The evaluator of an évaluation finale is one of the candidate's trainers. */
  EVALUATOR_IS_TRAINER: "EVALUATOR_IS_TRAINER",
  /** An evaluation lacks a result for some criterion it must cover (the problems list them). */
  INCOMPLETE_EVALUATION: "INCOMPLETE_EVALUATION",
  /** An évaluation finale or a training path names a domain already acquired (or not targeted by the training). */
  DOMAIN_NOT_MISSING: "DOMAIN_NOT_MISSING",
  /** A step needs a training path on the missing domains first. */
  TRAINING_PATH_REQUIRED: "TRAINING_PATH_REQUIRED",
  /** Certification (or a jury submission) needs every domain acquired and still valid on the date. */
  DOMAINS_NOT_VALID: "DOMAINS_NOT_VALID",
  /** The evaluation session has no free place left. */
  SESSION_FULL: "SESSION_FULL",
  /** Too many attempts in too short a time (e.g. sign-in throttling); try again later. */
  RATE_LIMITED: "RATE_LIMITED",
  /** Operations refused before execution by the limits of core/graphql-limits.ts (API). */
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  QUERY_TOO_MANY_ALIASES: "QUERY_TOO_MANY_ALIASES",
  QUERY_TOO_MANY_DIRECTIVES: "QUERY_TOO_MANY_DIRECTIVES",
  QUERY_TOO_MANY_TOKENS: "QUERY_TOO_MANY_TOKENS",
  QUERY_TOO_COSTLY: "QUERY_TOO_COSTLY",
  /** The caller's query-cost budget (core/cost-budget.ts) holds less than the operation costs; it refills over time. */
  QUERY_BUDGET_EXHAUSTED: "QUERY_BUDGET_EXHAUSTED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem with one field of an input (or one line of an imported file). */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `siret` or `domains.2.code`. */
  field: string;
  /** French message for people. */
  message: string;
  /** 1-based line of an imported file, when the input is a file. */
  line?: number;
}
