/**
 * What an operation may ask for, measured before anything runs: tokens (before parsing), depth,
 * aliases and directives (while validating, with graphql-armor), cost (once the operation and
 * its variables are known, with graphql-query-complexity), and introspection (signed-in users
 * only). A refused operation never reaches a resolver, so it never touches the database. Each
 * refusal has a stable code (`QUERY_TOO_*`, UNAUTHENTICATED) and a French message; the limits
 * come from the environment (see `graphqlLimitsFromEnv`) and ADR 0006. A signed-in caller's
 * operations are then charged to their query-cost budget (core/cost-budget.ts, ADR 0016).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { NextFunction, Request, Response } from "express";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { ErrorCode } from "@clea/schema";
import type { RequestContext } from "./context.js";
import {
  budgetForRoles,
  costBudget,
  costBudgetsFromEnv,
  DEFAULT_COST_BUDGETS,
  QueryBudgetExhaustedError,
  type BudgetState,
  type CostBudgets,
} from "./cost-budget.js";
import { DomainError } from "./errors.js";
import { DEFAULT_PAGE_SIZE } from "./list.js";

export interface GraphqlLimits {
  /** Nesting of selection sets (a connection costs 3 levels: field, edges, node). */
  maxDepth: number;
  /** Aliased fields in an operation (the cheap way to run one field a thousand times). */
  maxAliases: number;
  /** Directive uses in an operation. */
  maxDirectives: number;
  /** Lexical tokens of the document, counted before it is parsed. */
  maxTokens: number;
  /** Highest accepted cost (see `costEstimator`). */
  maxCost: number;
  /**
   * Size assumed for a plain list (no paging arguments). In this schema plain lists are the
   * small, bounded children of one row (the domains of a référentiel, the habilitations of an
   * establishment); anything that grows with the data is a connection. A field that knows
   * better declares it: TypeGraphQL `@Field({ complexity })` wins over this default.
   */
  listSize: number;
  /** Block "Did you mean …?" suggestions, which reveal the schema (on in production). */
  blockSuggestions: boolean;
  /** Each signed-in user's query-cost budget, per role (core/cost-budget.ts); `false`: none. */
  budgets: CostBudgets | false;
}

export const DEFAULT_GRAPHQL_LIMITS: Readonly<GraphqlLimits> = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 50,
  maxTokens: 3_000,
  maxCost: 10_000,
  listSize: 5,
  blockSuggestions: false,
  budgets: DEFAULT_COST_BUDGETS,
};

/**
 * The limits, from GRAPHQL_MAX_DEPTH, …_ALIASES, …_DIRECTIVES, …_TOKENS, …_COST and GRAPHQL_LIST_SIZE;
 * the budgets from GRAPHQL_BUDGETS and GRAPHQL_BUDGET_<ROLE> (see `costBudgetsFromEnv`).
 */
export function graphqlLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): GraphqlLimits {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw == null || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
    return n;
  };
  const d = DEFAULT_GRAPHQL_LIMITS;
  return {
    maxDepth: int("GRAPHQL_MAX_DEPTH", d.maxDepth),
    maxAliases: int("GRAPHQL_MAX_ALIASES", d.maxAliases),
    maxDirectives: int("GRAPHQL_MAX_DIRECTIVES", d.maxDirectives),
    maxTokens: int("GRAPHQL_MAX_TOKENS", d.maxTokens),
    maxCost: int("GRAPHQL_MAX_COST", d.maxCost),
    listSize: int("GRAPHQL_LIST_SIZE", d.listSize),
    blockSuggestions: env.NODE_ENV === "production",
    budgets: costBudgetsFromEnv(env),
  };
}

