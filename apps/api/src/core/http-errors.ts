/**
 * The one error mapping of the REST routes (imports, certificate PDF, exports, and the body
 * parsers in front of them): an error becomes `{ status, body }`, the body having the shape of a
 * GraphQL error answer, `{ errors: [{ message, extensions: { code, … } }] }`, so that a client
 * reads a refusal the same way whatever door it came through.
 *
 * - a refusal (DomainError: a stable code and a French message) keeps its message and extensions;
 *   its HTTP status comes from HTTP_STATUS, keyed by every ErrorCode (a new code does not compile
 *   until it has a status), unless the thrower chose a more precise one (413, 415) with
 *   `withHttpStatus`; `extensions.retryAfterSeconds` becomes a `Retry-After` header;
 * - a refusal of Express's body parsers (too large, not JSON, cut short) becomes a French
 *   BAD_USER_INPUT with the parser's status;
 * - anything else is masked as "Erreur interne" with the request id, and logged with it.
 *
 * `restErrorHandler` is the Express error-handling middleware that applies it; routes only
 * `throw` (Express 5 forwards a rejected async handler) or call `next(error)`.
 */
import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "@clea/schema";
import { DomainError } from "./errors.js";
import { logger } from "./logger.js";

/** The HTTP status of each stable code, for every REST route (and GraphQL's own refusals before execution). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_MANY_ALIASES: 400,
  QUERY_TOO_MANY_DIRECTIVES: 400,
  QUERY_TOO_MANY_TOKENS: 400,
  QUERY_TOO_COSTLY: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  // The request is right but the state of the data refuses it now (another edit, an immutable version…).
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  REFERENTIAL_IMMUTABLE: 409,
  LIKELY_DUPLICATE: 409,
  // Well-formed requests that a business rule refuses.
  INVALID_IMPORT: 422,
  NOT_HABILITATED: 422,
  HABILITATION_EXPIRED: 422,
  EVALUATOR_NOT_ASSIGNED: 422,
  ESTABLISHMENT_CLOSED: 422,
  WINDOW_EXPIRED: 422,
  EVALUATOR_IS_TRAINER: 422,
  INCOMPLETE_EVALUATION: 422,
  DOMAIN_NOT_MISSING: 422,
  TRAINING_PATH_REQUIRED: 422,
  DOMAINS_NOT_VALID: 422,
  SESSION_FULL: 422,
  RATE_LIMITED: 429,
  QUERY_BUDGET_EXHAUSTED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** The start of the masked message; the request id follows. */
export const INTERNAL_MESSAGE = "Erreur interne. Si elle persiste, communiquez au support l'identifiant de la requête";

export interface HttpErrorBody {
  errors: { message: string; extensions: Record<string, unknown> & { code: string } }[];
}

export interface HttpError {
  status: number;
  body: HttpErrorBody;
  /** Headers to send with it (`retry-after`). */
  headers: Record<string, string>;
  /** False when the error was masked (it must be logged). */
  expected: boolean;
}

const statusOverrides = new WeakMap<DomainError, number>();

/** A refusal whose HTTP status is more precise than its code's (413 too large, 415 wrong media type). */
export function withHttpStatus<E extends DomainError>(error: E, status: number): E {
  statusOverrides.set(error, status);
  return error;
}

/** What Express's body parsers (`express.json`, `express.raw`) throw. */
interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

const BODY_PARSER_MESSAGES: Record<string, string> = {
  "entity.too.large": "Le corps de la requête est trop volumineux.",
  "entity.parse.failed": "Le corps de la requête n'est pas un JSON valide.",
  "request.aborted": "La requête n'a pas été reçue en entier : renvoyez-la.",
  "request.size.invalid": "La requête n'a pas été reçue en entier : renvoyez-la.",
  "encoding.unsupported": "Encodage du corps de la requête non pris en charge.",
  "charset.unsupported": "Jeu de caractères du corps de la requête non pris en charge.",
};

/** A client's mistake seen by a body parser (status 4xx with a type we know), as a French refusal; else null. */
export function bodyParserRefusal(error: unknown): DomainError | null {
  const e = error as BodyParserError | null;
  if (!e || typeof e !== "object" || typeof e.status !== "number" || e.status >= 500 || !e.type) return null;
  const message = BODY_PARSER_MESSAGES[e.type] ?? "Requête invalide.";
  return withHttpStatus(new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: "body" }), e.status);
}

/** The status and body of an error on a REST route; `requestId` goes into a masked error. */
export function httpError(error: unknown, requestId: string): HttpError {
  const refusal = error instanceof DomainError ? error : bodyParserRefusal(error);
  if (refusal) {
    const extensions = refusal.extensions as HttpErrorBody["errors"][number]["extensions"];
    const status = statusOverrides.get(refusal) ?? HTTP_STATUS[extensions.code as ErrorCode] ?? 400;
    const headers: Record<string, string> = {};
    if (typeof extensions.retryAfterSeconds === "number") headers["retry-after"] = String(extensions.retryAfterSeconds);
    return { status, headers, expected: true, body: { errors: [{ message: refusal.message, extensions }] } };
  }
  return {
    status: 500,
    headers: {},
    expected: false,
    body: {
      errors: [{ message: `${INTERNAL_MESSAGE} : ${requestId}.`, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } }],
    },
  };
}

/**
 * The request id of a REST request: the client's `x-request-id` or a fresh one, kept for the
 * whole request (the route's context and the error handler use the same) and sent back.
 */
export function requestIdOf(req: Request, res: Response): string {
  let id = res.locals.requestId as string | undefined;
  if (!id) {
    id = (req.headers["x-request-id"] as string) || randomUUID();
    res.locals.requestId = id;
    if (!res.headersSent) res.setHeader("x-request-id", id);
  }
  return id;
}

/** Express middleware giving every request of the routes after it its request id (header included). */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  requestIdOf(req, res);
  next();
}

/**
 * The error-handling middleware of every REST route (mounted once, after them, in server.ts).
 * An error after the first byte of a file cannot change the status any more: the answer is cut
 * short, so that a truncated file never looks whole.
 */
export function restErrorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  const requestId = requestIdOf(req, res);
  const { status, body, headers, expected } = httpError(error, requestId);
  if (!expected) logger.error({ err: error, requestId, method: req.method, path: req.path }, "unexpected error");
  if (res.headersSent) {
    if (expected) logger.warn({ requestId, code: body.errors[0]!.extensions.code, path: req.path }, "refusal after the answer started");
    res.destroy();
    return;
  }
  res.status(status).set(headers).json(body);
}
