/**
 * `pnpm start`: the API and the admin SPA on one port (4000 or PORT). Without DATABASE_URL it
 * starts its own PostgreSQL whose data lives in `.data/` (or CLEA_DATA_DIR), applies the
 * migrations, loads the référentiels and, on an empty database, the demo data.
 */
import "reflect-metadata";
import { loadConfig } from "./core/config.js";
import { RequestContext } from "./core/context.js";
import { createDataSource } from "./core/db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./core/db/embedded-postgres.js";
import { logger } from "./core/logger.js";
import { startJobs } from "./core/jobs.js";
import { createApp } from "./core/server.js";
import { loadDemoDataIfEmpty } from "./seed/demo.js";
import { demoUsersRefusal, formatDemoUsers } from "./seed/demo-users.js";
import { ensureReferentials } from "./seed/referentials.js";

const config = loadConfig();
let embedded: EmbeddedPostgres | undefined;
if (!config.databaseUrl) {
  embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log: (m) => logger.info(m) });
}
const ds = createDataSource(config.databaseUrl ?? embedded!.url);
await ds.initialize();
const applied = await ds.runMigrations();
if (applied.length) logger.info(`applied ${applied.length} migration(s)`);

const ctx = new RequestContext(ds);
await ensureReferentials(ctx);
const demoUsers = config.seedDemo ? await loadDemoDataIfEmpty(ctx) : [];
const refusal = await demoUsersRefusal(ctx);
if (refusal) {
  logger.fatal(refusal);
  console.error(`\n  ${refusal}\n`);
  await ds.destroy();
  await embedded?.stop();
  process.exit(1);
}

const { apollo, listen } = await createApp({ ds, production: config.production, adminDist: config.adminDist });
const server = await listen(config.port);
// Background jobs (the daily expiry of dossiers) on the PostgreSQL job queue: docs/adr/0011.
const jobs = await startJobs(ds);
logger.info(`CléA platform ready on http://localhost:${config.port} (GraphQL: /graphql)`);
console.log(`\n  Plateforme CléA prête : http://localhost:${config.port}\n  API GraphQL : http://localhost:${config.port}/graphql\n`);
if (demoUsers.length) console.log(formatDemoUsers(demoUsers));

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received, stopping`);
  server.close();
  server.closeAllConnections();
  await jobs.stop();
  await apollo.stop();
  await ds.destroy();
  await embedded?.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
