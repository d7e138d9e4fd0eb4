/**
 * The public face of the evaluation-session module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { EvaluationSession } from "./evaluation-session.entity.js";
export { enrolledSql } from "./evaluation-session.service.js";
export { EvaluationSessionConnection } from "./evaluation-session.types.js";
