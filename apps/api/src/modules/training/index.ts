/**
 * The public face of the training module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { TrainingPath } from "./training-path.entity.js";
export { trainingPathList } from "./training-path.list.js";
