/**
 * The batch loop of an export, with no TypeORM (the export worker loads this file): the statements
 * are compiled beforehand from the export's plan (export.service.ts `exportBatches`), and any
 * `run(sql, params)` executes them — the API's data source for an export written at once, one `pg`
 * client in the worker thread for a background job (export.worker.ts, ADR 0021).
 */
import type { ExportFormat } from "./export.format.js";
import type { WriterColumn } from "./export.writer.js";

export interface Statement {
  sql: string;
  params: unknown[];
}

/** The keyset batches of an export: the first, then each next one after the previous batch's last key. */
export interface ExportBatches {
  first: Statement;
  /** `params[i]` for each `i` of `lastAt[k]` takes the previous batch's last `__k<k>` (the row's key, column k). */
  next: Statement & { lastAt: number[][] };
  /** The statements' LIMIT: a shorter batch is the last one. */
  batchSize: number;
}

/** Runs one statement and gives its rows. */
export type RunQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Streams the rows into `write` in keyset batches on the row's key (its id, or a composite primary
 * key: each batch is an index range scan and a short statement, whatever the size of the list; no
 * transaction stays open). `afterBatch` runs between batches (not after the last, shorter one) and
 * may stop the export by answering false: the result is then null, else the rows written.
 */
export async function streamRows(
  batches: ExportBatches,
  run: RunQuery,
  write: (row: Record<string, unknown>) => Promise<void>,
  afterBatch: (processed: number) => Promise<boolean>,
): Promise<number | null> {
  let statement: Statement = batches.first;
  let processed = 0;
  for (;;) {
    let rows: Record<string, unknown>[] | null = await run(statement.sql, statement.params);
    for (const row of rows) await write(row);
    processed += rows.length;
    if (rows.length < batches.batchSize) return processed;
    const end = rows[rows.length - 1]!;
    // eslint-disable-next-line no-useless-assignment -- the batch is garbage from here, even while the next one is awaited
    rows = null;
    const params = batches.next.params.slice();
    batches.next.lastAt.forEach((at, k) => at.forEach((i) => (params[i] = end[`__k${k}`])));
    statement = { sql: batches.next.sql, params };
    if (!(await afterBatch(processed))) return null;
  }
}

/** What the export worker is given: plain data only (structured-cloned into the thread). */
export interface ExportWorkerInput {
  /** The database's URL (the worker opens one connection of its own). */
  url: string;
  batches: ExportBatches;
  columns: WriterColumn[];
  format: ExportFormat;
  french: boolean;
  sheetName: string;
  /** The file to write (`<name>.part`, renamed by the API once the job succeeds). */
  part: string;
}

/** The API's answer after each batch: carry on, or stop (the job was cancelled). */
export interface ExportWorkerAnswer {
  go: boolean;
}

/** What the worker posts: its progress after each batch (then it waits for the answer), and its end. */
export type ExportWorkerMessage = { type: "progress"; processed: number } | { type: "done"; processed: number | null };
