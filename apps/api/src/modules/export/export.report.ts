import type { Writable } from "node:stream";
import { execute, GraphQLEnumType, GraphQLError, parse, type GraphQLSchema } from "graphql";
import { AGGREGATE_DOCUMENT, AuditAction, ErrorCode } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { DomainError, InputError, isDomainError } from "../../core/errors.js";
import { getSchema } from "../../core/schema.js";
import { auditService } from "../audit/index.js";
import { chargeCost } from "../saved-report/index.js";
import { ExportFormat, ExportJob, ExportJobStatus } from "./export-job.entity.js";
import { networkOf } from "./export.service.js";
import type { ExportColumn } from "./export.lists.js";
import { rowWriter } from "./export.writer.js";

/**
 * The export of a report (ADR 0015, "Reports"): the `aggregate` arguments of the builder (or of a
 * saved report) in, a CSV or XLSX file out. The aggregate runs through the API's own schema with
 * the caller's context — the same validation, scope, small-group masking and cost budget as the
 * query `aggregate` — and its groups are written with the module's writer: one column per
 * dimension (its French label), one per measure (rates in percent), and "Groupe masqué" (a masked
 * group keeps its keys and no figure). A report has at most 10,000 groups: it is always written
 * at once. The export is an `export_job` row (list REPORT, not a background job) and one EXPORT
 * event, written before the first byte, like the lists' exports.
 */

/** The arguments of `aggregate` an export takes (the body of `POST /exports/report.csv|xlsx`). */
export const REPORT_ARGUMENTS = ["subject", "groupBy", "measures", "filter", "dateTruncation", "interval"] as const;
/** The `list` of a report's export_job row (the lists' ExportList values name lists, this one a report). */
export const REPORT_EXPORT = "REPORT";

const DOCUMENT = parse(AGGREGATE_DOCUMENT);

interface AggregateAnswer {
  rows: {
    keys: { dimension: string; value: string | null; label: string | null }[];
    values: { measure: string; value: number | null; decimal: string | null }[];
    suppressed: boolean;
  }[];
  suppressedCount: number;
  minimumGroupSize: number | null;
}

export interface ReportExportRequest {
  format: ExportFormat;
  frenchFormats?: boolean;
  /** The JSON body: the aggregate's arguments (anything else is refused by name). */
  body: unknown;
}

const isRate = (measure: string) => measure.endsWith("_RATE") || measure === "CERTIFICATION_RATE_5Y";
const isCount = (measure: string) => measure === "COUNT" || measure === "DISTINCT_CANDIDATES";

/** The French label of an enum value of the schema (its description), or the value itself. */
function labelOf(schema: GraphQLSchema, type: string, value: string): string {
  const t = schema.getType(type);
  return (t instanceof GraphQLEnumType ? t.getValue(value)?.description : undefined) ?? value;
}

/** The aggregate's arguments from the body: an object with known names only (the types are the schema's business). */
function argumentsOf(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new InputError([
      {
        field: "body",
        message: "Le corps de la requête est un objet JSON : les arguments de l'agrégat (subject, groupBy, measures, filter…).",
      },
    ]);
  const unknown = Object.keys(body).filter((k) => !(REPORT_ARGUMENTS as readonly string[]).includes(k) && k !== "frenchFormats");
  if (unknown.length)
    throw new InputError(
      unknown.map((k) => ({ field: k, message: `Argument inconnu : ${k}. Arguments possibles : ${REPORT_ARGUMENTS.join(", ")}.` })),
    );
  return Object.fromEntries(Object.entries(body).filter(([k, v]) => k !== "frenchFormats" && v !== undefined && v !== null));
}

/** A refusal of the aggregate as the route answers it: the API's own error (code, problems), or BAD_USER_INPUT for a value the schema refused. */
function refusal(errors: readonly GraphQLError[]): DomainError {
  const first = errors[0]!;
  const original = first.originalError;
  if (original && isDomainError(original)) return original as DomainError;
  if (original && !(original instanceof GraphQLError)) throw original; // unexpected: masked by the route with the request id
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Arguments de l'agrégat invalides : ${errors.map((e) => e.message).join(" ")}`);
}

