import type { RequestContext } from "../../core/context.js";
import { findOrFail } from "../../core/find.js";
import { assertCan } from "../../core/permissions.js";
import { Network } from "../network/index.js";
import type { ImportColumn } from "./import.columns.js";
import { checkFileSize, decodeFile, fileRefused, readImportFile, type ImportProblemShape, type ReadRow } from "./import.file.js";
import { noProgress, type ImportProgress } from "./import-job.js";
import type { ImportFileInput, ImportReport } from "./import.types.js";

/** A file as received: raw bytes (upload route) or decoded from base64 (GraphQL mutation). */
export interface ImportSource {
  filename: string;
  buffer: Buffer;
}

export const fromBase64 = (file: ImportFileInput): ImportSource => ({ filename: file.filename, buffer: decodeFile(file.contentBase64) });

/** What one kind of import (establishments, staff) plugs into the shared steps. */
export interface ImportDefinition<V, R> {
  columns: readonly ImportColumn[];
  forbidden: string;
  /** Every problem of every line at once, the lines ready to write; reads only. */
  check(ctx: RequestContext, networkId: string, rows: ReadRow<V>[]): Promise<{ rows: R[]; problems: ImportProblemShape[] }>;
  /** Writes every line in ONE transaction, each change audited; reports progress as it goes. */
  write(ctx: RequestContext, networkId: string, rows: R[], progress: ImportProgress): Promise<{ created: number; usersInvited?: number }>;
}

/** The caller manages the network (else NOT_FOUND for a network they do not see, FORBIDDEN otherwise). */
export async function managedNetwork(ctx: RequestContext, networkId: string, forbidden: string): Promise<Network> {
  const network = await findOrFail(ctx, Network, networkId, "Réseau");
  assertCan(ctx, "network.configure", { networkId: network.id }, forbidden);
  return network;
}

/**
 * The steps every import shares: permission, size, reading, checking every line (a dry run
 * stops there and writes nothing), then all-or-nothing: one faulty line refuses the whole file
 * with INVALID_IMPORT and the same problems.
 */
export async function runImport<V, R>(
  ctx: RequestContext,
  definition: ImportDefinition<V, R>,
  networkId: string,
  /** Called once the caller is known to manage the network: a stranger's file is not even decoded. */
  source: () => ImportSource,
  dryRun: boolean,
  progress: ImportProgress = noProgress,
): Promise<ImportReport> {
  const network = await managedNetwork(ctx, networkId, definition.forbidden);
  const { buffer, filename } = source();
  checkFileSize(buffer.length);
  const read = await readImportFile<V>(buffer, filename, definition.columns);
  const total = read.rows.length;
  progress.report(0, total);
  const { rows, problems } = read.problems.length
    ? { rows: [] as R[], problems: read.problems }
    : await definition.check(ctx, network.id, read.rows);
  const report: ImportReport = { dryRun, lineCount: total, created: 0, usersInvited: 0, valid: problems.length === 0, problems };
  if (dryRun) return report;
  if (problems.length) {
    const n = problems.length;
    throw fileRefused(`Le fichier comporte ${n} erreur${n > 1 ? "s" : ""} ; rien n'a été importé.`, problems);
  }
  const { created, usersInvited = 0 } = await definition.write(ctx, network.id, rows, progress);
  return { ...report, created, usersInvited };
}

/** Problems in file order: by line, then by the template's column order. */
export function sortProblems(problems: ImportProblemShape[], columns: readonly ImportColumn[]): ImportProblemShape[] {
  const order = new Map(columns.map((c, i) => [c.key as string, i]));
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
}
