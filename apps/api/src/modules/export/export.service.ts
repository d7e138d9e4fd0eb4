import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { DataSource } from "typeorm";
import { AuditAction, ErrorCode, exportListDoor } from "@clea/schema";
import { Principal } from "../../core/auth/principal.js";
import { loadConfig } from "../../core/config.js";
import { RequestContext } from "../../core/context.js";
import { ConflictError, DomainError, InputError, NotFoundError } from "../../core/errors.js";
import { isUuid } from "../../core/find.js";
import { withHttpStatus } from "../../core/http-errors.js";
import { queueJob } from "../../core/jobs.js";
import { paginate, type ConnectionShape, type PageArgs } from "../../core/list.js";
import { logger } from "../../core/logger.js";
import { assertCan } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { auditService } from "../audit/index.js";
import { ExportFormat, ExportJob, ExportJobStatus, ExportList } from "./export-job.entity.js";
import { checkFilter, EXPORT_LISTS, planExport, type ExportPlan } from "./export.lists.js";
import {
  streamRows,
  type ExportBatches,
  type ExportWorkerAnswer,
  type ExportWorkerInput,
  type ExportWorkerMessage,
  type Statement,
} from "./export.stream.js";
import { EXPORT_TASK } from "./export.tasks.js";
import { EXPORT_EXTENSION, rowWriter } from "./export.writer.js";

/** Exports up to this many rows download at once; beyond, they run as a background job (ADR 0015). */
export const IMMEDIATE_MAX_ROWS = 5_000;
/** Rows read per keyset batch: the memory an export holds, whatever its size. */
export const BATCH_SIZE = 1_000;
/** A RUNNING job whose progress has not moved for this long lost its worker. */
const STALE_AFTER_MINUTES = 10;
/** How long a job's file stays downloadable. */
export const FILE_DAYS = 7;

/** Where job files are written: `<CLEA_DATA_DIR>/exports` (read at each use, so tests may point it elsewhere). */
export const exportsDir = () => join(loadConfig().dataDir, "exports");

export interface ExportRequest {
  list: ExportList;
  format: ExportFormat;
  frenchFormats?: boolean | null;
  /** The list's own filter (its `<Name>Filter` input), as JSON. */
  filter?: unknown;
}

/** The requester's network when all their grants sit in one network (the job row's network). */
export function networkOf(ctx: RequestContext): string | null {
  const ids = new Set((ctx.principal?.grants ?? []).map((g) => g.networkId));
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

async function count(plan: ExportPlan): Promise<number> {
  return plan.query().getCount();
}

/**
 * The keyset batches of `plan`, compiled once (export.stream.ts runs them): the list's joins, its
 * key as `__k<i>` then its columns, ordered by the key (its id, or a composite primary key), and
 * for the next batches a row comparison on the key — an index range scan whatever the size of the
 * list. The key's parameters of the next batch are found by their unique placeholder values.
 */
export function exportBatches(plan: ExportPlan, batchSize = BATCH_SIZE): ExportBatches {
  const spec = EXPORT_LISTS[plan.list];
  const keys = (spec.key ?? ["id"]).map((k) => `${spec.alias}."${k}"`);
  const compile = (after?: unknown[]): Statement => {
    const qb = plan.query();
    spec.join(qb);
    qb.select(keys[0]!, "__k0");
    keys.slice(1).forEach((k, i) => qb.addSelect(k, `__k${i + 1}`));
    for (const c of plan.columns) qb.addSelect(c.sql, c.key);
    if (after)
      qb.andWhere(
        `(${keys.join(", ")}) > (${keys.map((_, i) => `:x_last${i}`).join(", ")})`,
        Object.fromEntries(after.map((v, i) => [`x_last${i}`, v])),
      );
    qb.orderBy(keys[0]!, "ASC");
    keys.slice(1).forEach((k) => qb.addOrderBy(k, "ASC"));
    const [sql, params] = qb.limit(batchSize).getQueryAndParameters();
    return { sql, params };
  };
  // A NUL byte: a placeholder left unreplaced by mistake could never match a key (PostgreSQL refuses it).
  const placeholders = keys.map((_, i) => `\u0000x_last${i}:${randomUUID()}`);
  const next = compile(placeholders);
  const lastAt = placeholders.map((p) => next.params.flatMap((v, i) => (v === p ? [i] : [])));
  if (lastAt.some((at) => !at.length)) throw new Error(`export ${plan.list}: the key's parameters are missing from the compiled statement`);
  return { first: compile(), next: { ...next, lastAt }, batchSize };
}

/** The worker's heap cap (ADR 0021): a 500,000-row CSV or XLSX export runs within it. */
export const EXPORT_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 16 };

