import { Kind, parse, valueFromASTUntyped, type FieldNode, type SelectionSetNode } from "graphql";
import { AGGREGATE_DOCUMENT } from "@clea/schema";
import type { SavedReportFieldsFragment } from "../../shared/graphql/generated/graphql.ts";
import {
  DATE_TRUNCATIONS,
  defaultChoices,
  DIMENSIONS,
  fitChoices,
  MAIN_DATE,
  MEASURES,
  PROCESS_STEPS,
  SUBJECTS,
  type AggregateResult,
  type ReportChoices,
} from "../report/index.ts";

/**
 * Saved reports (ADR 0018) as the report builder writes and reads them: the operation takes its
 * arguments as variables (`subject`, `groupBy`, `measures`, `filter`, `dateTruncation`,
 * `interval`), and the variables hold the user's choices, so that a saved report reopens in the
 * builder as it was built, runs with `runSavedReport`, and exports with the same arguments.
 * Reports written by hand (the explorer, or saved before the variables) are read from the
 * document's literal arguments as well.
 */

/** The operation a saved report stores: the builder's selection, its arguments as variables. */
export const SAVED_REPORT_DOCUMENT = AGGREGATE_DOCUMENT;

/** What a saved report gives back to the builder: its choices, and whether part of its filter could not be shown. */
export interface RestoredReport {
  choices: ReportChoices;
  /** Some filter criteria have no control in the builder: they are dropped (the user is told). */
  droppedFilter: boolean;
}

function aggregateField(selection: SelectionSetNode): FieldNode | undefined {
  for (const s of selection.selections) if (s.kind === Kind.FIELD && s.name.value === "aggregate") return s;
  return undefined;
}

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => (values.includes(v as T) ? (v as T) : undefined);
const listOf = <T extends string>(values: readonly T[], v: unknown): T[] =>
  Array.isArray(v) ? v.filter((x): x is T => values.includes(x as T)) : [];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The `aggregate` arguments of a saved document (variables replace `$names`), or null when it holds no aggregate. */
export function aggregateArgsOfDocument(
  document: string,
  variables: Record<string, unknown> | null | undefined,
): Record<string, unknown> | null {
  let field: FieldNode | undefined;
  try {
    const doc = parse(document);
    for (const d of doc.definitions) if (d.kind === Kind.OPERATION_DEFINITION && (field = aggregateField(d.selectionSet))) break;
  } catch {
    return null;
  }
  if (!field) return null;
  return Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables ?? {})]));
}

/**
 * The builder's choices of a saved report, or null when the report is not one `aggregate`
 * (a list written in the explorer: it runs, but does not open in the builder).
 */
export function restoreChoices(document: string, variables: Record<string, unknown> | null | undefined): RestoredReport | null {
  const args = aggregateArgsOfDocument(document, variables);
  const subject = args && oneOf(SUBJECTS, args.subject);
  if (!args || !subject) return null;
  const base = defaultChoices();
  const interval = isObject(args.interval) ? args.interval : {};
  const choices: ReportChoices = fitChoices({
    ...base,
    subject,
    groupBy: listOf(DIMENSIONS, args.groupBy),
    measures: listOf(MEASURES, args.measures),
    dateTruncation: oneOf(DATE_TRUNCATIONS, args.dateTruncation) ?? base.dateTruncation,
    interval: {
      from: oneOf(PROCESS_STEPS, interval.from) ?? base.interval.from,
      to: oneOf(PROCESS_STEPS, interval.to) ?? base.interval.to,
    },
  });
  // The builder's filters: certification and network of the dossier, and the subject's main date.
  let dropped = false;
  const filter = isObject(args.filter) ? args.filter : {};
  const { part, field } = MAIN_DATE[subject];
  for (const [key, value] of Object.entries(filter)) {
    if (!isObject(value)) continue;
    for (const [name, condition] of Object.entries(value)) {
      const c = isObject(condition) ? condition : {};
      const keys = Object.keys(c);
      if (key === "dossier" && (name === "certificationCode" || name === "networkId") && keys.length === 1 && typeof c.eq === "string")
        choices[name] = c.eq;
      else if (
        key === part &&
        name === field &&
        keys.length &&
        keys.every((k) => (k === "gte" || k === "lte") && typeof c[k] === "string")
      ) {
        choices.from = (c.gte as string | undefined) ?? "";
        choices.to = (c.lte as string | undefined) ?? "";
      } else dropped = true;
    }
  }
  return { choices, droppedFilter: dropped };
}

/** The aggregate in the data of a run (`runSavedReport`), or null. */
export function aggregateOf(data: Record<string, unknown> | null | undefined): AggregateResult | null {
  const a = data?.aggregate;
  return isObject(a) && Array.isArray(a.rows) ? (a as unknown as AggregateResult) : null;
}

export type SavedReportVisibility = "PRIVATE" | "NETWORK" | "PUBLIC";

/** A row of the saved reports' list (the `SavedReportFields` fragment). */
export type SavedReportRow = SavedReportFieldsFragment;

/** The network a NETWORK report is shared with: offered when the user holds roles in exactly one. */
export function shareableNetwork(grants: readonly { networkId?: string | null }[]): string | null {
  const ids = [...new Set(grants.map((g) => g.networkId).filter((id): id is string => !!id))];
  return ids.length === 1 ? ids[0]! : null;
}
