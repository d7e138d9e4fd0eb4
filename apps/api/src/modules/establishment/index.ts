/**
 * The public face of the establishment module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { Establishment } from "./establishment.entity.js";
export { establishmentProblems, establishmentService } from "./establishment.service.js";
export { EstablishmentConnection } from "./establishment.types.js";
