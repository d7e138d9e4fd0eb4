import { fetchAndSave, DownloadRefused } from "../../shared/composables/useDownload.ts";
import { session } from "../../session/index.ts";
import { EXPORTABLE_LISTS, type ExportList } from "@clea/schema";
import type { ExportJobFieldsFragment } from "../../shared/graphql/generated/graphql.ts";

/** The lists one may export, their download slugs and queries: packages/schema (shared with the API). */
export { EXPORTABLE_LISTS, type ExportList };

/** The input of `startExport`: the list's filter, unchanged, under the list's field of `ExportFilter`. */
export function startExportInput(
  list: ExportList,
  format: ExportFormat,
  filter: Record<string, unknown> | null | undefined,
  frenchFormats: boolean,
) {
  const f = compactFilter(filter);
  return { list, format, frenchFormats, ...(Object.keys(f).length ? { filter: { [EXPORTABLE_LISTS[list].query]: f } } : {}) };
}
export type ExportFormat = "CSV" | "XLSX";
export type ExportJobStatus = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";

/** An export job as the SPA reads it (the `ExportJobFields` fragment). */
export type ExportJob = ExportJobFieldsFragment;

export const isActive = (s: ExportJobStatus) => s === "QUEUED" || s === "RUNNING";

/** Progress in percent (0 when nothing is counted yet; 100 once finished). */
export function percentOf(job: Pick<ExportJob, "processed" | "total" | "status">): number {
  if (job.status === "SUCCEEDED") return 100;
  if (!job.total) return 0;
  return Math.min(100, Math.round((job.processed / job.total) * 100));
}

/** Drops empty criteria (undefined, null, "" and empty lists) so that the filter sent is the one the list applies. */
export function compactFilter(filter: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter ?? {})) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

/**
 * The address of an immediate export: the list's filter travels unchanged as one JSON `filter`
 * parameter (the same object the list sends as its GraphQL `filter`).
 */
export function immediateUrl(
  list: ExportList,
  format: ExportFormat,
  filter: Record<string, unknown> | null | undefined,
  frenchFormats: boolean,
): string {
  const params = new URLSearchParams();
  const f = compactFilter(filter);
  if (Object.keys(f).length) params.set("filter", JSON.stringify(f));
  if (frenchFormats) params.set("frenchFormats", "true");
  const query = params.toString();
  return `/exports/${EXPORTABLE_LISTS[list].slug}.${format.toLowerCase()}${query ? `?${query}` : ""}`;
}

const messagesOf = (t: (key: string) => string) => ({ network: t("errors.network"), unexpected: t("errors.unexpected") });

/** Downloads a small export at once; a list too large for it is refused with 413 (DownloadRefused, status 413). */
export function downloadImmediate(
  list: ExportList,
  format: ExportFormat,
  filter: Record<string, unknown> | null | undefined,
  frenchFormats: boolean,
  t: (key: string) => string,
): Promise<string> {
  return fetchAndSave(
    immediateUrl(list, format, filter, frenchFormats),
    { method: "GET" },
    `${EXPORTABLE_LISTS[list].slug}.${format.toLowerCase()}`,
    session,
    messagesOf(t),
  );
}

/** Downloads the file of a finished background export (its `downloadUrl`, for its requester only). */
export function downloadJobFile(job: Pick<ExportJob, "downloadUrl" | "list" | "format">, t: (key: string) => string): Promise<string> {
  return fetchAndSave(
    job.downloadUrl!,
    { method: "GET" },
    `${EXPORTABLE_LISTS[job.list].slug}.${job.format.toLowerCase()}`,
    session,
    messagesOf(t),
  );
}

/** True when the immediate route refused the export for its size: it must run as a background job. */
export const tooLargeForNow = (e: unknown) => e instanceof DownloadRefused && e.status === 413;