/**
 * The worker's file, next to this one: `.js` from `dist/`; `.ts` from the sources (vitest,
 * `pnpm dev`), then with TypeScript's own type stripping registered in the worker thread
 * (export.worker-hooks.mjs: `@swc-node/register`'s native binding crashes the process when a
 * second worker thread loads it).
 */
const fromSources = import.meta.url.endsWith(".ts");
const WORKER_FILE = new URL(`./export.worker.${fromSources ? "ts" : "js"}`, import.meta.url);
const WORKER_EXEC_ARGV = fromSources
  ? [
      "--import",
      `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(new URL("./export.worker-hooks.mjs", import.meta.url).href)})`,
    ]
  : undefined;

/**
 * Writes a background export's file in a worker thread (export.worker.ts) with a capped heap.
 * After each batch the worker waits for `afterBatch`'s answer (false: stop). Resolves with the
 * rows written (null: stopped), rejects on the worker's error or crash (ERR_WORKER_OUT_OF_MEMORY
 * included); the worker is always ended.
 */
async function writeInWorker(
  input: ExportWorkerInput,
  afterBatch: (processed: number) => Promise<boolean>,
  resourceLimits: ResourceLimits,
): Promise<number | null> {
  const worker = new Worker(WORKER_FILE, {
    workerData: input,
    resourceLimits,
    ...(WORKER_EXEC_ARGV ? { execArgv: WORKER_EXEC_ARGV } : {}),
  });
  try {
    return await new Promise<number | null>((resolve, reject) => {
      worker.on("message", (message: ExportWorkerMessage) => {
        if (message.type === "done") resolve(message.processed);
        else afterBatch(message.processed).then((go) => worker.postMessage({ go } satisfies ExportWorkerAnswer), reject);
      });
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`the export worker stopped (exit code ${code}) before the end of the file`)));
    });
  } finally {
    await worker.terminate();
  }
}

const fileNameOf = (job: Pick<ExportJob, "id" | "list" | "format">) =>
  `${EXPORT_LISTS[job.list].slug}-${job.id}.${EXPORT_EXTENSION[job.format]}`;

/** The audit event of an export: the list, format and row count (as field-like names), never the data. */
const auditExport = (ctx: RequestContext, job: ExportJob, columns: string[]) =>
  auditService.record(ctx, {
    action: AuditAction.EXPORT,
    entityType: "ExportJob",
    entityId: job.id,
    changedFields: [`list.${job.list}`, `format.${job.format}`, `rows.${job.total}`, ...columns.map((c) => `column.${c}`)],
    networkId: job.networkId,
  });

/** Whoever may not read a list (its GraphQL query's door) may not export it: the audit trail, the users… */
function assertMayExport(ctx: RequestContext, list: ExportList): void {
  assertCan(ctx, "export.use");
  assertCan(ctx, exportListDoor(list));
}

