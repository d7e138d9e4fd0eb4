import { ErrorCode, Role, type FieldProblem } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { DomainError, InputError } from "../../core/errors.js";
import type { FilterDefinition } from "../../core/filter/define.js";
import { scopePredicate, type ScopePredicate } from "../../core/scope.js";
import { dimension, joins, measure, subjects, type Fragment, type JoinName, type MeasureFragment } from "./report.catalog.js";
import { answerFromRollup } from "./report.rollup.js";
import {
  reportCertificateFilter,
  reportDossierFilter,
  reportEvaluationFilter,
  reportFundingLineFilter,
  reportTrainingPathFilter,
} from "./report.filters.js";
import {
  AggregateResult,
  AggregateSource,
  ReportDateTruncation,
  type AggregateRow,
  type ReportDimension,
  type ReportFilter,
  type ReportIntervalInput,
  type ReportMeasure,
  type ReportSubject,
} from "./report.types.js";

/** Limits of one call (docs/adr/0014). */
export const MAX_DIMENSIONS = 4;
export const MAX_MEASURES = 8;
export const MAX_GROUPS = 10_000;
/** For ANALYST callers, a group with fewer distinct candidates than this is suppressed. */
export const MIN_GROUP_CANDIDATES = 5;

export interface AggregateArgs {
  subject: ReportSubject;
  groupBy: ReportDimension[];
  measures: ReportMeasure[];
  filter?: ReportFilter | null;
  dateTruncation?: ReportDateTruncation | null;
  interval?: ReportIntervalInput | null;
  /** Compute from the tables even when a rollup could answer (always fresh, slower). */
  live?: boolean | null;
}

const filterDefinitions: Record<keyof ReportFilter, FilterDefinition> = {
  dossier: reportDossierFilter,
  evaluation: reportEvaluationFilter,
  trainingPath: reportTrainingPathFilter,
  fundingLine: reportFundingLineFilter,
  certificate: reportCertificateFilter,
};

/** Analysts see figures, never someone: their groups are subject to the minimum size. */
export function suppressesSmallGroups(ctx: RequestContext): boolean {
  const p = ctx.principal;
  return !!p && !p.isAdmin && p.has(Role.ANALYST);
}

let seq = 0;
/** Gives the named parameters of a scope predicate names of their own in this statement. */
function bindScope(p: Exclude<ScopePredicate, "ALL" | "NONE">, params: Record<string, unknown>): string {
  const suffix = `_rs${++seq % 1_000_000}`;
  let sql = p.sql;
  for (const [k, v] of Object.entries(p.params)) {
    sql = sql.replace(new RegExp(`:(\\.\\.\\.)?${k}\\b`, "g"), (_m, spread = "") => `:${spread}${k}${suffix}`);
    params[`${k}${suffix}`] = v;
  }
  return sql;
}

