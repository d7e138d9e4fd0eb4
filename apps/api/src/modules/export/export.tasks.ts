/** Names of the export tasks on the job queue (a file of its own: the job list (app/jobs.ts) and the service both use them). */
export const EXPORT_TASK = "export_run";
export const EXPORT_PURGE_TASK = "export_purge";
