/**
 * Rollups of the aggregates (docs/adr/0020-report-rollups.md): materialized views of the heaviest
 * questions at 500,000 dossiers — dossiers per network × establishment × certification × state ×
 * month of opening, criterion results per criterion × évaluation's and dossier's network and
 * establishment — refreshed by a job. `aggregate()` answers from one when the call can be answered
 * exactly from it: its dimensions and measures are the rollup's, there is no filter, and the
 * caller's scope is a predicate on network / establishment (the columns a rollup row keeps).
 * Otherwise, or with `live: true`, it computes from the tables.
 *
 * Distinct candidates are not additive: a rollup row keeps the distinct candidates of its cell and,
 * among them, the "shared" ones, who also lie in another cell (a second dossier elsewhere or
 * another month…). A group merging cells gets the sum of their candidates, exact when none of them
 * is shared and the merge stays within one criterion, an upper bound otherwise; its lower bound is
 * the sum of the unshared ones (or the largest cell). Small-group suppression is decided from the
 * bounds (upper < 5: masked for sure; lower ≥ 5: shown for sure); a group in between sends the
 * whole call to the live computation, as does DISTINCT_CANDIDATES when a group is not exact: a
 * rollup never shows a figure the live computation would not.
 */
import type { Task } from "graphile-worker";
import type { DataSource } from "typeorm";
import type { RequestContext } from "../../core/context.js";
import { logger } from "../../core/logger.js";
import { scopePredicate } from "../../core/scope.js";
import { Dossier } from "../dossier/index.js";
import { Evaluation } from "../evaluation/index.js";
import { joins, type Fragment, type JoinName } from "./report.catalog.js";
import { ReportDateTruncation, type ReportDimension, type ReportMeasure, type ReportSubject } from "./report.types.js";

export interface RollupDef {
  /** The materialized view. */
  name: string;
  subject: ReportSubject;
  /** FROM clause: the view, exposing the dossier's columns under the alias `d` as the catalog's fragments expect. */
  from: string;
  /** The entity whose scope rule applies, and the alias of the view's scope columns "networkId" / "establishmentId". */
  scope: { entity: Function; alias: string };
  dimensions: ReportDimension[];
  /** Date dimensions: the view keeps the first day of the month, so only these truncations. */
  truncations: ReportDateTruncation[];
  /** Optional joins of the catalog the dimensions may need. */
  joins: JoinName[];
  measures: Partial<Record<ReportMeasure, string>>;
  /** Alias of the view in `from`. */
  alias: string;
  /** Whether the cells a group merges can be told apart by their "shared" candidates (else a candidate may be in several merged cells anyway). */
  sumsCandidates: (groupBy: ReportDimension[]) => boolean;
}

/** (sum of the numerator / sum of the denominator), computed like the live `avg(…)::float8`. */
const ratio = (num: string, den: string) => `(sum(${num})::numeric / nullif(sum(${den}), 0))::float8`;

