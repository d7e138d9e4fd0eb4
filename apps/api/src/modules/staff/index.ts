/**
 * The public face of the staff module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { Person, personOf } from "./person.js";