export async function exportReport(
  ctx: RequestContext,
  request: ReportExportRequest,
  out: Writable,
  onStart: (job: ExportJob) => void,
): Promise<ExportJob> {
  const variables = argumentsOf(request.body);
  const schema = await getSchema();
  // Priced and charged as the query `aggregate` would be (refused over the limit or the budget).
  await chargeCost(ctx, schema, DOCUMENT, variables);
  const result = await execute({ schema, document: DOCUMENT, variableValues: variables, contextValue: ctx });
  if (result.errors?.length) throw refusal(result.errors);
  const answer = (result.data as { aggregate: AggregateAnswer }).aggregate;

  const groupBy = variables.groupBy as string[];
  const measures = variables.measures as string[];
  const columns: ExportColumn[] = [
    ...groupBy.map((d): ExportColumn => ({ key: `d_${d}`, header: labelOf(schema, "ReportDimension", d), kind: "text", sql: "" })),
    ...measures.map((m): ExportColumn => ({
      key: `m_${m}`,
      header: `${labelOf(schema, "ReportMeasure", m)}${isRate(m) ? " (%)" : ""}`,
      kind: isCount(m) ? "int" : "decimal",
      sql: "",
    })),
    { key: "suppressed", header: `Groupe masqué (moins de ${answer.minimumGroupSize ?? 5} candidats)`, kind: "boolean", sql: "" },
  ];
  const rows = answer.rows.map((r) => {
    const row: Record<string, unknown> = { suppressed: r.suppressed };
    for (const d of groupBy) {
      const k = r.keys.find((x) => x.dimension === d);
      row[`d_${d}`] = k?.label ?? k?.value ?? "(sans valeur)";
    }
    for (const m of measures) {
      const v = r.values.find((x) => x.measure === m);
      // A masked group never carries a figure, whatever the answer holds.
      if (r.suppressed || !v) row[`m_${m}`] = null;
      else if (isRate(m)) row[`m_${m}`] = v.value == null ? null : Math.round(v.value * 10_000) / 100;
      else row[`m_${m}`] = v.decimal ?? v.value;
    }
    return row;
  });

  const job = await ctx.transaction(async (tx) => {
    const saved = await tx.em.getRepository(ExportJob).save({
      list: REPORT_EXPORT as never,
      format: request.format,
      frenchFormats: Boolean(request.frenchFormats),
      filter: variables,
      background: false,
      status: ExportJobStatus.RUNNING,
      total: rows.length,
      requestedById: ctx.principal?.userId ?? null,
      networkId: networkOf(ctx),
    });
    await auditService.record(tx, {
      action: AuditAction.EXPORT,
      entityType: "ExportJob",
      entityId: saved.id,
      changedFields: [
        `list.${REPORT_EXPORT}`,
        `format.${request.format}`,
        `rows.${rows.length}`,
        `subject.${String(variables.subject)}`,
        ...(answer.suppressedCount ? [`suppressed.${answer.suppressedCount}`] : []),
        ...columns.map((c) => `column.${c.key}`),
      ],
      networkId: saved.networkId,
    });
    return saved;
  });
  onStart(job);
  const writer = rowWriter(request.format, columns, out, { french: Boolean(request.frenchFormats), sheetName: "rapport" });
  try {
    for (const row of rows) await writer.write(row);
    await writer.end();
    await ctx.ds.query(
      `UPDATE export_job SET status = 'SUCCEEDED', processed = $2, "finishedAt" = now(), "updatedAt" = now() WHERE id = $1`,
      [job.id, rows.length],
    );
    return { ...job, processed: rows.length, status: ExportJobStatus.SUCCEEDED };
  } catch (err) {
    await ctx.ds
      .query(`UPDATE export_job SET status = 'FAILED', "errorMessage" = $2, "finishedAt" = now(), "updatedAt" = now() WHERE id = $1`, [
        job.id,
        "Export interrompu.",
      ])
      .catch(() => undefined);
    throw err;
  }
}