export const exportService = {
  /**
   * A small export, written at once into `out` (the HTTP answer): counted first (more than
   * IMMEDIATE_MAX_ROWS is refused, the caller starts a job instead), audited before the first
   * byte, then streamed.
   */
  async immediate(ctx: RequestContext, request: ExportRequest, out: Writable, onStart: (job: ExportJob) => void): Promise<ExportJob> {
    assertMayExport(ctx, request.list);
    const filter = await checkFilter(request.list, request.filter);
    const plan = planExport(ctx, request.list, filter);
    const total = await count(plan);
    if (total > IMMEDIATE_MAX_ROWS)
      throw withHttpStatus(
        new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `Cet export compte ${total.toLocaleString("fr-FR")} lignes : au-delà de ${IMMEDIATE_MAX_ROWS.toLocaleString("fr-FR")}, lancez-le en tâche de fond (mutation startExport).`,
          { field: "list", total },
        ),
        413,
      );
    const job = await ctx.transaction(async (tx) => {
      const row = await tx.em.getRepository(ExportJob).save({
        list: request.list,
        format: request.format,
        frenchFormats: Boolean(request.frenchFormats),
        filter: filter as Record<string, unknown>,
        background: false,
        status: ExportJobStatus.RUNNING,
        total,
        requestedById: ctx.principal?.userId ?? null,
        networkId: networkOf(ctx),
      });
      await auditExport(
        tx,
        row,
        plan.columns.map((c) => c.key),
      );
      return row;
    });
    onStart(job);
    const writer = rowWriter(request.format, plan.columns, out, {
      french: Boolean(request.frenchFormats),
      sheetName: EXPORT_LISTS[request.list].slug,
    });
    try {
      const run = (sql: string, params: unknown[]) => ctx.em.query(sql, params) as Promise<Record<string, unknown>[]>;
      const processed =
        (await streamRows(
          exportBatches(plan),
          run,
          (r) => writer.write(r),
          async () => true,
        )) ?? 0;
      await writer.end();
      await ctx.ds.query(
        `UPDATE export_job SET status = 'SUCCEEDED', processed = $2, "finishedAt" = now(), "updatedAt" = now() WHERE id = $1`,
        [job.id, processed],
      );
      return { ...job, processed, status: ExportJobStatus.SUCCEEDED };
    } catch (err) {
      await ctx.ds
        .query(`UPDATE export_job SET status = 'FAILED', "errorMessage" = $2, "finishedAt" = now(), "updatedAt" = now() WHERE id = $1`, [
          job.id,
          "Export interrompu.",
        ])
        .catch(() => undefined);
      throw err;
    }
  },

  /** Records a QUEUED job (and its audit event) in one transaction, then hands it to the queue. */
  async start(ctx: RequestContext, request: ExportRequest): Promise<ExportJob> {
    assertMayExport(ctx, request.list);
    const filter = await checkFilter(request.list, request.filter);
    const plan = planExport(ctx, request.list, filter);
    const total = await count(plan);
    const job = await ctx.transaction(async (tx) => {
      const row = await tx.em.getRepository(ExportJob).save({
        list: request.list,
        format: request.format,
        frenchFormats: Boolean(request.frenchFormats),
        filter: filter as Record<string, unknown>,
        background: true,
        status: ExportJobStatus.QUEUED,
        total,
        requestedById: ctx.principal?.userId ?? null,
        networkId: networkOf(ctx),
      });
      await auditExport(
        tx,
        row,
        plan.columns.map((c) => c.key),
      );
      return row;
    });
    try {
      await queueJob(ctx.ds, EXPORT_TASK, { id: job.id });
    } catch (err) {
      logger.error({ err, exportJobId: job.id }, "export job not queued");
      await ctx.ds.query(`UPDATE export_job SET status = 'FAILED', "errorMessage" = $2, "finishedAt" = now() WHERE id = $1`, [
        job.id,
        "La tâche n'a pas pu être lancée : relancez l'export.",
      ]);
      throw err;
    }
    return job;
  },

  /** A job the caller may read (their own; ADMIN: any), or NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<ExportJob> {
    const job = isUuid(id) ? await scopedQuery(ctx, ExportJob, "j").andWhere("j.id = :id", { id }).getOne() : null;
    if (!job) throw new NotFoundError("Export");
    return job;
  },

  /** The caller's jobs (ADMIN: everyone's), newest first. */
  list(ctx: RequestContext, args: PageArgs): Promise<ConnectionShape<ExportJob>> {
    return paginate(scopedQuery(ctx, ExportJob, "j").andWhere("j.background"), args, "createdAt", "DESC");
  },

  /** Stops a queued or running job: the task sees it between two batches and leaves no file. */
  async cancel(ctx: RequestContext, id: string): Promise<ExportJob> {
    const job = await this.get(ctx, id);
    return ctx.transaction(async (tx) => {
      const [rows]: [unknown[], number] = await tx.em.query(
        `UPDATE export_job SET status = 'CANCELLED', "finishedAt" = now(), "updatedAt" = now() WHERE id = $1 AND status IN ('QUEUED','RUNNING') RETURNING id`,
        [job.id],
      );
      if (!rows.length) throw new ConflictError("Cet export est déjà terminé : il ne peut plus être annulé.", { field: "id" });
      await auditService.record(tx, {
        action: AuditAction.UPDATE,
        entityType: "ExportJob",
        entityId: job.id,
        changedFields: ["status"],
        networkId: job.networkId,
      });
      return { ...job, status: ExportJobStatus.CANCELLED };
    });
  },

  /** The file of a finished job, for its requester only, while it is kept. */
  async file(ctx: RequestContext, id: string): Promise<{ job: ExportJob; path: string; size: number }> {
    const job = isUuid(id) ? await ctx.em.getRepository(ExportJob).findOneBy({ id }) : null;
    // Another user's job reads as missing, like an unknown id (an ADMIN reads the row, not the data).
    if (!job || !ctx.principal || job.requestedById !== ctx.principal.userId) throw new NotFoundError("Export");
    if (job.status !== ExportJobStatus.SUCCEEDED || !job.fileName || (job.expiresAt && job.expiresAt.getTime() <= Date.now()))
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        "Le fichier de cet export n'est pas (ou plus) disponible : les fichiers sont gardés 7 jours.",
      );
    const path = join(exportsDir(), job.fileName);
    const { size } = await stat(path).catch(() => {
      throw new DomainError(ErrorCode.NOT_FOUND, "Le fichier de cet export n'est plus disponible.");
    });
    return { job, path, size };
  },

  openFile: (path: string) => createReadStream(path),
};

