import "reflect-metadata";
import { DataSource, type DataSourceOptions } from "typeorm";
import { entities } from "./entities.js";
import { migrations } from "../../db/migrations/index.js";

export function createDataSource(url: string, overrides: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
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
