/**
 * Every background task and cron item of the API, listed once (the composition root). A feature
 * adds its tasks and cron items here; core/jobs.ts runs them on graphile-worker.
 */
import type { DataSource } from "typeorm";
import { runQueuedJobs as runQueued, startJobs as start, type JobSet, type Jobs } from "../core/jobs.js";
import { DOSSIER_CRONTAB, dossierTasks } from "../modules/dossier/dossier.jobs.js";
import { EXPORT_CRONTAB, exportTasks } from "../modules/export/export.jobs.js";
import { REPORT_CRONTAB, reportTasks } from "../modules/report/report.rollup.js";

export const jobs: JobSet = {
  taskList: (ds) => ({ ...dossierTasks(ds), ...exportTasks(ds), ...reportTasks(ds) }),
  crontab: [...DOSSIER_CRONTAB, ...EXPORT_CRONTAB, ...REPORT_CRONTAB].join("\n"),
};

export const { crontab } = jobs;

/** Starts the worker with every task and cron item. */
export const startJobs = (ds: DataSource): Promise<Jobs> => start(ds, jobs);

/** Runs the jobs already queued, then returns (tests, scripts). */
export const runQueuedJobs = (ds: DataSource): Promise<void> => runQueued(ds, jobs);
