/**
 * The public face of the certificate module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { Certificate } from "./certificate.entity.js";
export { certificateList } from "./certificate.list.js";
export { certificateService } from "./certificate.service.js";