/** The requester as they are now (current grants; a deactivated account exports nothing). */
async function requesterPrincipal(ds: DataSource, userId: string): Promise<Principal | undefined> {
  const rows: {
    id: string;
    email: string;
    displayName: string;
    role: string | null;
    networkId: string | null;
    establishmentId: string | null;
  }[] = await ds.query(
    `SELECT u.id, u.email, u."displayName", ra.role, ra."networkId", ra."establishmentId"
       FROM app_user u LEFT JOIN role_assignment ra ON ra."userId" = u.id AND ra."endedOn" IS NULL
      WHERE u.id = $1 AND u.status = 'ACTIVE'`,
    [userId],
  );
  if (!rows[0]) return undefined;
  const grants = rows
    .filter((r) => r.role)
    .map((r) => ({ role: r.role as never, networkId: r.networkId, establishmentId: r.establishmentId }));
  return new Principal(rows[0].id, rows[0].email, rows[0].displayName, "", grants);
}

export interface RunOptions {
  batchSize?: number;
  /** The worker's heap cap (tests: a tiny one, to see a crash handled). */
  resourceLimits?: ResourceLimits;
  /** Called after each batch's progress is recorded (tests: cancel mid-way). */
  afterBatch?: (processed: number) => Promise<void>;
}

/**
 * The background task: writes the file in `<data>/exports` as `<name>.part`, records the progress
 * after each batch and checks for a cancellation at the same time, then renames the file and
 * marks the job SUCCEEDED with its expiry. A cancelled or failed job leaves no file.
 */
