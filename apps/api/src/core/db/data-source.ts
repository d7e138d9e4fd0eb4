import "reflect-metadata";
import { DataSource, type DataSourceOptions } from "typeorm";
import { migrations } from "../../db/migrations/index.js";

/**
 * A data source on `url` over `entities` (the composition root, apps/api/src/app, gives the API's
 * entity list and checks that each declares its scope before calling this).
 */
export function createDataSource(url: string, entities: readonly Function[], overrides: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: [...entities],
    migrations,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "all",
    synchronize: false,
    uuidExtension: "pgcrypto",
    logging: false,
    extra: { max: 10 },
    ...overrides,
  } as DataSourceOptions);
}

/** SQL that would bring the database to the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
