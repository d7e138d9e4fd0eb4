/**
 * The report builder's logic, apart from the screen: which dimensions and measures fit which
 * subject (mirrors apps/api/src/modules/report/report.catalog.ts, which refuses the others with
 * BAD_USER_INPUT), the `aggregate` operation built from the user's choices (as self-contained
 * GraphQL text, so that what is shown, copied and opened in the explorer is exactly what runs),
 * and the French formatting of the answer for the table, the chart and the CSV file.
 */

export const SUBJECTS = [
  "DOSSIERS",
  "EVALUATIONS",
  "CRITERION_RESULTS",
  "SUB_DOMAIN_RESULTS",
  "DOMAIN_RESULTS",
  "TRAINING_PATHS",
  "FUNDING_LINES",
  "CERTIFICATES",
] as const;
export type ReportSubject = (typeof SUBJECTS)[number];

export const DIMENSIONS = [
  "CERTIFICATION",
  "REFERENTIAL_VERSION",
  "NETWORK",
  "ESTABLISHMENT",
  "REGION",
  "DEPARTMENT",
  "STATE",
  "FUNDER_TYPE",
  "FUNDING_STEP",
  "FUNDING_STATUS",
  "ENTRY_STATUS",
  "QUALIFICATION_LEVEL",
  "GENDER",
  "PRESCRIBER",
  "AGE_BAND_AT_PRELIMINARY",
  "AGE_BAND_AT_OPENING",
  "DOMAIN",
  "SUB_DOMAIN",
  "CRITERION",
  "EVALUATION_KIND",
  "EVALUATOR",
  "TRAINING_ORGANISATION",
  "OPENED_ON",
  "PRELIMINARY_DATE",
  "EVALUATION_DATE",
  "TRAINING_START_DATE",
  "JURY_DATE",
  "CERTIFICATE_DATE",
] as const;
export type ReportDimension = (typeof DIMENSIONS)[number];

export const MEASURES = [
  "COUNT",
  "DISTINCT_CANDIDATES",
  "SUM_PLANNED_HOURS",
  "AVG_PLANNED_HOURS",
  "SUM_ACTUAL_HOURS",
  "AVG_ACTUAL_HOURS",
  "SUM_AMOUNT",
  "AVG_AMOUNT",
  "AMOUNT_PER_CANDIDATE",
  "DIRECT_TO_JURY_RATE",
  "CERTIFICATION_RATE_5Y",
  "EXPIRED_RATE",
  "WITHDRAWN_RATE",
  "ACQUISITION_RATE",
  "PRELIMINARY_ACQUISITION_RATE",
  "NOT_ACQUIRED_RATE",
  "MEDIAN_DAYS",
  "P90_DAYS",
] as const;
export type ReportMeasure = (typeof MEASURES)[number];

export const DATE_TRUNCATIONS = ["DAY", "WEEK", "MONTH", "QUARTER", "YEAR"] as const;
export type ReportDateTruncation = (typeof DATE_TRUNCATIONS)[number];

export const PROCESS_STEPS = [
  "OPENED",
  "PRELIMINARY",
  "TRAINING_START",
  "TRAINING_END",
  "LAST_FINAL_EVALUATION",
  "JURY",
  "CERTIFICATE",
] as const;
export type ReportProcessStep = (typeof PROCESS_STEPS)[number];

/** Limits of one aggregate (apps/api report.service.ts). */
export const MAX_DIMENSIONS = 4;
export const MAX_MEASURES = 8;

const RESULTS: ReportSubject[] = ["CRITERION_RESULTS", "SUB_DOMAIN_RESULTS", "DOMAIN_RESULTS"];
const WITH_EVALUATION: ReportSubject[] = ["EVALUATIONS", ...RESULTS];

/** The subjects a dimension means something for (as in report.catalog.ts `dimension`). */
const DIMENSION_SUBJECTS: Partial<Record<ReportDimension, readonly ReportSubject[]>> = {
  FUNDER_TYPE: ["FUNDING_LINES"],
  FUNDING_STEP: ["FUNDING_LINES"],
  FUNDING_STATUS: ["FUNDING_LINES"],
  DOMAIN: [...RESULTS, "TRAINING_PATHS"],
  SUB_DOMAIN: ["CRITERION_RESULTS", "SUB_DOMAIN_RESULTS"],
  CRITERION: ["CRITERION_RESULTS"],
  EVALUATION_KIND: WITH_EVALUATION,
  EVALUATOR: WITH_EVALUATION,
  EVALUATION_DATE: WITH_EVALUATION,
  TRAINING_ORGANISATION: SUBJECTS.filter((s) => s !== "FUNDING_LINES" && s !== "CERTIFICATES"),
  TRAINING_START_DATE: ["TRAINING_PATHS"],
  JURY_DATE: ["CERTIFICATES"],
  CERTIFICATE_DATE: ["CERTIFICATES", "DOSSIERS"],
};

