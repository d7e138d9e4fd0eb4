/**
 * The composition root of the API: the one place that knows every feature and wires them into
 * the generic machinery of core/ (which knows none). Entry points — main.ts, the scripts, the
 * benches, the test helpers — take the data source, the HTTP application and the background jobs
 * from here, never from core/ directly, so that every feature is registered before any of them
 * runs. How to add a module: docs/architecture.md, "Boundaries".
 */
import "reflect-metadata";
import { AuditAction } from "@clea/schema";
import { recordPersonalDataReadsWith } from "../core/personal-data.js";
import { getSchema, provideResolvers, schemaSdl } from "../core/schema.js";
import { createApp as createCoreApp, type AppOptions } from "../core/server.js";
import { auditService } from "../modules/audit/index.js";
import { entities } from "./entities.js";
import { resolvers } from "./resolvers.js";
import { routes } from "./routes.js";

export { createDataSource } from "./data-source.js";
export { crontab, jobs, runQueuedJobs, startJobs } from "./jobs.js";
export { entities, getSchema, resolvers, routes, schemaSdl };

provideResolvers(resolvers);

// Every personal field served is written to the audit trail (core/personal-data.ts).
recordPersonalDataReadsWith((tx, read) => auditService.record(tx, { action: AuditAction.READ_PERSONAL_DATA, ...read }));

/** The HTTP application (core/server.ts) with every feature's REST routes. */
export function createApp(options: Omit<AppOptions, "routes">): ReturnType<typeof createCoreApp> {
  return createCoreApp({ ...options, routes });
}
