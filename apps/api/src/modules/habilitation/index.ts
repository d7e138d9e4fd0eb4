/**
 * The public face of the habilitation module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { assertEstablishmentHabilitated, assertEvaluatorAssigned } from "./evaluator-habilitation.js";
export { Habilitation } from "./habilitation.entity.js";
export { HabilitationConnection } from "./habilitation.types.js";
