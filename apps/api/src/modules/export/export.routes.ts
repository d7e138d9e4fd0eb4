import { pipeline } from "node:stream/promises";
import express, { type Request } from "express";
import type { DataSource } from "typeorm";
import { ErrorCode, EXPORTABLE_LISTS } from "@clea/schema";
import { DomainError, InputError } from "../../core/errors.js";
import { todayInFrance } from "../../core/dates.js";
import { jsonBody } from "../../core/json-body.js";
import { restContext, restDoor } from "../../core/rest-door.js";
import { ExportFormat, type ExportList } from "./export-job.entity.js";
import { listBySlug } from "./export.lists.js";
import { exportReport } from "./export.report.js";
import { exportService } from "./export.service.js";
import { EXPORT_MIME } from "./export.writer.js";

/** The list's filter from the query string: `filter=<JSON of the list's <Name>Filter>`. */
function filterOf(query: Request["query"]): unknown {
  const raw = query.filter;
  if (raw == null || raw === "") return undefined;
  try {
    return JSON.parse(String(raw));
  } catch {
    throw new InputError([{ field: "filter", message: "Le filtre n'est pas un JSON valide." }]);
  }
}

/** The day in a file name, as people in France count days (an export at 23:30 UTC is already tomorrow in Paris). */
const today = () => todayInFrance();

/**
 * `GET /exports/<liste>.csv|xlsx?<filtre>[&frenchFormats=true]`: a small export (5 000 rows at
 * most) streamed at once, for the bearer of an access token (as /graphql), with the rows of the
 * list as the caller sees it. `GET /exports/jobs/<id>/file`: the file of a finished background
 * export, for its requester only (another user gets 404), while it is kept (7 days).
 * `POST /exports/report.csv|xlsx` with the aggregate's arguments: a report's groups (export.report.ts).
 */
export function exportRoutes(ds: DataSource): express.Router {
  const router = express.Router();
  // Refusals and failures go to the REST error handler (core/http-errors.ts), which also cuts
  // short an answer whose file had started.
  router.get("/jobs/:id/file", restDoor(ds, "GET /exports/jobs/:id/file"), async (req, res) => {
    const ctx = restContext(res);
    const { job, path, size } = await exportService.file(ctx, String(req.params.id));
    res
      .status(200)
      .type(EXPORT_MIME[job.format])
      .setHeader("content-length", String(size))
      .setHeader("content-disposition", `attachment; filename="${job.fileName}"`)
      .setHeader("cache-control", "private, no-store");
    await pipeline(exportService.openFile(path), res);
  });

  // `POST /exports/report.csv|xlsx` with the aggregate's arguments as JSON (export.report.ts).
  router.post("/:file", restDoor(ds, "POST /exports/:file"), jsonBody("64kb"), async (req, res) => {
    const ctx = restContext(res);
    const match = /^report\.(csv|xlsx)$/.exec(String(req.params.file));
    if (!match) throw new DomainError(ErrorCode.NOT_FOUND, "Export inconnu : POST /exports/report.csv ou /exports/report.xlsx.");
    const format = match[1] === "csv" ? ExportFormat.CSV : ExportFormat.XLSX;
    const body = req.body as Record<string, unknown> | undefined;
    const frenchFormats = req.query.frenchFormats === "true" || body?.frenchFormats === true;
    await exportReport(ctx, { format, frenchFormats, body }, res, () =>
      res
        .status(200)
        .type(EXPORT_MIME[format])
        .setHeader("content-disposition", `attachment; filename="rapport-${today()}.${match[1]}"`)
        .setHeader("cache-control", "private, no-store"),
    );
  });

  router.get("/:file", restDoor(ds, "GET /exports/:file"), async (req, res) => {
    const ctx = restContext(res);
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(String(req.params.file));
    const list: ExportList | undefined = match ? listBySlug(match[1]!) : undefined;
    if (!match || !list)
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `Export inconnu : ${Object.values(EXPORTABLE_LISTS)
          .map((l) => l.slug)
          .join(", ")}, en .csv ou .xlsx.`,
      );
    const format = match[2] === "csv" ? ExportFormat.CSV : ExportFormat.XLSX;
    await exportService.immediate(
      ctx,
      { list, format, frenchFormats: req.query.frenchFormats === "true", filter: filterOf(req.query) },
      res,
      () =>
        res
          .status(200)
          .type(EXPORT_MIME[format])
          .setHeader("content-disposition", `attachment; filename="${match[1]}-${today()}.${match[2]}"`)
          .setHeader("cache-control", "private, no-store"),
    );
  });
  return router;
}