/** The subjects a measure means something for (as in report.catalog.ts `measure`). */
const MEASURE_SUBJECTS: Partial<Record<ReportMeasure, readonly ReportSubject[]>> = {
  SUM_PLANNED_HOURS: ["TRAINING_PATHS"],
  AVG_PLANNED_HOURS: ["TRAINING_PATHS"],
  SUM_ACTUAL_HOURS: ["TRAINING_PATHS"],
  AVG_ACTUAL_HOURS: ["TRAINING_PATHS"],
  SUM_AMOUNT: ["FUNDING_LINES"],
  AVG_AMOUNT: ["FUNDING_LINES"],
  AMOUNT_PER_CANDIDATE: ["FUNDING_LINES"],
  DIRECT_TO_JURY_RATE: ["DOSSIERS", "EVALUATIONS"],
  CERTIFICATION_RATE_5Y: ["DOSSIERS"],
  EXPIRED_RATE: ["DOSSIERS"],
  WITHDRAWN_RATE: ["DOSSIERS"],
  ACQUISITION_RATE: RESULTS,
  PRELIMINARY_ACQUISITION_RATE: RESULTS,
  NOT_ACQUIRED_RATE: RESULTS,
  MEDIAN_DAYS: ["DOSSIERS"],
  P90_DAYS: ["DOSSIERS"],
};

export const dimensionsFor = (subject: ReportSubject): ReportDimension[] =>
  DIMENSIONS.filter((d) => DIMENSION_SUBJECTS[d]?.includes(subject) ?? true);
export const measuresFor = (subject: ReportSubject): ReportMeasure[] =>
  MEASURES.filter((m) => MEASURE_SUBJECTS[m]?.includes(subject) ?? true);

export const DATE_DIMENSIONS: readonly ReportDimension[] = [
  "OPENED_ON",
  "PRELIMINARY_DATE",
  "EVALUATION_DATE",
  "TRAINING_START_DATE",
  "JURY_DATE",
  "CERTIFICATE_DATE",
];
export const isDateDimension = (d: ReportDimension) => DATE_DIMENSIONS.includes(d);
export const INTERVAL_MEASURES: readonly ReportMeasure[] = ["MEDIAN_DAYS", "P90_DAYS"];

export type MeasureKind = "int" | "rate" | "hours" | "amount" | "days";
export function measureKind(m: ReportMeasure): MeasureKind {
  if (m.endsWith("_RATE") || m === "CERTIFICATION_RATE_5Y") return "rate";
  if (m.endsWith("_HOURS")) return "hours";
  if (m.includes("AMOUNT")) return "amount";
  if (INTERVAL_MEASURES.includes(m)) return "days";
  return "int";
}

/** Which part of `ReportFilter` and which field the "from / to" dates filter, per subject: its main date. */
export const MAIN_DATE: Record<ReportSubject, { part: "dossier" | "evaluation" | "trainingPath" | "certificate"; field: string }> = {
  DOSSIERS: { part: "dossier", field: "openedOn" },
  EVALUATIONS: { part: "evaluation", field: "heldOn" },
  CRITERION_RESULTS: { part: "evaluation", field: "heldOn" },
  SUB_DOMAIN_RESULTS: { part: "evaluation", field: "heldOn" },
  DOMAIN_RESULTS: { part: "evaluation", field: "heldOn" },
  TRAINING_PATHS: { part: "trainingPath", field: "startsOn" },
  FUNDING_LINES: { part: "dossier", field: "openedOn" },
  CERTIFICATES: { part: "certificate", field: "issuedOn" },
};

/** What the user chose on the screen. */
export interface ReportChoices {
  subject: ReportSubject;
  groupBy: ReportDimension[];
  measures: ReportMeasure[];
  dateTruncation: ReportDateTruncation;
  interval: { from: ReportProcessStep; to: ReportProcessStep };
  /** Certification code (CLEA, CLEA_NUMERIQUE…), or "" for all. */
  certificationCode: string;
  /** Network id, or "" for every network the user sees. */
  networkId: string;
  /** `YYYY-MM-DD` bounds of the subject's main date, or "". */
  from: string;
  to: string;
}

