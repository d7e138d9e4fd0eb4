/**
 * The public surface of modules/candidate: other modules import from here only (the SPA's boundary
 * rule). Candidates: what other modules use of them (a name as people read it, the establishments to choose from).
 */
export { candidateName } from "./candidate-name.ts";
export { ESTABLISHMENT_CHOICES } from "./documents/candidate.documents.ts";
