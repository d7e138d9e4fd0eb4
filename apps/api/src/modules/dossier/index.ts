/**
 * The public face of the dossier module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { dossierChildRule } from "./dossier.scope.js";
export { throughParent } from "./dossier.scope-parent.js";
export { domainStatusesOf, domainsNotValidOn, type DomainStatus } from "./domain-status.js";
export { Dossier } from "./dossier.entity.js";
export type { RunGuard } from "./dossier.guards.js";
export { dossierList } from "./dossier.list.js";
export { actOnDossier, transitionDossier } from "./dossier.transition.js";
