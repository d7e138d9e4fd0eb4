import { execute, type ApolloLink } from "@apollo/client/core";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from "graphql";

/**
 * The GraphQL explorer's logic, apart from the screen: introspecting the schema and running an
 * operation through the SPA's own link chain (auth-link.ts adds the session token and refreshes it
 * once when the API answers UNAUTHENTICATED), reading the cost and budget the API returns, and
 * listing the root fields for the documentation pane. See ADR 0017.
 */

/** `extensions.cost` of an answer: what the operation cost, and the highest cost accepted. */
export interface RunCost {
  requested: number;
  maximum: number | null;
}

/** `extensions.budget` when the API sends it: what is left of the caller's budget. */
export interface RunBudget {
  remaining: number;
  limit: number | null;
  /** When the budget is full again (ISO date), if the API says so. */
  resetAt: string | null;
  /** Units given back per minute, if the API says so. */
  refillPerMinute: number | null;
}

export interface RunError {
  code: string;
  message: string;
  path: string | null;
}

/** What one run gave: the raw answer (shown as JSON), its errors, cost and budget. */
export interface RunOutcome {
  /** The answer as the API sent it (or a local one for a syntax error / network failure). */
  response: Record<string, unknown>;
  errors: RunError[];
  cost: RunCost | null;
  budget: RunBudget | null;
  /** HTTP status when the API refused the request as a whole (400 for an invalid operation). */
  status: number | null;
  durationMs: number;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Reads `extensions.cost` ({ requested, maximum }, or a bare number). */
export function readCost(extensions: unknown): RunCost | null {
  const cost = (extensions as { cost?: unknown } | null | undefined)?.cost;
  if (num(cost) !== null) return { requested: cost as number, maximum: null };
  if (!cost || typeof cost !== "object") return null;
  const c = cost as Record<string, unknown>;
  const requested = num(c.requested) ?? num(c.actual) ?? num(c.cost);
  if (requested === null) return null;
  return { requested, maximum: num(c.maximum) ?? num(c.max) ?? num(c.limit) };
}

/** Reads `extensions.budget` ({ remaining, capacity, refillPerMinute, resetAt } as in ADR 0016; also a bare number). */
export function readBudget(extensions: unknown): RunBudget | null {
  const budget = (extensions as { budget?: unknown } | null | undefined)?.budget;
  if (num(budget) !== null) return { remaining: budget as number, limit: null, resetAt: null, refillPerMinute: null };
  if (!budget || typeof budget !== "object") return null;
  const b = budget as Record<string, unknown>;
  const remaining = num(b.remaining) ?? num(b.left) ?? num(b.available);
  if (remaining === null) return null;
  const resetAt = [b.resetAt, b.refilledAt, b.fullAt].find((v) => typeof v === "string") as string | undefined;
  return {
    remaining,
    limit: num(b.limit) ?? num(b.capacity) ?? num(b.maximum) ?? num(b.max),
    resetAt: resetAt ?? null,
    refillPerMinute: num(b.refillPerMinute),
  };
}

/** The errors of an answer, each with its `extensions.code` (INTERNAL_SERVER_ERROR when none). */
export function readErrors(response: unknown): RunError[] {
  const errors = (response as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((e) => {
    const err = (e ?? {}) as { message?: unknown; path?: unknown; extensions?: { code?: unknown } };
    return {
      code: typeof err.extensions?.code === "string" ? err.extensions.code : "INTERNAL_SERVER_ERROR",
      message: typeof err.message === "string" ? err.message : String(e),
      path: Array.isArray(err.path) ? err.path.join(".") : null,
    };
  });
}

/** Turns an answer (or a failed request) into what the screen shows. */
export function outcomeOf(response: Record<string, unknown>, status: number | null, durationMs: number): RunOutcome {
  // A refusal (QUERY_BUDGET_EXHAUSTED, HTTP 429) carries its cost and budget in the error's extensions.
  const errorExtensions = Array.isArray(response.errors) ? (response.errors as { extensions?: unknown }[]).map((e) => e?.extensions) : [];
  const first = <T>(read: (x: unknown) => T | null) => [response.extensions, ...errorExtensions].map(read).find((v) => v !== null) ?? null;
  return {
    response,
    errors: readErrors(response),
    cost: first(readCost),
    budget: first(readBudget),
    status,
    durationMs,
  };
}

/** The named operations of a document, in order (to choose which one runs). */
export function operationNames(document: DocumentNode): string[] {
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && Boolean(d.name))
    .map((d) => d.name!.value);
}

export type SelectedOperation =
  | { ok: true; document: DocumentNode; operationName: string | undefined }
  | { ok: false; code: "NO_OPERATION" | "NOT_AN_OPERATION"; message: string };

/**
 * The document to send: the operation to run (the named one, else the first) and the fragments it
 * uses, directly or not. The SPA's link (Apollo's HttpLink) sends one operation per request, and
 * the API refuses unused fragments; type definitions are not operations.
 */
export function selectOperation(document: DocumentNode, operationName?: string): SelectedOperation {
  const other = document.definitions.find((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION);
  if (other)
    return {
      ok: false,
      code: "NOT_AN_OPERATION",
      message: `Seules des opérations et des fragments peuvent être exécutés (trouvé : ${other.kind}).`,
    };
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => operationName && o.name?.value === operationName) ?? operations[0];
  if (!operation)
    return { ok: false, code: "NO_OPERATION", message: "Le document ne contient aucune opération (query, mutation) à exécuter." };
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const used = new Set<string>();
  const walk = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (used.has(name) || !fragment) return;
        used.add(name);
        walk(fragment);
      },
    });
  walk(operation);
  return {
    ok: true,
    document: { ...document, definitions: [operation, ...[...fragments.values()].filter((f) => used.has(f.name.value))] },
    operationName: operation.name?.value,
  };
}

