/**
 * Background jobs on graphile-worker, a job queue kept in PostgreSQL (schema `graphile_worker`,
 * created by the worker itself): any instance of the API picks a job up, a crash loses none, and a
 * cron item is queued once per tick whatever the number of instances. Why this library and this
 * version: docs/adr/0011-background-jobs.md. Features give their tasks and cron items to the
 * composition root (apps/api/src/app/jobs.ts), which passes them here: core knows no feature.
 */
import { Logger, makeWorkerUtils, run, runOnce, type LogLevel, type Runner, type TaskList } from "graphile-worker";
import pg from "pg";
import type { DataSource } from "typeorm";
import { logger } from "./logger.js";

/** The background work of the API: every task, and the cron items that queue some of them. */
export interface JobSet {
  taskList(ds: DataSource): TaskList;
  /** Cron items (graphile-worker's crontab format), one a line. */
  crontab: string;
}

const workerLogger = new Logger(() => (level: LogLevel, message: string, meta?: unknown) => {
  const method = level === "error" ? "error" : level === "warning" ? "warn" : level === "debug" ? "debug" : "info";
  logger[method]({ worker: meta }, message);
});

/** A small pool of its own (the worker keeps one connection to LISTEN), with errors logged, never thrown. */
function workerPool(ds: DataSource): pg.Pool {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error("background jobs need a data source created from a URL");
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const lost = (err: Error) => logger.warn({ err }, "background jobs: connection lost");
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
  return pool;
}

/**
 * Named prepared statements are per session: behind PGlite (one session shared by every socket
 * connection) or a transaction pooler they collide ("prepared statement … already exists").
 * The jobs are few; plain statements cost nothing that matters.
 */
const noPreparedStatements = true;

export interface Jobs {
  stop(): Promise<void>;
}

/** Starts the worker with every task and cron item. */
export async function startJobs(ds: DataSource, jobs: JobSet): Promise<Jobs> {
  const pgPool = workerPool(ds);
  const runner: Runner = await run({
    pgPool,
    taskList: jobs.taskList(ds),
    crontab: jobs.crontab,
    concurrency: 2,
    noHandleSignals: true,
    noPreparedStatements,
    logger: workerLogger,
  });
  return {
    async stop() {
      await runner.stop();
      await pgPool.end();
    },
  };
}

/** Runs the jobs already queued, then returns (tests, scripts). */
export async function runQueuedJobs(ds: DataSource, jobs: JobSet): Promise<void> {
  const pgPool = workerPool(ds);
  try {
    await runOnce({ pgPool, taskList: jobs.taskList(ds), noHandleSignals: true, noPreparedStatements, logger: workerLogger });
  } finally {
    await pgPool.end();
  }
}

/** Queues a job now (the queue's schema is created if needed). */
export async function queueJob(ds: DataSource, task: string, payload: Record<string, unknown> = {}): Promise<void> {
  const pgPool = workerPool(ds);
  const utils = await makeWorkerUtils({ pgPool, noPreparedStatements, logger: workerLogger });
  try {
    await utils.migrate();
    await utils.addJob(task, payload);
  } finally {
    await utils.release();
    await pgPool.end();
  }
}