export const rollups: RollupDef[] = [
  {
    name: "report_dossier_rollup",
    subject: "DOSSIERS",
    from: `report_dossier_rollup d`,
    alias: "d",
    scope: { entity: Dossier, alias: "d" },
    dimensions: ["NETWORK", "ESTABLISHMENT", "REGION", "DEPARTMENT", "CERTIFICATION", "STATE", "OPENED_ON"],
    truncations: [ReportDateTruncation.MONTH, ReportDateTruncation.QUARTER, ReportDateTruncation.YEAR],
    joins: ["certif", "net", "est"],
    measures: {
      COUNT: `coalesce(sum(d."dossiers"), 0)::int`,
      DISTINCT_CANDIDATES: `coalesce(sum(d."candidates"), 0)::int`,
      CERTIFICATION_RATE_5Y: ratio(`d."certifiedIn5Years"`, `d."withPreliminary"`),
      EXPIRED_RATE: ratio(`d."expired"`, `d."withPreliminary"`),
      WITHDRAWN_RATE: ratio(`d."withdrawn"`, `d."withPreliminary"`),
    },
    sumsCandidates: () => true,
  },
  {
    name: "report_criterion_rollup",
    subject: "CRITERION_RESULTS",
    from:
      `report_criterion_rollup r CROSS JOIN LATERAL (SELECT r."dossierNetworkId" AS "networkId", r."dossierEstablishmentId" AS "establishmentId") d ` +
      `JOIN criterion crit ON crit.id = r."criterionId" JOIN sub_domain sd ON sd.id = crit."subDomainId" JOIN domain dom ON dom.id = sd."domainId"`,
    alias: "r",
    scope: { entity: Evaluation, alias: "r" },
    dimensions: ["CRITERION", "SUB_DOMAIN", "DOMAIN", "NETWORK", "ESTABLISHMENT", "REGION", "DEPARTMENT"],
    truncations: [],
    joins: ["net", "est"],
    measures: {
      COUNT: `coalesce(sum(r."results"), 0)::int`,
      DISTINCT_CANDIDATES: `coalesce(sum(r."candidates"), 0)::int`,
      NOT_ACQUIRED_RATE: ratio(`r."notAcquired"`, `r."results"`),
      ACQUISITION_RATE: ratio(`r."results" - r."notAcquired"`, `r."results"`),
    },
    // A candidate has results for many criteria: cells of different criteria always share candidates.
    sumsCandidates: (groupBy) => groupBy.includes("CRITERION"),
  },
];

export const ROLLUP_REFRESH_TASK = "report_rollup_refresh";
/**
 * Every hour at minute 20; `queue` runs one refresh at a time. A figure served from a rollup is
 * therefore at most about an hour (plus the refresh's own duration) behind the tables, and says
 * when it was computed (`freshAt`).
 */
export const REPORT_CRONTAB = [`20 * * * * ${ROLLUP_REFRESH_TASK} ?max=1&queue=report_rollups`];

export function reportTasks(ds: DataSource): Record<string, Task> {
  return {
    [ROLLUP_REFRESH_TASK]: async () => {
      const done = await refreshRollups(ds);
      logger.info({ rollups: done }, "report rollups refreshed");
    },
  };
}

export interface RefreshReport {
  name: string;
  ms: number;
}

/** Refreshes every rollup (CONCURRENTLY once filled: readers are never blocked) and records when its figures were taken. */
export async function refreshRollups(ds: DataSource, names?: string[]): Promise<RefreshReport[]> {
  const done: RefreshReport[] = [];
  for (const def of rollups) {
    if (names && !names.includes(def.name)) continue;
    const t = Date.now();
    const report = await ds.transaction("REPEATABLE READ", async (em) => {
      // The first statement takes the snapshot: every row of the refresh is as of `now()` or later.
      const [{ at }] = await em.query(`SELECT now() AS at`);
      await em.query(`SET LOCAL work_mem = '256MB'`);
      const [{ populated }] = await em.query(`SELECT relispopulated AS populated FROM pg_class WHERE oid = $1::regclass`, [def.name]);
      await em.query(`REFRESH MATERIALIZED VIEW ${populated ? "CONCURRENTLY " : ""}"${def.name}"`);
      const ms = Date.now() - t;
      await em.query(`UPDATE report_rollup SET "refreshedAt" = $2, "durationMs" = $3 WHERE name = $1`, [def.name, at, ms]);
      return { name: def.name, ms };
    });
    done.push(report);
  }
  return done;
}

export interface RollupCall {
  subject: ReportSubject;
  groupBy: ReportDimension[];
  dims: { name: ReportDimension; f: Fragment }[];
  measures: ReportMeasure[];
  unit: ReportDateTruncation;
  hasFilter: boolean;
  hasInterval: boolean;
  suppress: boolean;
  minGroup: number;
  maxGroups: number;
}

export interface RollupAnswer {
  raw: Record<string, unknown>[];
  freshAt: Date;
  rollup: string;
}

/**
 * The raw groups of an aggregate answered from a rollup (same columns as the live statement:
 * k<i>, l<i>, m<i>, candidates), or null when no rollup can answer it exactly.
 */
