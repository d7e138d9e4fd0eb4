/**
 * The public face of the organisation module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { Organisation } from "./organisation.entity.js";
export { organisationService } from "./organisation.service.js";
export { OrganisationConnection } from "./organisation.types.js";
