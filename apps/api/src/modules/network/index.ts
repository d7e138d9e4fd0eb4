/**
 * The public face of the network module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { Network } from "./network.entity.js";
