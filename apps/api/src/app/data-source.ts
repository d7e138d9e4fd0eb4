/**
 * The API's data source (part of the composition root): every entity of app/entities.ts, checked
 * first for its scope declaration. Kept apart from app/index.ts so that what needs only the
 * database (migrations, the test template, scripts) does not load the GraphQL server.
 */
import type { DataSource, DataSourceOptions } from "typeorm";
import { createDataSource as createCoreDataSource } from "../core/db/data-source.js";
import { assertEveryEntityScoped } from "../core/scope.js";
import { entities } from "./entities.js";

// Checked as soon as the composition root is loaded, before anything starts (an embedded
// PostgreSQL, a worker): an entity without a scope declaration stops the process here.
assertEveryEntityScoped(entities);

/**
 * The API's data source on `url`. Refuses (throws, so the API does not start) when an entity
 * declares no scope: neither `@Scoped(rule)` nor `@Unscoped("why")` (core/scope.ts, ADR 0023).
 */
export function createDataSource(url: string, overrides: Partial<DataSourceOptions> = {}): DataSource {
  assertEveryEntityScoped(entities);
  return createCoreDataSource(url, entities, overrides);
}