export async function runExportJob(ds: DataSource, id: string, options: RunOptions = {}): Promise<ExportJobStatus | null> {
  const [claimed]: [ExportJob[], number] = await ds.query(
    `UPDATE export_job SET status = 'RUNNING', processed = 0, "updatedAt" = now()
      WHERE id = $1 AND (status = 'QUEUED' OR (status = 'RUNNING' AND "updatedAt" < now() - make_interval(mins => $2))) RETURNING id, list, format, "frenchFormats", filter, "requestedById"`,
    [id, STALE_AFTER_MINUTES],
  );
  const job = claimed[0];
  // Cancelled before it started, or taken by another worker. A RUNNING job silent for
  // STALE_AFTER_MINUTES lost its worker (a crashed instance): the queue's retry starts it over.
  if (!job) return null;
  const dir = exportsDir();
  const fileName = fileNameOf({ id, list: job.list, format: job.format });
  const part = resolve(dir, `${fileName}.part`);
  const fail = async (message: string) => {
    await rm(part, { force: true });
    await ds.query(
      `UPDATE export_job SET status = 'FAILED', "errorMessage" = $2, "finishedAt" = now(), "updatedAt" = now() WHERE id = $1 AND status = 'RUNNING'`,
      [id, message],
    );
    return ExportJobStatus.FAILED;
  };
  try {
    const principal = job.requestedById ? await requesterPrincipal(ds, job.requestedById) : undefined;
    if (!principal) return await fail("Le compte qui a demandé l'export n'est plus actif.");
    const ctx = new RequestContext(ds, `export-${id}`, ds.manager, principal);
    const plan = planExport(ctx, job.list, await checkFilter(job.list, job.filter));
    const url = (ds.options as { url?: string }).url;
    if (!url) throw new Error("background exports need a data source created from a URL");
    await mkdir(dir, { recursive: true });
    const input: ExportWorkerInput = {
      url,
      batches: exportBatches(plan, options.batchSize),
      columns: plan.columns.map(({ key, header, kind }) => ({ key, header, kind })),
      format: job.format,
      french: job.frenchFormats,
      sheetName: EXPORT_LISTS[job.list].slug,
      part,
    };
    const processed = await writeInWorker(
      input,
      async (n) => {
        const [rows]: [{ status: string }[], number] = await ds.query(
          `UPDATE export_job SET processed = $2, "updatedAt" = now() WHERE id = $1 RETURNING status`,
          [id, n],
        );
        await options.afterBatch?.(n);
        const now: { status: string }[] = options.afterBatch ? await ds.query(`SELECT status FROM export_job WHERE id = $1`, [id]) : rows;
        return now[0]?.status === ExportJobStatus.RUNNING;
      },
      options.resourceLimits ?? EXPORT_WORKER_LIMITS,
    );
    if (processed === null) {
      await rm(part, { force: true }); // the worker closed it
      return ExportJobStatus.CANCELLED;
    }
    await rename(part, resolve(dir, fileName));
    const [done]: [unknown[], number] = await ds.query(
      `UPDATE export_job SET status = 'SUCCEEDED', processed = $2, "fileName" = $3, "finishedAt" = now(), "updatedAt" = now(),
              "expiresAt" = now() + make_interval(days => $4) WHERE id = $1 AND status = 'RUNNING' RETURNING id`,
      [id, processed, fileName, FILE_DAYS],
    );
    if (!done.length) {
      await rm(resolve(dir, fileName), { force: true }); // cancelled during the last batch
      return ExportJobStatus.CANCELLED;
    }
    return ExportJobStatus.SUCCEEDED;
  } catch (err) {
    logger.error({ err, exportJobId: id }, "export job failed");
    return fail(err instanceof InputError ? err.message : "Erreur interne pendant l'export : relancez-le.");
  }
}

/** Deletes the files past their 7 days (the job rows stay, without file). */
export async function purgeExpiredExports(ds: DataSource): Promise<number> {
  const rows: { id: string; fileName: string }[] = await ds.query(
    `SELECT id, "fileName" FROM export_job WHERE "fileName" IS NOT NULL AND "expiresAt" <= now() ORDER BY "expiresAt" LIMIT 10000`,
  );
  for (const r of rows) {
    await rm(join(exportsDir(), r.fileName), { force: true });
    await ds.query(`UPDATE export_job SET "fileName" = NULL, "updatedAt" = now() WHERE id = $1`, [r.id]);
  }
  return rows.length;
}
