/**
 * `pnpm start`: the API and the admin SPA on one port (4000 or PORT). Without DATABASE_URL it
 * starts its own PostgreSQL whose data lives in `.data/` (or CLEA_DATA_DIR), applies the
 * migrations, loads the référentiels and, on an empty database, the demo data.
 *
 * HTTP is served by worker processes (CLEA_API_WORKERS, default one per core; docs/adr/0022):
 * this process prepares the database and runs the background jobs, then forks the workers, which
 * share the port (Node's cluster hands them the connections in turn) and the database.
 */
import "reflect-metadata";
import cluster from "node:cluster";
import { loadConfig } from "./core/config.js";
import { RequestContext } from "./core/context.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./core/db/embedded-postgres.js";
import { logger } from "./core/logger.js";
import type { Jobs } from "./core/jobs.js";
import { createApp, createDataSource, startJobs } from "./app/index.js";
import { loadDemoDataIfEmpty } from "./seed/demo.js";
import { demoUsersRefusal, formatDemoUsers } from "./seed/demo-users.js";
import { ensureReferentials } from "./seed/referentials.js";

const config = loadConfig();

/**
 * V8 options of the HTTP workers. A young generation of 64 MB (16 by default): a request's
 * garbage (rows, entities, the answer) dies in it instead of being copied around and promoted;
 * measured on a page of 50 dossiers: about a fifth less CPU per request (README, bench:reporting).
 */
const WORKER_V8_OPTIONS = ["--max-semi-space-size=64"];

/** Stops once on SIGINT/SIGTERM (a terminal's Ctrl-C reaches every process of the group). */
function onSignal(stop: (signal: string) => Promise<void>) {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void stop(signal).then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => handle("SIGINT"));
  process.on("SIGTERM", () => handle("SIGTERM"));
}

if (cluster.isWorker) {
  // An HTTP worker: the primary gave it the database's address.
  const ds = createDataSource(process.env.DATABASE_URL!);
  await ds.initialize();
  const { apollo, listen } = await createApp({ ds, production: config.production, adminDist: config.adminDist });
  const server = await listen(config.port);
  onSignal(async () => {
    server.close();
    server.closeAllConnections();
    await apollo.stop();
    await ds.destroy();
  });
} else {
  let embedded: EmbeddedPostgres | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log: (m) => logger.info(m) });
  }
  const url = config.databaseUrl ?? embedded!.url;
  const ds = createDataSource(url);
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

  let stopping = false;
  // eslint-disable-next-line prefer-const -- set once the database is ready (below); stop() may run before
  let jobs: Jobs | undefined;
  /** Workers first (they finish their requests), then the jobs, the database, the embedded server. */
  const stop = async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once("exit", () => resolve());
            w.process.kill("SIGTERM");
          }),
      ),
    );
    await jobs?.stop();
    await ds.destroy();
    await embedded?.stop();
  };

  cluster.setupPrimary({ execArgv: [...process.execArgv, ...WORKER_V8_OPTIONS] });
  const listening = new Set<number>();
  cluster.on("listening", (worker) => listening.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (!listening.has(worker.id)) {
      // It could not start (the port is taken, the database refused…): another would fail alike.
      logger.fatal({ pid: worker.process.pid, code, signal }, "an API worker could not start: stopping");
      console.error(`\n  Le serveur n'a pas pu démarrer (port ${config.port} déjà pris ?) : voir le journal ci-dessus.\n`);
      void stop().finally(() => process.exit(1));
      return;
    }
    // A worker that dies while serving is replaced.
    logger.error({ pid: worker.process.pid, code, signal }, "API worker stopped: starting another");
    setTimeout(() => {
      if (!stopping) cluster.fork({ DATABASE_URL: url });
    }, 1000);
  });
  await Promise.all(
    Array.from(
      { length: config.workers },
      () => new Promise<void>((resolve) => cluster.fork({ DATABASE_URL: url }).once("listening", () => resolve())),
    ),
  );
  // Background jobs (the daily expiry of dossiers, exports, rollups) on the PostgreSQL job queue: docs/adr/0011.
  jobs = await startJobs(ds);
  logger.info(`CléA platform ready on http://localhost:${config.port} (GraphQL: /graphql), ${config.workers} HTTP worker(s)`);
  console.log(`\n  Plateforme CléA prête : http://localhost:${config.port}\n  API GraphQL : http://localhost:${config.port}/graphql\n`);
  if (demoUsers.length) console.log(formatDemoUsers(demoUsers));

  onSignal(async (signal) => {
    logger.info(`${signal} received, stopping`);
    await stop();
  });
}
