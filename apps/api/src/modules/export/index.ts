/**
 * The public face of the export module (docs/architecture.md, "Boundaries"): nothing, as no other
 * module uses this one. Its resolvers (and REST routes, background jobs) are registered in the
 * composition root, apps/api/src/app. Export here what another module comes to need.
 */
export {};
