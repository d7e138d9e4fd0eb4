/**
 * The public face of the jury module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { JurySession, JurySubmission } from "./jury.entity.js";
