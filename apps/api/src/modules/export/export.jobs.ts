import type { Task } from "graphile-worker";
import type { DataSource } from "typeorm";
import { logger } from "../../core/logger.js";
import { purgeExpiredExports, runExportJob } from "./export.service.js";
import { EXPORT_PURGE_TASK, EXPORT_TASK } from "./export.tasks.js";

/** Every day at 01:15 UTC: the files past their 7 days are deleted (`fill=2d`: a missed day runs later). */
export const EXPORT_CRONTAB = [`15 1 * * * ${EXPORT_PURGE_TASK} ?fill=2d&max=3`];

export function exportTasks(ds: DataSource): Record<string, Task> {
  return {
    [EXPORT_TASK]: async (payload) => {
      const id = (payload as { id?: unknown })?.id;
      if (typeof id !== "string") return;
      const status = await runExportJob(ds, id);
      logger.info({ exportJobId: id, status }, "export job done");
    },
    [EXPORT_PURGE_TASK]: async () => {
      const purged = await purgeExpiredExports(ds);
      logger.info({ purged }, "expired export files purged");
    },
  };
}
