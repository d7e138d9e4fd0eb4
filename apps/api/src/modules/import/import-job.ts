import { ErrorCode } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { ConflictError, DomainError, InputError, NotFoundError } from "../../core/errors.js";
import { isUuid } from "../../core/find.js";
import { logger } from "../../core/logger.js";
import { scopedQuery } from "../../core/scope.js";
import type { ImportKind } from "./import.columns.js";
import { ImportJob, ImportJobStatus } from "./import-job.entity.js";
import type { ImportJobView, ImportReport } from "./import.types.js";

/**
 * Progress of a running import. `report` never waits for the database and never throws: the
 * import transaction must not depend on a progress row (with PGlite, a second connection even
 * waits for the open transaction to end). At most one UPDATE is in flight; the newest value wins.
 */
export interface ImportProgress {
  /** `processed` of `total` lines done. */
  report(processed: number, total: number): void;
}

export const noProgress: ImportProgress = { report() {} };

/** A job a RUNNING row has been silent for this long is taken as interrupted (its instance died). */
export const STALE_AFTER_MS = 10 * 60_000;

export interface RunningJob extends ImportProgress {
  readonly id: string;
  succeed(report: object): Promise<void>;
  fail(error: unknown): Promise<void>;
}

/** The outcome kept for a refusal: its code, message and line problems (never a stack or SQL). */
function refusalOf(error: unknown): Record<string, unknown> {
  if (error instanceof DomainError) {
    const { code, problems } = error.extensions as { code: string; problems?: unknown };
    return { code, message: error.message, ...(problems ? { problems } : {}) };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Erreur interne : rien n'a été importé." };
}

export const importJobs = {
  /**
   * Records a RUNNING job, committed at once (outside any transaction) so that other requests see
   * it. The id is the client's; one already used is a CONFLICT.
   */
  async start(ctx: RequestContext, id: string, kind: ImportKind, networkId: string): Promise<RunningJob> {
    if (!isUuid(id)) throw new InputError([{ field: "jobId", message: "L'identifiant de suivi doit être un UUID." }]);
    const inserted: unknown[] = await ctx.ds.query(
      `INSERT INTO import_job (id, kind, status, processed, total, "createdById", "networkId") VALUES ($1, $2, 'RUNNING', 0, 0, $3, $4)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, kind, ctx.principal?.userId ?? null, networkId],
    );
    if (inserted.length === 0) throw new ConflictError("Cet identifiant de suivi d'import est déjà utilisé.", { field: "jobId" });

    let inFlight: Promise<unknown> | null = null;
    let pending: [number, number] | null = null;
    const send = () => {
      if (!pending) return;
      const [processed, total] = pending;
      pending = null;
      inFlight = ctx.ds
        .query(`UPDATE import_job SET processed = $2, total = $3, "updatedAt" = now() WHERE id = $1 AND status = 'RUNNING'`, [
          id,
          processed,
          total,
        ])
        .catch((err) => logger.warn({ err, jobId: id }, "import progress not recorded"))
        .finally(() => {
          inFlight = null;
          send();
        });
    };
    const settle = async () => {
      pending = null;
      while (inFlight) await inFlight;
    };
    const finish = async (status: ImportJobStatus, outcome: Record<string, unknown>, processed: number | null) => {
      await settle();
      await ctx.ds.query(
        `UPDATE import_job SET status = $2, outcome = $3, processed = COALESCE($4, processed), "finishedAt" = now(), "updatedAt" = now() WHERE id = $1`,
        [id, status, JSON.stringify(outcome), processed],
      );
    };
    return {
      id,
      report(processed, total) {
        pending = [processed, total];
        if (!inFlight) send();
      },
      succeed: (report) =>
        finish(ImportJobStatus.SUCCEEDED, report as Record<string, unknown>, (report as { created?: number }).created ?? null),
      async fail(error) {
        try {
          await finish(ImportJobStatus.FAILED, refusalOf(error), 0);
        } catch (err) {
          logger.error({ err, jobId: id }, "import job outcome not recorded");
        }
      },
    };
  },

  /** A job the caller may read, or NOT_FOUND; a RUNNING job silent for too long reads as FAILED. */
  async get(ctx: RequestContext, id: string): Promise<ImportJob> {
    const job = isUuid(id) ? await scopedQuery(ctx, ImportJob, "j").andWhere("j.id = :id", { id }).getOne() : null;
    if (!job) throw new NotFoundError("Import");
    if (job.status === ImportJobStatus.RUNNING && Date.now() - job.updatedAt.getTime() > STALE_AFTER_MS)
      return {
        ...job,
        status: ImportJobStatus.FAILED,
        outcome: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "L'import a été interrompu : rien n'a été importé. Relancez-le." },
      };
    return job;
  },
};

/** The GraphQL read model of a job. */
export function toImportJobView(job: ImportJob): ImportJobView {
  const outcome = (job.outcome ?? {}) as { code?: string; message?: string };
  const succeeded = job.status === ImportJobStatus.SUCCEEDED;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    processed: job.processed,
    total: job.total,
    report: succeeded ? (job.outcome as unknown as ImportReport) : null,
    errorCode: job.status === ImportJobStatus.FAILED ? (outcome.code ?? null) : null,
    errorMessage: job.status === ImportJobStatus.FAILED ? (outcome.message ?? null) : null,
    networkId: job.networkId,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