export const reportService = {
  /**
   * One aggregate: validated, compiled to ONE `SELECT … GROUP BY` within the caller's scope, run
   * by PostgreSQL; Node only shapes the (at most MAX_GROUPS) groups it returns. The statement reads
   * a rollup (report.rollup.ts) when one answers the call exactly, else the tables; the result
   * says which (`source`) and as of when (`freshAt`).
   */
  async aggregate(ctx: RequestContext, args: AggregateArgs): Promise<AggregateResult> {
    const { subject } = args;
    const unit = args.dateTruncation ?? ReportDateTruncation.MONTH;
    const suppress = suppressesSmallGroups(ctx);
    const problems: FieldProblem[] = [];

    if (args.groupBy.length > MAX_DIMENSIONS)
      problems.push({ field: "groupBy", message: `Au plus ${MAX_DIMENSIONS} dimensions par agrégat.` });
    if (args.measures.length === 0) problems.push({ field: "measures", message: "Au moins une mesure." });
    if (args.measures.length > MAX_MEASURES) problems.push({ field: "measures", message: `Au plus ${MAX_MEASURES} mesures par agrégat.` });
    if (new Set(args.groupBy).size !== args.groupBy.length) problems.push({ field: "groupBy", message: "Une dimension est répétée." });
    if (new Set(args.measures).size !== args.measures.length) problems.push({ field: "measures", message: "Une mesure est répétée." });

    const dims: { name: ReportDimension; f: Fragment }[] = [];
    args.groupBy.forEach((name, i) => {
      const f = dimension(name, subject, unit, !suppress);
      if (f) dims.push({ name, f });
      else problems.push({ field: `groupBy.${i}`, message: `La dimension ${name} ne s'applique pas au sujet ${subject}.` });
    });
    const wantsInterval = args.measures.some((m) => m === "MEDIAN_DAYS" || m === "P90_DAYS");
    if (wantsInterval && !args.interval)
      problems.push({ field: "interval", message: "MEDIAN_DAYS et P90_DAYS demandent l'argument interval (étapes de début et de fin)." });
    if (args.interval && args.interval.from === args.interval.to)
      problems.push({ field: "interval", message: "Les deux étapes de l'intervalle doivent différer." });
    const measures: { name: ReportMeasure; f: MeasureFragment }[] = [];
    args.measures.forEach((name, i) => {
      const f = measure(name, subject, args.interval ?? undefined);
      if (f) measures.push({ name, f });
      else if (!(wantsInterval && !args.interval && (name === "MEDIAN_DAYS" || name === "P90_DAYS") && subject === "DOSSIERS"))
        problems.push({ field: `measures.${i}`, message: `La mesure ${name} ne s'applique pas au sujet ${subject}.` });
    });
    const def = subjects[subject];
    for (const [part, value] of Object.entries(args.filter ?? {}))
      if (value != null && !def.filters[part as keyof ReportFilter])
        problems.push({ field: `filter.${part}`, message: `Le filtre ${part} ne s'applique pas au sujet ${subject}.` });
    if (problems.length) throw new InputError(problems);

    const hasFilter = Object.values(args.filter ?? {}).some((v) => v != null);
    const fromRollup = args.live
      ? null
      : await answerFromRollup(ctx, {
          subject,
          groupBy: args.groupBy,
          dims,
          measures: args.measures,
          unit,
          hasFilter,
          hasInterval: !!args.interval,
          suppress,
          minGroup: MIN_GROUP_CANDIDATES,
          maxGroups: MAX_GROUPS,
        });
    const freshAt = fromRollup?.freshAt ?? new Date();
    const raw = fromRollup?.raw ?? (await reportService.live(ctx, args, dims, measures, suppress));
    if (raw.length > MAX_GROUPS)
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `Plus de ${MAX_GROUPS.toLocaleString("fr-FR")} groupes : ajoutez un filtre, retirez une dimension ou choisissez une troncature de date plus large.`,
        { field: "groupBy", limit: MAX_GROUPS },
      );

    let suppressedCount = 0;
    const rows: AggregateRow[] = raw.map((r) => {
      // A group with no row at all (no GROUP BY, nothing in scope) has no candidate either.
      const suppressed = suppress && (r.candidates as number) < MIN_GROUP_CANDIDATES;
      if (suppressed) suppressedCount++;
      return {
        keys: dims.map((d, i) => {
          const value = (r[`k${i}`] as string | null) ?? null;
          const label = d.f.label ? ((r[`l${i}`] as string | null) ?? null) : value != null && d.f.labelOf ? d.f.labelOf(value) : value;
          return { dimension: d.name, value, label };
        }),
        values: measures.map((m, i) => {
          const v = suppressed ? null : (r[`m${i}`] as number | string | null);
          return {
            measure: m.name,
            value: v == null ? null : Number(v),
            decimal: m.f.kind === "decimal" && v != null ? String(v) : null,
          };
        }),
        suppressed,
      };
    });
    return Object.assign(new AggregateResult(), {
      subject,
      rows,
      suppressedCount,
      minimumGroupSize: suppress ? MIN_GROUP_CANDIDATES : null,
      source: fromRollup ? AggregateSource.ROLLUP : AggregateSource.LIVE,
      freshAt,
    });
  },

  /** The live statement: the subject's tables, joined, scoped, filtered and grouped. */
  async live(
    ctx: RequestContext,
    args: AggregateArgs,
    dims: { name: ReportDimension; f: Fragment }[],
    measures: { name: ReportMeasure; f: MeasureFragment }[],
    suppress: boolean,
  ): Promise<Record<string, unknown>[]> {
    const def = subjects[args.subject];
    const params: Record<string, unknown> = {};
    const where: string[] = [];
    const scope = scopePredicate(ctx, def.scope.entity, def.scope.alias);
    if (scope === "NONE") where.push("FALSE");
    else if (scope !== "ALL") where.push(`(${bindScope(scope, params)})`);
    for (const [part, value] of Object.entries(args.filter ?? {})) {
      if (value == null) continue;
      const compiled = filterDefinitions[part as keyof ReportFilter].compile(
        ctx,
        value as Record<string, unknown>,
        def.filters[part as keyof ReportFilter]!,
      );
      if (compiled) {
        where.push(`(${compiled.sql})`);
        Object.assign(params, compiled.params);
      }
    }

    const needed = new Set<JoinName>([...dims.flatMap((d) => d.f.needs ?? []), ...measures.flatMap((m) => m.f.needs ?? [])]);
    const from = [def.from, ...(Object.keys(joins) as JoinName[]).filter((j) => needed.has(j)).map((j) => joins[j])].join(" ");
    const select: string[] = [];
    const groupBy: string[] = [];
    dims.forEach((d, i) => {
      select.push(`${d.f.sql} AS k${i}`);
      groupBy.push(d.f.group ?? String(select.length));
      if (d.f.label) {
        select.push(`${d.f.label} AS l${i}`);
        if (!d.f.group) groupBy.push(String(select.length));
      }
    });
    measures.forEach((m, i) => select.push(`${m.f.sql} AS m${i}`));
    // Distinct candidates decide suppression only: not counted (an extra sort) for other callers.
    if (suppress) select.push(`count(DISTINCT d."candidateId")::int AS candidates`);
    const order = dims.map((_d, i) => `k${i} NULLS LAST`);
    const sql =
      `SELECT ${select.join(", ")} FROM ${from}` +
      (where.length ? ` WHERE ${where.join(" AND ")}` : "") +
      (groupBy.length ? ` GROUP BY ${groupBy.join(", ")}` : "") +
      (order.length ? ` ORDER BY ${order.join(", ")}` : "") +
      ` LIMIT ${MAX_GROUPS + 1}`;
    const [text, values] = ctx.ds.driver.escapeQueryWithParameters(sql, params);
    return ctx.em.query(text, values);
  },
};