export const defaultChoices = (): ReportChoices => ({
  subject: "DOSSIERS",
  groupBy: [],
  measures: ["COUNT"],
  dateTruncation: "MONTH",
  interval: { from: "PRELIMINARY", to: "CERTIFICATE" },
  certificationCode: "",
  networkId: "",
  from: "",
  to: "",
});

/** Keeps only what fits the subject, in the catalogue's order (after a change of subject). */
export function fitChoices(c: ReportChoices): ReportChoices {
  const dims = dimensionsFor(c.subject);
  const meas = measuresFor(c.subject);
  return { ...c, groupBy: c.groupBy.filter((d) => dims.includes(d)), measures: c.measures.filter((m) => meas.includes(m)) };
}

/** The `filter` argument of the choices, or null when nothing is filtered. */
export function filterOf(c: ReportChoices): Record<string, Record<string, unknown>> | null {
  const filter: Record<string, Record<string, unknown>> = {};
  if (c.certificationCode || c.networkId)
    filter.dossier = {
      ...(c.certificationCode ? { certificationCode: { eq: c.certificationCode } } : {}),
      ...(c.networkId ? { networkId: { eq: c.networkId } } : {}),
    };
  if (c.from || c.to) {
    const { part, field } = MAIN_DATE[c.subject];
    const range: Record<string, string> = {};
    if (c.from) range.gte = c.from;
    if (c.to) range.lte = c.to;
    filter[part] = { ...filter[part], [field]: range };
  }
  return Object.keys(filter).length ? filter : null;
}

/** Filter fields whose values are GraphQL enum values (written bare in a literal). */
const ENUM_FIELDS = new Set(["certificationCode", "state", "kind", "status", "funderType", "step", "result"]);

/**
 * A GraphQL literal: strings quoted (JSON escaping is valid GraphQL), enum values of the fields
 * that take them bare, objects and lists recursively.
 */