/** A refusal by a limit: its code, a French message, and the numbers a client can act on. */
export class QueryLimitError extends DomainError {
  constructor(code: ErrorCode, message: string, extra: { maximum: number; found?: number }) {
    super(code, message, extra);
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens: before parsing, so that a huge document costs a scan and nothing else.

/**
 * Express middleware in front of Apollo: counts the tokens of the document with graphql's own
 * lexer and answers 400 QUERY_TOO_MANY_TOKENS beyond the limit. (graphql-armor's token plugin
 * throws from an Apollo hook that cannot answer a request, which Apollo turns into a 500.)
 */
export function tokenLimit(limits: Pick<GraphqlLimits, "maxTokens">) {
  return (req: Request, res: Response, next: NextFunction) => {
    const query = typeof req.body?.query === "string" ? req.body.query : typeof req.query?.query === "string" ? req.query.query : undefined;
    if (query === undefined || !exceedsTokens(query, limits.maxTokens)) return next();
    const error = new QueryLimitError(
      ErrorCode.QUERY_TOO_MANY_TOKENS,
      `La requête est trop longue : elle dépasse ${limits.maxTokens} éléments (noms, arguments, accolades…).`,
      { maximum: limits.maxTokens },
    );
    res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
  };
}

export function exceedsTokens(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let n = 0; lexer.advance().kind !== TokenKind.EOF;) if (++n > max) return true;
  } catch {
    // A syntax error: the parser reports it, with its position.
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Depth, aliases, directives and suggestions: graphql-armor's validation rules, with our codes.

/** armor reports "… limit of N exceeded, found M."; we keep M for the client. */
const found = (e: GraphQLError) => Number(/found (\d+)/.exec(e.message)?.[1]) || undefined;

function reporter(code: ErrorCode, message: (max: number, found?: number) => string, max: number) {
  return (ctx: ValidationContext | null, e: GraphQLError) => {
    const n = found(e);
    ctx?.reportError(new QueryLimitError(code, message(max, n), { maximum: max, found: n }));
  };
}

const beyond = (n?: number) => (n ? ` (${n})` : "");

export function armorProtection(limits: GraphqlLimits): {
  plugins: ApolloServerPlugin<RequestContext>[];
  validationRules: ValidationRule[];
} {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      // Introspection is deep by nature; it is reserved to signed-in users instead (below).
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [
        reporter(
          ErrorCode.QUERY_TOO_DEEP,
          (max, n) => `La requête est trop profonde${beyond(n)} : ${max} niveaux d'imbrication au plus.`,
          limits.maxDepth,
        ),
      ],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [
        reporter(
          ErrorCode.QUERY_TOO_MANY_ALIASES,
          (max, n) => `La requête compte trop d'alias${beyond(n)} : ${max} au plus.`,
          limits.maxAliases,
        ),
      ],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [
        reporter(
          ErrorCode.QUERY_TOO_MANY_DIRECTIVES,
          (max, n) => `La requête compte trop de directives${beyond(n)} : ${max} au plus.`,
          limits.maxDirectives,
        ),
      ],
    },
    // Tokens: `tokenLimit` above. Cost: graphql-query-complexity below (list size × children).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockSuggestions, mask: "" },
  }).protect();
  return { plugins: plugins as ApolloServerPlugin<RequestContext>[], validationRules };
}

// ---------------------------------------------------------------------------------------------
// Cost: list size × children, before execution, returned in `extensions.cost`.

/**
 * The cost of a field, GitHub-style: what grows with the data is the number of rows, so
 * - a scalar or enum costs 0 (it comes with its row), and so do introspection fields;
 * - an object costs 1 plus its children;
 * - a connection (a field with `first`/`last`) costs 1 plus size × its children, where size is
 *   `first` or `last` (DEFAULT_PAGE_SIZE when absent); its `edges` and `pageInfo` add nothing
 *   of their own, the rows are its nodes;
 * - any other list costs `listSize` × (1 + children), unless its field declares a `complexity`
 *   (TypeGraphQL `@Field({ complexity })`), which wins.
 */
export function costEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith("__") || type.name.startsWith("__")) return 0;
    if (isConnectionType(type)) {
      if (field.name === "edges") return childComplexity;
      if (field.name === "pageInfo") return 0;
    }
    const returned = getNullableType(field.type);
    if (isLeafType(getNamedType(returned))) return 0;
    if (field.args.some((a) => a.name === "first" || a.name === "last")) return 1 + pageSize(args) * childComplexity;
    if (isListType(returned)) return listSize * (1 + childComplexity);
    return 1 + childComplexity;
  };
}

