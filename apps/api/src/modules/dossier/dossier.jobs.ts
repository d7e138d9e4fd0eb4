import type { Task } from "graphile-worker";
import type { DataSource } from "typeorm";
import { RequestContext } from "../../core/context.js";
import { todayInFrance } from "../../core/dates.js";
import { logger } from "../../core/logger.js";
import { expireDossiers } from "./dossier.expiry.js";

/** The task that expires the dossiers past their 5-year window (system work: no principal, no HTTP request). */
export const DOSSIER_EXPIRY_TASK = "dossier_expiry";

/**
 * Every day at 00:30 UTC (after midnight in France, whatever the season); `fill=2d` runs a missed
 * day when no instance was up at that time. The job is idempotent: a run finds only what is due.
 */
export const DOSSIER_CRONTAB = [`30 0 * * * ${DOSSIER_EXPIRY_TASK} ?fill=2d&max=3`];

export function dossierTasks(ds: DataSource): Record<string, Task> {
  return {
    [DOSSIER_EXPIRY_TASK]: async () => {
      const today = todayInFrance();
      const report = await expireDossiers(new RequestContext(ds), today);
      logger.info({ today, ...report }, "dossier expiry done");
    },
  };
}
