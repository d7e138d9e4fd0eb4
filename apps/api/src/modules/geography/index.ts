/**
 * The public face of the geography module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { geographyService } from "./geography.service.js";
export { Department, Region } from "./geography.types.js";
