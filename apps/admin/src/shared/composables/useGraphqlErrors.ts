import { computed, ref } from "vue";
import type { FieldProblem } from "@clea/schema";

/** The parts of a GraphQL error we read; works for ApolloError.graphQLErrors and raw responses. */
interface GraphqlErrorLike {
  message: string;
  extensions?: { code?: unknown; problems?: unknown; field?: unknown } | null;
}

interface ApolloErrorLike {
  graphQLErrors?: readonly GraphqlErrorLike[];
  networkError?: unknown;
  message?: string;
}

export interface MappedErrors {
  /** The first error's stable code (BAD_USER_INPUT, CONFLICT, INVALID_IMPORT…), or NETWORK. */
  code: string | null;
  /** Problems tied to a field (`siret`) or a line of a file. */
  problems: FieldProblem[];
  /** Messages tied to no field: shown in the summary only. */
  general: string[];
}

function isProblem(p: unknown): p is FieldProblem {
  return typeof p === "object" && p !== null && typeof (p as FieldProblem).message === "string";
}

/** `input.siret` and `siret` name the same field for the form. */
export function normaliseField(field: string | undefined | null): string {
  if (!field) return "";
  return field.replace(/^(input|filter|data)\./, "");
}

/**
 * Turns whatever a mutation threw into field problems and general messages. Reads
 * `extensions.problems` ([{ field, message, line? }]) first, then `extensions.field`, else the
 * message itself is general. A network failure becomes one general message.
 */
export function mapGraphqlErrors(error: unknown, networkMessage: string, unexpectedMessage: string): MappedErrors {
  const e = error as ApolloErrorLike | GraphqlErrorLike[] | null | undefined;
  const list: readonly GraphqlErrorLike[] = Array.isArray(e)
    ? e
    : (e as ApolloErrorLike | undefined)?.graphQLErrors?.length
      ? (e as ApolloErrorLike).graphQLErrors!
      : [];
  if (list.length === 0) {
    const network = (e as ApolloErrorLike | undefined)?.networkError;
    if (network) {
      // A 400 from the server still carries GraphQL errors in its body.
      const bodyErrors = (network as { result?: { errors?: GraphqlErrorLike[] } }).result?.errors;
      if (bodyErrors?.length) return mapGraphqlErrors(bodyErrors, networkMessage, unexpectedMessage);
      return { code: "NETWORK", problems: [], general: [networkMessage] };
    }
    const message = (e as { message?: string } | undefined)?.message;
    return { code: null, problems: [], general: [message || unexpectedMessage] };
  }
  const problems: FieldProblem[] = [];
  const general: string[] = [];
  for (const err of list) {
    const ext = err.extensions ?? {};
    const raw = Array.isArray(ext.problems) ? ext.problems.filter(isProblem) : [];
    if (raw.length) {
      for (const p of raw) {
        const field = normaliseField(p.field);
        problems.push(p.line != null ? { field, message: p.message, line: p.line } : { field, message: p.message });
      }
    } else if (typeof ext.field === "string" && ext.field) {
      problems.push({ field: normaliseField(ext.field), message: err.message });
    } else {
      general.push(err.message || unexpectedMessage);
    }
  }
  const code = typeof list[0]?.extensions?.code === "string" ? (list[0].extensions.code as string) : null;
  return { code, problems, general };
}

export interface UseGraphqlErrorsOptions {
  networkMessage?: string;
  unexpectedMessage?: string;
}

/**
 * Errors of one form or screen: `capture(e)` after a failed mutation, `fieldError('siret')` next
 * to each field, and `summary` for the announced error summary (ErrorSummary.vue). Editing a
 * field clears the server's message for it (`clearField`).
 */
export function useGraphqlErrors(options: UseGraphqlErrorsOptions = {}) {
  const networkMessage = options.networkMessage ?? "Le serveur est injoignable. Vérifiez votre connexion puis réessayez.";
  const unexpectedMessage = options.unexpectedMessage ?? "Une erreur inattendue s'est produite.";
  const code = ref<string | null>(null);
  const problems = ref<FieldProblem[]>([]);
  const general = ref<string[]>([]);

  const fieldErrors = computed<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const p of problems.value) if (p.field && p.line == null && !(p.field in out)) out[p.field] = p.message;
    return out;
  });
  /** Problems of an imported file, one per faulty line. */
  const lineProblems = computed(() => problems.value.filter((p) => p.line != null));
  const hasErrors = computed(() => problems.value.length > 0 || general.value.length > 0);
  /** Everything to list in the summary: general messages, then each field problem. */
  const summary = computed(() => [
    ...general.value.map((message) => ({ field: "", message })),
    ...problems.value.filter((p) => p.line == null),
  ]);

  function capture(error: unknown): MappedErrors {
    const mapped = mapGraphqlErrors(error, networkMessage, unexpectedMessage);
    code.value = mapped.code;
    problems.value = mapped.problems;
    general.value = mapped.general;
    return mapped;
  }
  function clear() {
    code.value = null;
    problems.value = [];
    general.value = [];
  }
  function clearField(field: string) {
    problems.value = problems.value.filter((p) => p.field !== field);
  }
  function fieldError(field: string): string | undefined {
    return fieldErrors.value[field];
  }

  return { code, problems, general, fieldErrors, lineProblems, hasErrors, summary, capture, clear, clearField, fieldError };
}

export type GraphqlErrors = ReturnType<typeof useGraphqlErrors>;

/** The stable code of the first GraphQL error of a failed query (NOT_FOUND, FORBIDDEN…), if any. */
export function errorCode(error: unknown): string | null {
  const list = (error as ApolloErrorLike | null | undefined)?.graphQLErrors ?? [];
  const code = list[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}

/** True when the API answered NOT_FOUND: a missing id, or one outside the caller's scope. */
export function isNotFound(error: unknown): boolean {
  return errorCode(error) === "NOT_FOUND";
}
