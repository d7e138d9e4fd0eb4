import { randomUUID } from "node:crypto";
import express, { type NextFunction, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import { ErrorCode } from "@clea/schema";
import { authenticate, clientIp } from "../../core/auth/authenticate.js";
import { unauthenticated } from "../../core/auth/guard.js";
import { RequestContext } from "../../core/context.js";
import { DomainError, InputError } from "../../core/errors.js";
import { logger } from "../../core/logger.js";
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
  establishments: { kind: ImportKind.ESTABLISHMENTS, forbidden: establishmentImport.forbidden, run: importService.importEstablishmentsFile },
  staff: { kind: ImportKind.STAFF, forbidden: staffImport.forbidden, run: staffImportService.importStaffFile },
};

/** Content types a browser or a script sends for a CSV or XLSX file (Windows calls a CSV application/vnd.ms-excel). */
export const IMPORT_CONTENT_TYPES = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel", XLSX_MIME, "application/octet-stream"];

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INVALID_IMPORT]: 422,
  [ErrorCode.RATE_LIMITED]: 429,
};

const INTERNAL_MESSAGE = "Erreur interne. Si elle persiste, communiquez au support l'identifiant de la requête";

interface ImportRequest extends Request {
  clea?: RequestContext;
}

/** An HTTP status other than the code's (415, 413). */
const withStatus = (error: DomainError, status: number) => Object.assign(error, { httpStatus: status });

function sendError(res: Response, requestId: string, error: unknown): void {
  if (error instanceof DomainError) {
    const code = error.extensions.code as string;
    res.status((error as { httpStatus?: number }).httpStatus ?? STATUS[code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  logger.error({ err: error, requestId }, "unexpected error");
  res.status(500).json({
    errors: [{ message: `${INTERNAL_MESSAGE} : ${requestId}.`, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } }],
  });
}

export function importRoutes(ds: DataSource): express.Router {
  const router = express.Router();

  // Who calls, before the body is read: a stranger's 5 Mo are not even received.
  const identify = async (req: ImportRequest, res: Response, next: NextFunction) => {
    const requestId = (req.headers["x-request-id"] as string) || randomUUID();
    res.setHeader("x-request-id", requestId);
    try {
      const ctx = new RequestContext(ds, requestId, ds.manager, await authenticate(ds, req), { req, res, ip: clientIp(req) });
      if (!ctx.principal) throw unauthenticated(ctx);
      if (!KINDS[String(req.params.kind)]) throw new DomainError(ErrorCode.NOT_FOUND, "Type d'import inconnu : établissements (establishments) ou personnel (staff).");
      const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (!IMPORT_CONTENT_TYPES.includes(type))
        throw withStatus(new DomainError(ErrorCode.INVALID_IMPORT, "Envoyez un fichier CSV (text/csv) ou XLSX dans le corps de la requête."), 415);
      req.clea = ctx;
      next();
    } catch (e) {
      sendError(res, requestId, e);
    }
  };

  router.post(
    "/:kind",
    identify,
    express.raw({ type: () => true, limit: IMPORT_LIMITS.maxBytes }),
    async (req: ImportRequest, res) => {
      const ctx = req.clea!;
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
        sendError(res, ctx.requestId, e);
      }
    },
  );

  // The body parser's refusals (too large, aborted) in the same shape as the others.
  router.use((err: { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
    const requestId = (res.getHeader("x-request-id") as string) || randomUUID();
    if (err.type === "entity.too.large") return sendError(res, requestId, withStatus(fileTooLarge(), 413));
    if (err.status && err.status < 500)
      return sendError(res, requestId, withStatus(new DomainError(ErrorCode.INVALID_IMPORT, "Le fichier n'a pas été reçu en entier : renvoyez-le."), err.status));
    return sendError(res, requestId, err);
  });

  return router;
}
