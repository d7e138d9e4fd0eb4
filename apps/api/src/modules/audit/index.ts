/**
 * The public face of the audit module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { AuditEvent } from "./audit.entity.js";
export { auditService, changedFieldNames } from "./audit.service.js";
export { audited } from "./audited.js";
