/**
 * The public face of the candidate module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { Candidate } from "./candidate.entity.js";
export { candidateView } from "./candidate.service.js";
export { CandidateView } from "./candidate.types.js";