export async function answerFromRollup(ctx: RequestContext, call: RollupCall): Promise<RollupAnswer | null> {
  if (call.hasFilter || call.hasInterval) return null;
  const def = rollups.find((r) => r.subject === call.subject);
  if (!def) return null;
  if (!call.groupBy.every((g) => def.dimensions.includes(g))) return null;
  if (call.groupBy.includes("OPENED_ON") && !def.truncations.includes(call.unit)) return null;
  if (!call.measures.every((m) => def.measures[m])) return null;
  const needs = new Set(call.dims.flatMap((d) => d.f.needs ?? []));
  if (![...needs].every((j) => def.joins.includes(j))) return null;

  const params: unknown[] = [];
  let scopeSql: string | null = null;
  const scope = scopePredicate(ctx, def.scope.entity, def.scope.alias);
  if (scope === "NONE") scopeSql = "FALSE";
  else if (scope !== "ALL") {
    // Only a predicate on the row's network and establishment can be evaluated on a rollup row.
    const a = def.scope.alias;
    const rest = scope.sql.split(`${a}."networkId"`).join("").split(`${a}."establishmentId"`).join("");
    if (rest.includes(`${a}.`) || /\b(select|exists)\b/i.test(rest)) return null;
    const [text, values] = ctx.ds.driver.escapeQueryWithParameters(scope.sql, scope.params);
    scopeSql = text;
    params.push(...values);
  }

  const [meta] = await ctx.em.query(`SELECT "refreshedAt" FROM report_rollup WHERE name = $1`, [def.name]);
  if (!meta?.refreshedAt) return null;
  const sums = def.sumsCandidates(call.groupBy);
  const wantsCandidates = call.measures.includes("DISTINCT_CANDIDATES");
  if (wantsCandidates && !sums) return null;

  const select: string[] = [];
  const groupBy: string[] = [];
  call.dims.forEach((d, i) => {
    select.push(`${d.f.sql} AS k${i}`);
    groupBy.push(d.f.group ?? String(select.length));
    if (d.f.label) {
      select.push(`${d.f.label} AS l${i}`);
      if (!d.f.group) groupBy.push(String(select.length));
    }
  });
  call.measures.forEach((m, i) => select.push(`${def.measures[m]} AS m${i}`));
  const a = def.alias;
  if (call.suppress || wantsCandidates)
    select.push(
      `coalesce(sum(${a}."candidates"), 0)::int AS candidates`,
      `coalesce(sum(${a}."sharedCandidates"), 0)::int AS "sharedCandidates"`,
      `greatest(coalesce(max(${a}."candidates"), 0), ${sums ? `coalesce(sum(${a}."candidates" - ${a}."sharedCandidates"), 0)` : "0"})::int AS "candidatesAtLeast"`,
    );
  const from = [def.from, ...(Object.keys(joins) as JoinName[]).filter((j) => needs.has(j)).map((j) => joins[j])].join(" ");
  const order = call.dims.map((_d, i) => `k${i} NULLS LAST`);
  const sql =
    `SELECT ${select.join(", ")} FROM ${from}` +
    (scopeSql ? ` WHERE ${scopeSql}` : "") +
    (groupBy.length ? ` GROUP BY ${groupBy.join(", ")}` : "") +
    (order.length ? ` ORDER BY ${order.join(", ")}` : "") +
    ` LIMIT ${call.maxGroups + 1}`;
  const raw: Record<string, unknown>[] = await ctx.em.query(sql, params);
  for (const r of raw) {
    const exact = sums && (r.sharedCandidates as number) === 0;
    if (exact) continue;
    if (wantsCandidates) return null; // a distinct count the cells cannot give exactly
    if (!call.suppress) continue;
    if ((r.candidates as number) < call.minGroup) continue; // masked whatever the overlap
    if ((r.candidatesAtLeast as number) >= call.minGroup)
      r.candidates = r.candidatesAtLeast; // shown whatever the overlap
    else return null; // undecidable from the cells: the live computation decides
  }
  return { raw, freshAt: new Date(meta.refreshedAt), rollup: def.name };
}