function isConnectionType(type: { name: string; getFields?: () => Record<string, unknown> }): boolean {
  const fields = type.getFields?.();
  return Boolean(fields && "edges" in fields && "pageInfo" in fields);
}

function pageSize(args: Record<string, unknown>): number {
  const sizes = [args.first, args.last].filter((v): v is number => typeof v === "number" && Number.isInteger(v) && v > 0);
  return sizes.length ? Math.max(...sizes) : DEFAULT_PAGE_SIZE;
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  listSize: number,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), costEstimator(listSize)],
  });
}

/** True when the document selects `__schema` or `__type` anywhere (fragments included). */
export function asksIntrospection(document: DocumentNode): boolean {
  let asks = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        asks = true;
        return false;
      }
      return undefined;
    },
  });
  return asks;
}

/**
 * Apollo plugin: once the operation is resolved (parsed, validated, variables known) and before
 * it executes, refuses introspection to anonymous callers and operations over the maximum
 * cost; then charges a signed-in caller's budget (refusing with QUERY_BUDGET_EXHAUSTED, HTTP 429
 * and `Retry-After`, when it holds less than the cost); then adds `extensions.cost` =
 * { requested, maximum } to the response, and `extensions.budget` = { remaining, capacity,
 * refillPerMinute, resetAt } when the operation was charged. An operation that costs nothing
 * (`__typename`, `apiVersion`, introspection) is not charged and reads no budget.
 */
export function costAndIntrospectionPlugin(
  limits: Pick<GraphqlLimits, "maxCost" | "listSize"> & Partial<Pick<GraphqlLimits, "budgets">>,
): ApolloServerPlugin<RequestContext> {
  const budgets = limits.budgets ?? false;
  return {
    async requestDidStart() {
      let requested: number | undefined;
      let budget: BudgetState | undefined;
      return {
        async didResolveOperation({ contextValue, document, schema, request, operationName, response }) {
          if (!contextValue.principal && asksIntrospection(document)) {
            response.http.status = 400;
            throw new DomainError(ErrorCode.UNAUTHENTICATED, "Connectez-vous pour consulter le schéma de l'API.");
          }
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables, operationName ?? undefined, limits.listSize);
          } catch {
            // Variables that do not match the operation: execution refuses them before any
            // resolver runs, with the usual BAD_USER_INPUT.
            return;
          }
          if (cost > limits.maxCost) {
            response.http.status = 400;
            throw new QueryLimitError(
              ErrorCode.QUERY_TOO_COSTLY,
              `La requête est trop coûteuse (${cost}) : ${limits.maxCost} au plus. Demandez des pages plus petites (first/last) ou moins de listes imbriquées.`,
              { maximum: limits.maxCost, found: cost },
            );
          }
          const principal = contextValue.principal;
          if (budgets && principal && cost > 0) {
            const own = budgetForRoles(budgets, principal.roles);
            if (cost > own.capacity) {
              // Waiting would not help: the whole bucket holds less than this operation.
              response.http.status = 400;
              throw new QueryLimitError(
                ErrorCode.QUERY_TOO_COSTLY,
                `La requête est trop coûteuse (${cost}) pour votre budget, qui en contient ${own.capacity} au plus. Demandez des pages plus petites (first/last) ou moins de listes imbriquées.`,
                { maximum: own.capacity, found: cost },
              );
            }
            try {
              budget = await costBudget.charge(contextValue, principal.userId, own, cost, limits.maxCost);
            } catch (e) {
              if (e instanceof QueryBudgetExhaustedError) {
                requested = cost;
                budget = e.extensions.budget as BudgetState;
                response.http.status = 429;
                response.http.headers.set("retry-after", String(e.retryAfterSeconds));
              }
              throw e;
            }
          }
          requested = cost;
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, maximum: limits.maxCost }, ...(budget ? { budget } : {}) };
        },
      };
    },
  };
}
