/**
 * The public face of the saved-report module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { chargeCost } from "./saved-report.service.js";