export type ParsedVariables = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** The variables editor's text: empty means none; otherwise a JSON object. */
export function parseVariables(text: string): ParsedVariables {
  if (!text.trim()) return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object" || Array.isArray(value))
      return { ok: false, message: 'Les variables doivent être un objet JSON : { "nom": valeur }.' };
    return { ok: true, value: value as Record<string, unknown> };
  } catch (e) {
    return { ok: false, message: `Variables : JSON invalide (${(e as Error).message}).` };
  }
}

/** Sends one operation through `link` and waits for its (single) answer. */
export function send(
  link: ApolloLink,
  request: { query: DocumentNode; variables?: Record<string, unknown>; operationName?: string },
): Promise<{ response: Record<string, unknown>; status: number | null }> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (response: Record<string, unknown>, status: number | null) => {
      if (settled) return;
      settled = true;
      resolve({ response, status });
    };
    try {
      execute(link, { query: request.query, variables: request.variables ?? {}, operationName: request.operationName }).subscribe({
        next: (result) => done(result as unknown as Record<string, unknown>, null),
        error: (err: unknown) => {
          // HttpLink rejects non-2xx answers (an invalid operation is a 400) with the body in `result`.
          const e = err as { result?: unknown; statusCode?: number; message?: string };
          if (e.result && typeof e.result === "object") done(e.result as Record<string, unknown>, e.statusCode ?? null);
          else done({ errors: [{ message: e.message ?? String(err), extensions: { code: "NETWORK_ERROR" } }] }, e.statusCode ?? null);
        },
        complete: () => done({}, null),
      });
    } catch (e) {
      done({ errors: [{ message: (e as Error).message, extensions: { code: "CLIENT_ERROR" } }] }, null);
    }
  });
}

/** Parses and runs an operation; a syntax error or bad variables are answered locally, without a request. */
export async function runOperation(
  link: ApolloLink,
  source: string,
  variablesText: string,
  operationName?: string,
  now: () => number = () => performance.now(),
): Promise<RunOutcome> {
  const started = now();
  let query: DocumentNode;
  try {
    query = parse(source);
  } catch (e) {
    const err = e as GraphQLError;
    const where = err.locations?.[0];
    return outcomeOf(
      {
        errors: [
          { message: where ? `${err.message} (${where.line}:${where.column})` : err.message, extensions: { code: "GRAPHQL_PARSE_FAILED" } },
        ],
      },
      null,
      0,
    );
  }
  const variables = parseVariables(variablesText);
  if (!variables.ok) return outcomeOf({ errors: [{ message: variables.message, extensions: { code: "BAD_VARIABLES_JSON" } }] }, null, 0);
  const selected = selectOperation(query, operationName);
  if (!selected.ok) return outcomeOf({ errors: [{ message: selected.message, extensions: { code: selected.code } }] }, null, 0);
  const { response, status } = await send(link, {
    query: selected.document,
    variables: variables.value,
    operationName: selected.operationName,
  });
  return outcomeOf(response, status, Math.round(now() - started));
}

/** The schema as the API serves it to this user (introspection through the session's link). */
export async function loadSchema(link: ApolloLink): Promise<GraphQLSchema> {
  const { response } = await send(link, { query: parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })) });
  const errors = readErrors(response);
  if (errors.length || !response.data) throw new Error(errors.map((e) => `${e.code} : ${e.message}`).join("\n") || "NO_DATA");
  return buildClientSchema(response.data as IntrospectionQuery);
}

export interface DocArgument {
  name: string;
  type: string;
  description: string | null;
  defaultValue: string | null;
}

export interface DocField {
  /** "query" or "mutation". */
  root: "query" | "mutation";
  name: string;
  /** The return type as written in SDL (`DossierConnection!`). */
  type: string;
  /** The named return type (`DossierConnection`), to list its fields. */
  typeName: string;
  description: string | null;
  deprecationReason: string | null;
  args: DocArgument[];
}

function docField(root: DocField["root"], field: GraphQLField<unknown, unknown>): DocField {
  return {
    root,
    name: field.name,
    type: String(field.type),
    typeName: getNamedType(field.type).name,
    description: field.description ?? null,
    deprecationReason: field.deprecationReason ?? null,
    args: field.args.map((a) => ({
      name: a.name,
      type: String(a.type),
      description: a.description ?? null,
      defaultValue: a.defaultValue === undefined ? null : JSON.stringify(a.defaultValue),
    })),
  };
}

