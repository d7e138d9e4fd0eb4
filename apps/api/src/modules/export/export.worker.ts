/**
 * The thread that writes a background export's file (ADR 0021), started by `runExportJob` with a
 * capped heap: its memory is bounded by construction, and the CSV formatting and the XLSX zip run
 * off the API's event loop. It stays lean — no TypeORM, type-graphql, entities or app modules —
 * and gets plain data (`ExportWorkerInput`): the database URL, the compiled batch statements, the
 * columns, the format and the file to write. After each batch it posts its progress and waits for
 * the API's answer (go / stop: the job was cancelled). It always closes its connection and its
 * file; any error ends the thread with that error (the API marks the job FAILED).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";
import { streamRows, type ExportWorkerAnswer, type ExportWorkerInput, type ExportWorkerMessage } from "./export.stream.js";
import { rowWriter } from "./export.writer.js";

const port = parentPort;
if (!port) throw new Error("export.worker.ts runs as a worker thread (see runExportJob)");
const input = workerData as ExportWorkerInput;
const post = (message: ExportWorkerMessage) => port.postMessage(message);

/** Closes the file (once every byte written is handed to the system). */
async function close(out: WriteStream): Promise<void> {
  if (out.closed) return;
  const closed = once(out, "close").catch(() => undefined);
  out.destroy();
  await closed;
}

const client = new pg.Client({ connectionString: input.url, application_name: "clea-export-worker" });
const out = createWriteStream(input.part);
let fileError: Error | undefined; // the file's own error (ENOENT, ENOSPC…) rather than "destination closed"
out.on("error", (err) => (fileError ??= err));
let processed: number | null;
try {
  await client.connect();
  const writer = rowWriter(input.format, input.columns, out, { french: input.french, sheetName: input.sheetName });
  processed = await streamRows(
    input.batches,
    async (sql, params) => (await client.query(sql, params)).rows as Record<string, unknown>[],
    (row) => writer.write(row),
    async (n) => {
      post({ type: "progress", processed: n });
      const [answer] = (await once(port, "message")) as [ExportWorkerAnswer];
      return answer.go;
    },
  );
  if (processed !== null) await writer.end();
} catch (err) {
  throw fileError ?? err;
} finally {
  await client.end().catch(() => undefined);
  await close(out);
}
post({ type: "done", processed });
