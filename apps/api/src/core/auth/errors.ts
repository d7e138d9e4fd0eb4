import { ErrorCode } from "@clea/schema";
import { DomainError } from "../errors.js";

/** No valid session: the client signs in (or refreshes its session) and tries again. */
export class UnauthenticatedError extends DomainError {
  constructor(message = "Vous devez être connecté pour faire cette action.", extra: Record<string, unknown> = {}) {
    super(ErrorCode.UNAUTHENTICATED, message, extra);
  }
}

/** Too many attempts: refused until `retryAt`, whatever the input. */
export class RateLimitedError extends DomainError {
  constructor(retryAt: Date, now = new Date()) {
    const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    super(ErrorCode.RATE_LIMITED, `Trop de tentatives de connexion. Réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`, {
      retryAfterSeconds: seconds,
      retryAt: retryAt.toISOString(),
    });
  }
}
