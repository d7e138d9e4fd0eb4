import { DossierState, Role } from "@clea/schema";
import type { RoleGrant } from "../../session/session.ts";

/** Which dashboard a user gets: the first that fits their roles, in this order. */
export type DashboardKind = "network" | "centre" | "analyst" | "jury" | "none";

export function dashboardKind(grants: readonly RoleGrant[]): DashboardKind {
  const has = (...roles: Role[]) => grants.some((g) => roles.includes(g.role));
  if (has(Role.ADMIN, Role.NETWORK_MANAGER)) return "network";
  if (has(Role.CENTRE_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.TRAINER)) return "centre";
  if (has(Role.ANALYST)) return "analyst";
  if (has(Role.JURY)) return "jury";
  return "none";
}

/** The shape of `aggregate { rows }` the dashboard asks for. */
export interface AggregateRow {
  keys: { dimension: string; value: string | null; label: string | null }[];
  values: { measure: string; value: number | null }[];
  suppressed: boolean;
}

/** The value of a measure in a row; null when masked or without object. */
export function measureOf(row: AggregateRow, measure: string): number | null {
  return row.suppressed ? null : (row.values.find((v) => v.measure === measure)?.value ?? null);
}

/** One point of a chart: `value` null means masked (confidentiality) or without object. */
export interface Point {
  key: string;
  label: string;
  value: number | null;
  masked: boolean;
}

/** An aggregate grouped by one dimension as chart points, in the API's order. */
export function points(
  rows: readonly AggregateRow[],
  measure: string,
  labelOf: (key: string | null, label: string | null) => string = (k, l) => l ?? k ?? "—",
): Point[] {
  return rows.map((r) => {
    const k = r.keys[0] ?? { value: null, label: null };
    return { key: k.value ?? "", label: labelOf(k.value, k.label), value: measureOf(r, measure), masked: r.suppressed };
  });
}

const STATE_ORDER = Object.values(DossierState) as string[];

/** Dossiers by state in the order of the process (every state, 0 when absent); `labelOf` names a state. */
export function dossiersByState(rows: readonly AggregateRow[], labelOf: (state: string) => string): Point[] {
  const byKey = new Map(points(rows, "COUNT").map((p) => [p.key, p]));
  return STATE_ORDER.map((s) => ({ ...(byKey.get(s) ?? { key: s, value: 0, masked: false }), label: labelOf(s) }));
}

/** Sum of the known values (masked ones are left out). */
export function total(list: readonly Point[]): number {
  return list.reduce((s, p) => s + (p.value ?? 0), 0);
}

/**
 * The domains most often missing at the évaluation préalable: lowest acquisition rate first
 * (masked or unknown rates left out), at most `count`.
 */
export function mostMissingDomains(rows: readonly AggregateRow[], count = 5): Point[] {
  return points(rows, "PRELIMINARY_ACQUISITION_RATE")
    .filter((p) => p.value !== null)
    .sort((a, b) => a.value! - b.value! || a.label.localeCompare(b.label, "fr"))
    .slice(0, count);
}

/** The value of the row whose date key falls in `year` (a YEAR-truncated date dimension). */
export function valueForYear(rows: readonly AggregateRow[], measure: string, year: number): number {
  const row = rows.find((r) => r.keys[0]?.value?.startsWith(`${year}-`));
  return row ? (measureOf(row, measure) ?? 0) : 0;
}

/** The states whose dossiers wait for an action of the centre, in the order of the process. */
export const WAITING_STATES: readonly DossierState[] = [
  DossierState.PRELIMINARY_PLANNED,
  DossierState.FINAL_PLANNED,
  DossierState.READY_FOR_JURY,
];

const locale = (lang: string) => (lang === "fr" ? "fr-FR" : "en-GB");

/** A count as people read it: "1 234" in French. */
export function formatCount(n: number | null | undefined, lang = "fr"): string {
  if (n === null || n === undefined) return "—";
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(n);
}

/** A rate between 0 and 1 as a percentage with one decimal: "42,5 %" in French. */
export function formatRate(r: number | null | undefined, lang = "fr"): string {
  if (r === null || r === undefined) return "—";
  return new Intl.NumberFormat(locale(lang), { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r);
}

/** "2026-03-01" → "mars 2026" (a MONTH-truncated date key). */
export function formatMonth(key: string, lang = "fr"): string {
  const m = /^(\d{4})-(\d{2})/.exec(key);
  if (!m) return key;
  return new Intl.DateTimeFormat(locale(lang), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}
