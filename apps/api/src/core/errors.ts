import { GraphQLError } from "graphql";
import { ErrorCode, type FieldProblem } from "@clea/schema";

/**
 * A refusal the client can act on: a stable code and a French message. Anything else thrown in a
 * resolver is masked as "Erreur interne" (see server.ts).
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class NotFoundError extends DomainError {
  constructor(what = "Élément") {
    super(ErrorCode.NOT_FOUND, `${what} introuvable.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extra);
  }
}

/** Invalid input: every faulty field at once, each with a French message. */
export class InputError extends DomainError {
  constructor(problems: FieldProblem[], message?: string) {
    super(ErrorCode.BAD_USER_INPUT, message ?? problems.map((p) => p.message).join(" "), {
      problems,
      field: problems[0]?.field,
    });
  }
}

/** Throws an InputError when any problem is present. */
export function assertNoProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
