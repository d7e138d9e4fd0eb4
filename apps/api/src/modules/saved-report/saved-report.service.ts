import {
  execute,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { AuditAction, ErrorCode, nameProblem, type FieldProblem } from "@clea/schema";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import { budgetForRoles, costBudget } from "../../core/cost-budget.js";
import { assertNoProblems, isDomainError } from "../../core/errors.js";
import { findOrFail, isUuid } from "../../core/find.js";
import {
  armorProtection,
  exceedsTokens,
  graphqlLimitsFromEnv,
  operationCost,
  QueryLimitError,
  type GraphqlLimits,
} from "../../core/graphql-limits.js";
import type { ConnectionShape } from "../../core/list.js";
import { logger } from "../../core/logger.js";
import { ForbiddenError } from "../../core/permissions.js";
import { getSchema } from "../../core/schema.js";
import { Network } from "../network/index.js";
import { auditService, audited, changedFieldNames } from "../audit/index.js";
import {
  SAVED_REPORT_DESCRIPTION_MAX,
  SAVED_REPORT_DOCUMENT_MAX,
  SAVED_REPORT_NAME_MAX,
  SAVED_REPORT_VARIABLES_MAX,
  SavedReport,
  SavedReportVisibility,
} from "./saved-report.entity.js";
import type { CreateSavedReportInput, SavedReportRun, SavedReportRunError, UpdateSavedReportInput } from "./saved-report.inputs.js";
import { savedReportList } from "./saved-report.list.js";
import { memberNetworkIds } from "./saved-report.scope.js";

const WHAT = "Rapport enregistré";

let limitsCache: { limits: GraphqlLimits; rules: ValidationRule[] } | undefined;
/** The server's limits (same environment) and its validation rules (depth, aliases, directives). */
function serverLimits() {
  if (!limitsCache) {
    const limits = graphqlLimitsFromEnv();
    limitsCache = { limits, rules: [...specifiedRules, ...armorProtection(limits).validationRules] };
  }
  return limitsCache;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The problems of a document: syntax, one query operation (no mutation, no subscription), and
 * validation against the API's own schema with the server's limits. Answers the parsed document
 * when it has none.
 */
export function documentProblems(
  schema: GraphQLSchema,
  text: string,
  field = "document",
): { problems: FieldProblem[]; document?: DocumentNode } {
  const { limits, rules } = serverLimits();
  if (!text.trim()) return { problems: [{ field, message: "Le document est obligatoire." }] };
  if (text.length > SAVED_REPORT_DOCUMENT_MAX)
    return {
      problems: [{ field, message: `Le document compte au plus ${SAVED_REPORT_DOCUMENT_MAX.toLocaleString("fr-FR")} caractères.` }],
    };
  if (exceedsTokens(text, limits.maxTokens))
    return { problems: [{ field, message: `Le document compte trop de jetons : ${limits.maxTokens} au plus.` }] };
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (e) {
    const where = e instanceof GraphQLError && e.locations?.[0] ? ` (ligne ${e.locations[0].line}, colonne ${e.locations[0].column})` : "";
    const detail = e instanceof GraphQLError ? e.message.replace(/^Syntax Error: /, "") : String(e);
    return { problems: [{ field, message: `Le document n'est pas du GraphQL valide${where} : ${detail}` }] };
  }
  const problems: FieldProblem[] = [];
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1)
    problems.push({ field, message: `Le document doit contenir exactement une opération (il en contient ${operations.length}).` });
  for (const op of operations)
    if (op.kind === Kind.OPERATION_DEFINITION && op.operation !== "query")
      problems.push({ field, message: `Seules les requêtes (query) s'enregistrent : « ${op.operation} » est refusé.` });
  if (!problems.length)
    for (const e of validate(schema, document, rules)) {
      const own = typeof e.extensions?.code === "string" && e.extensions.code.startsWith("QUERY_");
      problems.push({ field, message: own ? e.message : `Le document ne correspond pas au schéma de l'API : ${e.message}` });
    }
  return problems.length ? { problems } : { problems, document };
}

function variablesProblems(variables: unknown, field = "variables"): FieldProblem[] {
  if (variables == null) return [];
  if (!isPlainObject(variables)) return [{ field, message: "Les variables doivent être un objet JSON." }];
  if (JSON.stringify(variables).length > SAVED_REPORT_VARIABLES_MAX)
    return [
      { field, message: `Les variables comptent au plus ${SAVED_REPORT_VARIABLES_MAX.toLocaleString("fr-FR")} caractères (en JSON).` },
    ];
  return [];
}

interface ReportValues {
  name: string;
  description: string | null;
  document: string;
  variables: Record<string, unknown> | null;
  visibility: SavedReportVisibility;
  networkId: string | null;
}

/** Every problem of a report at once (name, description, document, variables, visibility and network). */
async function reportProblems(
  ctx: RequestContext,
  v: ReportValues,
  check: { document: boolean; network: boolean },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const name = nameProblem(v.name, SAVED_REPORT_NAME_MAX, "Le nom du rapport");
  if (name) problems.push({ field: "name", message: name });
  if (v.description != null && v.description.length > SAVED_REPORT_DESCRIPTION_MAX)
    problems.push({
      field: "description",
      message: `La description compte au plus ${SAVED_REPORT_DESCRIPTION_MAX.toLocaleString("fr-FR")} caractères.`,
    });
  if (check.document) problems.push(...documentProblems(await getSchema(), v.document).problems);
  problems.push(...variablesProblems(v.variables));
  if (!Object.values(SavedReportVisibility).includes(v.visibility)) problems.push({ field: "visibility", message: "Visibilité inconnue." });
  if (v.visibility === SavedReportVisibility.NETWORK) {
    if (!v.networkId) problems.push({ field: "networkId", message: "Choisissez le réseau avec lequel partager le rapport." });
    else if (check.network && !(await mayShareWith(ctx, v.networkId)))
      problems.push({ field: "networkId", message: "Vous ne pouvez partager un rapport qu'avec un réseau où vous avez un rôle." });
  } else if (v.networkId) {
    problems.push({ field: "networkId", message: "Un réseau ne se donne qu'avec la visibilité NETWORK." });
  }
  return problems;
}

/** One of the owner's networks (ADMIN: any existing network). */
async function mayShareWith(ctx: RequestContext, networkId: string): Promise<boolean> {
  if (!isUuid(networkId)) return false;
  const principal = ctx.principal;
  if (principal && !principal.isAdmin) return memberNetworkIds(principal.grants).includes(networkId);
  return (await ctx.em.getRepository(Network).countBy({ id: networkId })) > 0;
}

const canEdit = (ctx: RequestContext, report: SavedReport) =>
  !ctx.principal ? !ctx.http : ctx.principal.isAdmin || report.ownerId === ctx.principal.userId;

const trimmedOrNull = (s: string | null | undefined) => (s == null || s.trim() === "" ? null : s.trim());

export const savedReportService = {
  canEdit,

  /** The reports the caller may see, filtered and sorted as asked (by name by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<SavedReport>> {
    return savedReportList.page(ctx, args);
  },

  get(ctx: RequestContext, id: string): Promise<SavedReport> {
    return findOrFail(ctx, SavedReport, id, WHAT);
  },

  async create(ctx: RequestContext, input: CreateSavedReportInput): Promise<SavedReport> {
    const ownerId = ctx.principal?.userId;
    if (!ownerId) throw new ForbiddenError("Connectez-vous pour enregistrer un rapport.");
    const values: ReportValues = {
      name: input.name?.trim() ?? "",
      description: trimmedOrNull(input.description),
      document: input.document ?? "",
      variables: input.variables ?? null,
      visibility: input.visibility,
      networkId: input.networkId ?? null,
    };
    assertNoProblems(await reportProblems(ctx, values, { document: true, network: true }));
    return audited(
      ctx,
      (tx) => tx.em.getRepository(SavedReport).save({ ...values, ownerId: ownerId! }),
      (r) => ({
        action: AuditAction.CREATE,
        entityType: "SavedReport",
        entityId: r.id,
        changedFields: ["name", "description", "document", "variables", "visibility", "networkId"].filter(
          (k) => values[k as keyof ReportValues] != null,
        ),
        networkId: r.networkId,
      }),
    );
  },

  async update(ctx: RequestContext, id: string, input: UpdateSavedReportInput): Promise<SavedReport> {
    const report = await savedReportService.get(ctx, id);
    if (!canEdit(ctx, report)) throw new ForbiddenError("Seul l'auteur du rapport (ou l'administration) peut le modifier.");
    const changes: Partial<ReportValues> = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.description !== undefined) changes.description = trimmedOrNull(input.description);
    if (input.document != null) changes.document = input.document;
    if (input.variables !== undefined) changes.variables = input.variables;
    if (input.visibility != null) changes.visibility = input.visibility;
    if (input.networkId !== undefined) changes.networkId = input.networkId;
    const next: ReportValues = { ...pick(report), ...changes };
    if (next.visibility !== SavedReportVisibility.NETWORK && input.networkId == null) next.networkId = null;
    if (next.networkId !== report.networkId) changes.networkId = next.networkId;
    // The network is checked when it changes: an owner who left it may still rename the report.
    assertNoProblems(
      await reportProblems(ctx, next, {
        document: changes.document != null && changes.document !== report.document,
        network: next.networkId !== report.networkId || next.visibility !== report.visibility,
      }),
    );
    const changedFields = changedFieldNames(report, changes);
    Object.assign(report, next);
    return audited(
      ctx,
      (tx) => tx.em.getRepository(SavedReport).save(report),
      (r) => ({ action: AuditAction.UPDATE, entityType: "SavedReport", entityId: r.id, changedFields, networkId: r.networkId }),
    );
  },

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    const report = await savedReportService.get(ctx, id);
    if (!canEdit(ctx, report)) throw new ForbiddenError("Seul l'auteur du rapport (ou l'administration) peut le supprimer.");
    await audited(
      ctx,
      (tx) => tx.em.getRepository(SavedReport).delete({ id: report.id }),
      () => ({ action: AuditAction.DELETE, entityType: "SavedReport", entityId: report.id, networkId: report.networkId }),
    );
    return true;
  },

  /**
   * Runs the stored query as the caller: their scope, their personal-data rights, the server's
   * limits and their own cost budget. Variables given now replace the saved ones of the same name.
   */
  async run(ctx: RequestContext, id: string, variables: Record<string, unknown> | null | undefined): Promise<SavedReportRun> {
    const report = await savedReportService.get(ctx, id);
    assertNoProblems(variablesProblems(variables));
    const schema = await getSchema();
    const variableValues = { ...(report.variables ?? {}), ...(variables ?? {}) };
    const audit = () =>
      auditService.record(ctx, {
        action: AuditAction.RUN_REPORT,
        entityType: "SavedReport",
        entityId: report.id,
        networkId: report.networkId,
      });
    // The schema may have changed since the report was saved: check the document again.
    const { problems, document } = documentProblems(schema, report.document);
    if (!document) {
      await audit();
      return { data: null, errors: problems.map((p) => ({ message: p.message, code: "GRAPHQL_VALIDATION_FAILED" })), cost: 0 };
    }
    // Refused for its cost or the caller's budget: nothing ran, nothing to record.
    const cost = await chargeCost(ctx, schema, document, variableValues);
    await audit();
    const result = await execute({ schema, document, variableValues, contextValue: ctx });
    return {
      data: (result.data as Record<string, unknown> | null | undefined) ?? null,
      errors: (result.errors ?? []).map((e) => runError(ctx, e)),
      cost,
    };
  },
};

const pick = (r: SavedReport): ReportValues => ({
  name: r.name,
  description: r.description,
  document: r.document,
  variables: r.variables,
  visibility: r.visibility,
  networkId: r.networkId,
});

/** The same cost check and budget charge as the server's plugin (core/graphql-limits.ts). */
export async function chargeCost(
  ctx: RequestContext,
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Promise<number> {
  const { limits } = serverLimits();
  let cost: number;
  try {
    cost = operationCost(schema, document, variables, undefined, limits.listSize);
  } catch {
    return 0; // variables that do not match: execution refuses them before any resolver runs
  }
  if (cost > limits.maxCost)
    throw new QueryLimitError(
      ErrorCode.QUERY_TOO_COSTLY,
      `Le rapport est trop coûteux (${cost}) : ${limits.maxCost} au plus. Demandez des pages plus petites (first/last) ou moins de listes imbriquées.`,
      { maximum: limits.maxCost, found: cost },
    );
  const principal = ctx.principal;
  if (limits.budgets && principal && cost > 0) {
    const own = budgetForRoles(limits.budgets, principal.roles);
    if (cost > own.capacity)
      throw new QueryLimitError(
        ErrorCode.QUERY_TOO_COSTLY,
        `Le rapport est trop coûteux (${cost}) pour votre budget, qui en contient ${own.capacity} au plus.`,
        {
          maximum: own.capacity,
          found: cost,
        },
      );
    await costBudget.charge(ctx, principal.userId, own, cost, limits.maxCost);
  }
  return cost;
}

/** An error of the run for the client: business errors as they are, anything unexpected masked. */
function runError(ctx: RequestContext, e: GraphQLError): SavedReportRunError {
  const path = e.path?.map(String) ?? null;
  const original = e.originalError;
  if (original && !(original instanceof GraphQLError)) {
    logger.error({ err: original, requestId: ctx.requestId, path: e.path }, "unexpected error in a saved report run");
    return {
      message: `Erreur interne. Si elle persiste, communiquez au support l'identifiant de la requête : ${ctx.requestId}.`,
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      path,
    };
  }
  const source = original && isDomainError(original) ? original : e;
  const code = typeof source.extensions?.code === "string" ? source.extensions.code : ErrorCode.BAD_USER_INPUT;
  return { message: source.message, code, path };
}