export function literal(value: unknown, enumValued = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumValued)).join(", ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, enumValued || ENUM_FIELDS.has(k))}`)
      .join(", ")} }`;
  return enumValued && typeof value === "string" && /^[A-Z][A-Z0-9_]*$/.test(value) ? value : JSON.stringify(value);
}

/** The self-contained `aggregate` operation of the choices (enum values as names, no variables). */
export function buildQuery(c: ReportChoices): string {
  const args = [`subject: ${c.subject}`, `groupBy: [${c.groupBy.join(", ")}]`, `measures: [${c.measures.join(", ")}]`];
  const filter = filterOf(c);
  if (filter) args.push(`filter: ${literal(filter)}`);
  if (c.groupBy.some(isDateDimension)) args.push(`dateTruncation: ${c.dateTruncation}`);
  if (c.measures.some((m) => INTERVAL_MEASURES.includes(m))) args.push(`interval: { from: ${c.interval.from}, to: ${c.interval.to} }`);
  return [
    "query Rapport {",
    "  aggregate(",
    ...args.map((a) => `    ${a}`),
    "  ) {",
    "    rows {",
    "      keys { dimension value label }",
    "      values { measure value decimal }",
    "      suppressed",
    "    }",
    "    suppressedCount",
    "    minimumGroupSize",
    "  }",
    "}",
    "",
  ].join("\n");
}

/** Problems of the choices before anything is sent (French messages). */
export function validateChoices(c: ReportChoices): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!c.measures.length) problems.push({ field: "measures", message: "Choisissez au moins une mesure." });
  if (c.measures.length > MAX_MEASURES) problems.push({ field: "measures", message: `Choisissez au plus ${MAX_MEASURES} mesures.` });
  if (c.groupBy.length > MAX_DIMENSIONS) problems.push({ field: "groupBy", message: `Choisissez au plus ${MAX_DIMENSIONS} dimensions.` });
  if (c.from && c.to && c.from > c.to) problems.push({ field: "to", message: "La date de fin doit suivre la date de début." });
  if (c.measures.some((m) => INTERVAL_MEASURES.includes(m)) && c.interval.from === c.interval.to)
    problems.push({ field: "intervalTo", message: "Choisissez deux étapes différentes." });
  return problems;
}

/** The answer of `aggregate`. */
export interface AggregateRow {
  keys: { dimension: ReportDimension; value: string | null; label: string | null }[];
  values: { measure: ReportMeasure; value: number | null; decimal: string | null }[];
  suppressed: boolean;
}
export interface AggregateResult {
  rows: AggregateRow[];
  suppressedCount: number;
  minimumGroupSize: number | null;
}

export const suppressedText = (minimum: number | null) => `masqué (moins de ${minimum ?? 5} candidats)`;
export const NO_VALUE = "(sans valeur)";

const fr = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat("fr-FR", options);
const FORMATS: Record<MeasureKind, Intl.NumberFormat> = {
  int: fr({ maximumFractionDigits: 0 }),
  rate: fr({ style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  hours: fr({ maximumFractionDigits: 2 }),
  amount: fr({ style: "currency", currency: "EUR" }),
  days: fr({ maximumFractionDigits: 1 }),
};

/** A measure's value as shown on screen ("12,5 %", "1 234,50 €"); decimals are formatted from their exact string. */
export function formatMeasure(measure: ReportMeasure, v: { value: number | null; decimal: string | null } | undefined): string {
  const kind = measureKind(measure);
  if (v?.decimal != null && v.decimal !== "") return FORMATS[kind].format(v.decimal as Intl.StringNumericLiteral);
  if (v?.value == null) return "—";
  return FORMATS[kind].format(v.value);
}

/** A measure's value in the CSV file: French decimal comma, no thousands separator, rates in percent. */
export function csvMeasure(measure: ReportMeasure, v: { value: number | null; decimal: string | null } | undefined): string {
  if (v?.decimal != null && v.decimal !== "") return v.decimal.replace(".", ",");
  if (v?.value == null) return "";
  const kind = measureKind(measure);
  const n = kind === "rate" ? v.value * 100 : v.value;
  const digits = kind === "int" ? 0 : kind === "rate" ? 2 : 1;
  return String(Number(n.toFixed(digits))).replace(".", ",");
}

export const keyText = (k: { value: string | null; label: string | null } | undefined) => k?.label ?? k?.value ?? NO_VALUE;

/** One CSV cell (RFC 4180 with `;`): quoted when it holds `;`, a quote or a line break. */
export function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV file of a table: UTF-8 BOM (Excel reads accents), `;` separators, CRLF line ends. */
export function toCsv(header: string[], rows: string[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

/** The result as a table of texts (dimension columns, then measure columns); `csv` picks the file's number format. */
export function tableOf(result: AggregateResult, c: Pick<ReportChoices, "groupBy" | "measures">, csv = false): string[][] {
  return result.rows.map((row) => [
    ...c.groupBy.map((d) => keyText(row.keys.find((k) => k.dimension === d))),
    ...c.measures.map((m) => {
      if (row.suppressed) return suppressedText(result.minimumGroupSize);
      const v = row.values.find((x) => x.measure === m);
      return csv ? csvMeasure(m, v) : formatMeasure(m, v);
    }),
  ]);
}

/** The number a chart draws for a measure (rates in percent), or null (suppressed, no value). */
export function chartValue(measure: ReportMeasure, row: AggregateRow): number | null {
  if (row.suppressed) return null;
  const v = row.values.find((x) => x.measure === measure);
  const n = v?.decimal != null ? Number(v.decimal) : v?.value;
  if (n == null || Number.isNaN(n)) return null;
  return measureKind(measure) === "rate" ? Math.round(n * 1000) / 10 : n;
}

/** The `aggregate` arguments of the choices (also the body of `POST /exports/report.csv|xlsx`). */
export type AggregateArgs = {
  subject: ReportSubject;
  groupBy: ReportDimension[];
  measures: ReportMeasure[];
  filter?: Record<string, unknown>;
  dateTruncation?: string;
  interval?: { from: ReportProcessStep; to: ReportProcessStep };
};

export function aggregateArgsOf(c: ReportChoices): AggregateArgs {
  const args: AggregateArgs = { subject: c.subject, groupBy: [...c.groupBy], measures: [...c.measures] };
  const filter = filterOf(c);
  if (filter) args.filter = filter;
  if (c.groupBy.some(isDateDimension)) args.dateTruncation = c.dateTruncation;
  if (c.measures.some((m) => INTERVAL_MEASURES.includes(m))) args.interval = { ...c.interval };
  return args;
}
