/**
 * The REST routes of the features, mounted by core/server.ts after GraphQL (the composition root).
 * A feature adds its routers here.
 */
import type { AppRoute } from "../core/server.js";
import { certificateRoutes } from "../modules/certificate/certificate.routes.js";
import { exportRoutes } from "../modules/export/export.routes.js";
import { importRoutes } from "../modules/import/import.routes.js";

export const routes: readonly AppRoute[] = [
  // Imports take the file's bytes (up to 5 Mo), beyond the 1 Mo of a GraphQL body (ADR 0008).
  { path: "/imports", router: importRoutes },
  // The PDF attestation of a certificate, for a signed-in caller in scope (ADR 0012).
  { path: "/certificates", router: certificateRoutes },
  // Exports of the lists: small ones streamed at once, files of background exports (ADR 0015).
  { path: "/exports", router: exportRoutes },
];
