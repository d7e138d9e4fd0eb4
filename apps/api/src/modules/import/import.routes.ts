import express, { type NextFunction, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import { ErrorCode } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { DomainError, InputError } from "../../core/errors.js";
import { bodyParserRefusal, withHttpStatus } from "../../core/http-errors.js";
import { restContext, restDoor } from "../../core/rest-door.js";
import { ImportKind, IMPORT_LIMITS } from "./import.columns.js";
import { fileTooLarge } from "./import.file.js";
import { importJobs, type ImportProgress, type RunningJob } from "./import-job.js";
import { managedNetwork, type ImportSource } from "./import.pipeline.js";
import { establishmentImport, importService } from "./import.service.js";
import { XLSX_MIME } from "./import.template.js";
import type { ImportReport } from "./import.types.js";
import { staffImport, staffImportService } from "./staff-import.service.js";

/**
 * The upload route of the imports (ADR 0008): `POST /imports/establishments|staff?networkId=…&dryRun=true|false[&filename=…][&jobId=<uuid>]`
 * with the file's bytes as the body (CSV or XLSX, 5 Mo at most). The GraphQL mutations take the
 * file in base64 inside a JSON body limited to 1 Mo; this route has no such limit. Same caller
 * (the bearer access token, as for /graphql), same service, same answer: the ImportReport as
 * JSON (200), or `{ errors: [{ message, extensions: { code, problems } }] }` with the GraphQL
 * error codes and an HTTP status that matches them.
 *
 * With `jobId` (a UUID chosen by the client), a real import records its progress in `import_job`
 * from outside its transaction; the client polls `importJob(id)` while the upload runs.
 */
interface RouteKind {
  kind: ImportKind;
  forbidden: string;
  run(ctx: RequestContext, networkId: string, source: ImportSource, dryRun: boolean, progress?: ImportProgress): Promise<ImportReport>;
}
const KINDS: Record<string, RouteKind> = {
  establishments: {
    kind: ImportKind.ESTABLISHMENTS,
    forbidden: establishmentImport.forbidden,
    run: importService.importEstablishmentsFile,
  },
  staff: { kind: ImportKind.STAFF, forbidden: staffImport.forbidden, run: staffImportService.importStaffFile },
};

/** Content types a browser or a script sends for a CSV or XLSX file (Windows calls a CSV application/vnd.ms-excel). */
export const IMPORT_CONTENT_TYPES = [
  "text/csv",
  "application/csv",
  "text/plain",
  "application/vnd.ms-excel",
  XLSX_MIME,
  "application/octet-stream",
];

export function importRoutes(ds: DataSource): express.Router {
  const router = express.Router();

  // What is sent, before the body is read (the door has checked who calls: a stranger's 5 Mo are not even received).
  const identify = async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!KINDS[String(req.params.kind)])
        throw new DomainError(ErrorCode.NOT_FOUND, "Type d'import inconnu : établissements (establishments) ou personnel (staff).");
      const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (!IMPORT_CONTENT_TYPES.includes(type))
        throw withHttpStatus(
          new DomainError(ErrorCode.INVALID_IMPORT, "Envoyez un fichier CSV (text/csv) ou XLSX dans le corps de la requête."),
          415,
        );
      next();
    } catch (e) {
      next(e);
    }
  };

  router.post(
    "/:kind",
    restDoor(ds, "POST /imports/:kind"),
    identify,
    express.raw({ type: () => true, limit: IMPORT_LIMITS.maxBytes }),
    async (req: Request, res) => {
      const ctx = restContext(res);
      const { kind, forbidden, run } = KINDS[String(req.params.kind)]!;
      let job: RunningJob | undefined;
      try {
        const q = req.query as Record<string, unknown>;
        const networkId = typeof q.networkId === "string" ? q.networkId : "";
        if (!networkId) throw new InputError([{ field: "networkId", message: "Indiquez le réseau (paramètre networkId)." }]);
        if (q.dryRun !== "true" && q.dryRun !== "false")
          throw new InputError([{ field: "dryRun", message: "Indiquez dryRun=true (essai à blanc) ou dryRun=false (import réel)." }]);
        const dryRun = q.dryRun === "true";
        const filename = typeof q.filename === "string" ? q.filename.slice(0, 255) : "";
        const buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (!dryRun && typeof q.jobId === "string") {
          await managedNetwork(ctx, networkId, forbidden); // no job row for a network the caller does not manage
          job = await importJobs.start(ctx, q.jobId, kind, networkId);
        }
        const report = await run(ctx, networkId, { filename, buffer }, dryRun, job);
        await job?.succeed(report);
        res.json(job ? { ...report, jobId: job.id } : report);
      } catch (e) {
        await job?.fail(e);
        throw e;
      }
    },
  );

  // The body parser's refusals in the words of an import (the file too large, cut short); the
  // REST error handler (core/http-errors.ts) answers them like every other error.
  router.use((err: unknown, _req: Request, _res: Response, next: NextFunction) => {
    const refusal = bodyParserRefusal(err);
    if (!refusal) return next(err);
    const status = (err as { status: number }).status;
    if ((err as { type?: string }).type === "entity.too.large") return next(withHttpStatus(fileTooLarge(), 413));
    return next(withHttpStatus(new DomainError(ErrorCode.INVALID_IMPORT, "Le fichier n'a pas été reçu en entier : renvoyez-le."), status));
  });

  return router;
}