/** The query then mutation fields of a schema, each sorted by name. */
export function rootFields(schema: GraphQLSchema): DocField[] {
  const list = (root: DocField["root"], type: ReturnType<GraphQLSchema["getQueryType"]>) =>
    Object.values(type?.getFields() ?? {})
      .map((f) => docField(root, f))
      .sort((a, b) => a.name.localeCompare(b.name));
  return [...list("query", schema.getQueryType()), ...list("mutation", schema.getMutationType())];
}

/** Case- and accent-insensitive search over names, descriptions and argument names. */
export function searchFields(fields: DocField[], term: string): DocField[] {
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const words = fold(term).split(/\s+/).filter(Boolean);
  if (!words.length) return fields;
  return fields.filter((f) => {
    const text = fold([f.name, f.type, f.description ?? "", ...f.args.map((a) => a.name)].join(" "));
    return words.every((w) => text.includes(w));
  });
}

/** An operation to start from. */
export interface ExampleOperation {
  id: string;
  query: string;
  variables: string;
}

export const EXAMPLES: readonly ExampleOperation[] = [
  {
    id: "dossiers",
    query: `# Les dossiers visibles, filtrés par état, avec leur établissement
query Dossiers($filter: DossierFilter, $first: Int) {
  dossiers(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        state
        openedOn
        windowEndsOn
        certification { code }
        establishment { name }
      }
    }
  }
}
`,
    variables: `{
  "first": 20,
  "filter": { "states": ["OPENED", "IN_TRAINING"] }
}
`,
  },
  {
    id: "dossier",
    query: `# Un dossier : son état, ses évaluations et ses parcours de formation
query Dossier($id: ID!) {
  dossier(id: $id) {
    id
    state
    openedOn
    windowEndsOn
    allowedActions
    domainStatuses { domain { code title } acquired acquiredOn validUntil }
    history { at action fromState toState }
  }
}
`,
    variables: `{
  "id": "00000000-0000-0000-0000-000000000000"
}
`,
  },
  {
    id: "networkAttention",
    query: `# Ce qui demande l'attention dans les réseaux que vous gérez
query Attention {
  networkAttention {
    today
    horizonDays
    expiringHabilitations(first: 10) { totalCount }
    organisationsWithExpiredQualiopi(first: 10) { totalCount }
    sessionsOverCapacity(first: 10) { totalCount }
    establishmentsWithoutEvaluator(first: 10) { totalCount }
  }
}
`,
    variables: "",
  },
];

/** Where the last operation is kept: this browser, per user (it is the user's own text). */
export const storageKey = (userId: string | null | undefined) => `clea.explorer.last:${userId ?? "anonyme"}`;

export interface SavedOperation {
  query: string;
  variables: string;
}

export function loadSaved(
  userId: string | null | undefined,
  storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage,
): SavedOperation | null {
  try {
    const raw = storage?.getItem(storageKey(userId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<SavedOperation>;
    return typeof v.query === "string" ? { query: v.query, variables: typeof v.variables === "string" ? v.variables : "" } : null;
  } catch {
    return null;
  }
}

export function save(
  userId: string | null | undefined,
  op: SavedOperation,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(storageKey(userId), JSON.stringify(op));
  } catch {
    // Storage full or disabled: the explorer works without it.
  }
}

export interface DocTypeField {
  name: string;
  type: string;
  typeName: string;
  description: string | null;
  deprecationReason: string | null;
  args: DocArgument[];
}

/** One named type for the documentation pane: its fields (objects, inputs) or values (enums). */
export interface DocType {
  name: string;
  kind: "OBJECT" | "INPUT" | "ENUM" | "SCALAR" | "INTERFACE" | "UNION";
  description: string | null;
  fields: DocTypeField[];
  values: { name: string; description: string | null }[];
}

export function describeType(schema: GraphQLSchema, name: string): DocType | null {
  const type = schema.getType(name);
  if (!type) return null;
  const base = { name: type.name, description: type.description ?? null, fields: [] as DocTypeField[], values: [] as DocType["values"] };
  if (isEnumType(type))
    return { ...base, kind: "ENUM", values: type.getValues().map((v) => ({ name: v.name, description: v.description ?? null })) };
  if (isUnionType(type))
    return { ...base, kind: "UNION", values: type.getTypes().map((t) => ({ name: t.name, description: t.description ?? null })) };
  if (isObjectType(type) || isInterfaceType(type)) {
    const fields = Object.values(type.getFields()).map((f) => {
      const { root: _root, ...rest } = docField("query", f);
      return rest;
    });
    return { ...base, kind: isObjectType(type) ? "OBJECT" : "INTERFACE", fields };
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).map((f) => ({
      name: f.name,
      type: String(f.type),
      typeName: getNamedType(f.type).name,
      description: f.description ?? null,
      deprecationReason: f.deprecationReason ?? null,
      args: [],
    }));
    return { ...base, kind: "INPUT", fields };
  }
  return { ...base, kind: "SCALAR" };
}
