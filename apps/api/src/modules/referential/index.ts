/**
 * The public face of the referential module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { certificationCodeField } from "./certification.filter.js";
export { Certification, Criterion, Domain, Referential, SubDomain } from "./referential.entity.js";
export { domainById } from "./referential.loaders.js";
