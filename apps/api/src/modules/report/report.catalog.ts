/**
 * What the aggregates know, as SQL fragments: the subjects (their rows, joins and scope), the
 * dimensions and the measures, each saying for which subjects it is meaningful. report.service.ts
 * assembles them into one GROUP BY statement (docs/adr/0014-aggregates.md).
 *
 * Aliases: `d` dossier (every subject has one), `e` evaluation, `cr` / `sdr` / `dr` results,
 * `crit` / `sd` / `dom` référentiel items, `tp` / `tpd` training path and its hours per domain,
 * `fl` funding line, `cert` certificate (subject), `certd` the dossier's certificate (DOSSIERS).
 * Every join of a subject is many-to-one (one row of the subject stays one row), except
 * TRAINING_PATHS → hours per domain, where counts of paths are COUNT(DISTINCT tp.id).
 */
import { candidateLabels, dossierLabels, findDepartment, findRegion, labels as enumLabels } from "@clea/schema";
import { Certificate } from "../certificate/index.js";
import { Dossier } from "../dossier/index.js";
import { Evaluation } from "../evaluation/index.js";
import { FundingLine } from "../funding/index.js";
import { TrainingPath } from "../training/index.js";
import { ReportDateTruncation, ReportDimension, ReportMeasure, ReportProcessStep, ReportSubject } from "./report.types.js";

const S = ReportSubject;
type FilterPart = "dossier" | "evaluation" | "trainingPath" | "fundingLine" | "certificate";

export interface SubjectDef {
  /** FROM clause with the row's table and the joins every dimension may rely on. */
  from: string;
  /** The entity whose scope rule applies, on which alias. */
  scope: { entity: Function; alias: string };
  /** The alias each part of `filter` compiles on; parts absent here are refused. */
  filters: Partial<Record<FilterPart, string>>;
  count: string;
  /** Results subjects: the boolean "acquired" of the row. */
  acquired?: string;
}

const withDossier = (table: string, alias: string) => `${table} ${alias} JOIN dossier d ON d.id = ${alias}."dossierId"`;
const evaluationAnd = (table: string, alias: string) =>
  `${table} ${alias} JOIN evaluation e ON e.id = ${alias}."evaluationId" JOIN dossier d ON d.id = e."dossierId"`;

export const subjects: Record<ReportSubject, SubjectDef> = {
  DOSSIERS: { from: `dossier d`, scope: { entity: Dossier, alias: "d" }, filters: { dossier: "d" }, count: `count(*)` },
  EVALUATIONS: {
    from: withDossier("evaluation", "e"),
    scope: { entity: Evaluation, alias: "e" },
    filters: { dossier: "d", evaluation: "e" },
    count: `count(*)`,
  },
  CRITERION_RESULTS: {
    from: `${evaluationAnd("criterion_result", "cr")} JOIN criterion crit ON crit.id = cr."criterionId" JOIN sub_domain sd ON sd.id = crit."subDomainId" JOIN domain dom ON dom.id = sd."domainId"`,
    scope: { entity: Evaluation, alias: "e" },
    filters: { dossier: "d", evaluation: "e" },
    count: `count(*)`,
    acquired: `cr.acquired`,
  },
  SUB_DOMAIN_RESULTS: {
    from: `${evaluationAnd("sub_domain_result", "sdr")} JOIN sub_domain sd ON sd.id = sdr."subDomainId" JOIN domain dom ON dom.id = sd."domainId"`,
    scope: { entity: Evaluation, alias: "e" },
    filters: { dossier: "d", evaluation: "e" },
    count: `count(*)`,
    acquired: `sdr.validated`,
  },
  DOMAIN_RESULTS: {
    from: `${evaluationAnd("domain_result", "dr")} JOIN domain dom ON dom.id = dr."domainId"`,
    scope: { entity: Evaluation, alias: "e" },
    filters: { dossier: "d", evaluation: "e" },
    count: `count(*)`,
    acquired: `dr.acquired`,
  },
  TRAINING_PATHS: {
    from: `${withDossier("training_path", "tp")} LEFT JOIN training_path_domain tpd ON tpd."trainingPathId" = tp.id LEFT JOIN domain dom ON dom.id = tpd."domainId"`,
    scope: { entity: TrainingPath, alias: "tp" },
    filters: { dossier: "d", trainingPath: "tp" },
    count: `count(DISTINCT tp.id)`,
  },
  FUNDING_LINES: {
    from: withDossier("funding_line", "fl"),
    scope: { entity: FundingLine, alias: "fl" },
    filters: { dossier: "d", fundingLine: "fl" },
    count: `count(*)`,
  },
  CERTIFICATES: {
    from: withDossier("certificate", "cert"),
    scope: { entity: Certificate, alias: "cert" },
    filters: { dossier: "d", certificate: "cert" },
    count: `count(*)`,
  },
};

/** Optional joins, added (in this order) when a dimension or a measure needs them; all keep one row per row. */
export const joins = {
  certif: `JOIN certification certif ON certif.id = d."certificationId"`,
  ref: `JOIN referential ref ON ref.id = d."referentialId"`,
  net: `JOIN network net ON net.id = d."networkId"`,
  est: `JOIN establishment est ON est.id = d."establishmentId"`,
  c: `JOIN candidate c ON c.id = d."candidateId"`,
  evu: `JOIN app_user evu ON evu.id = e."evaluatorId"`,
  // The dossier's done préalable (at most one row: LIMIT 1).
  pe: `LEFT JOIN LATERAL (SELECT x.id FROM evaluation x WHERE x."dossierId" = d.id AND x.kind = 'PRELIMINARY' AND x.status = 'DONE' ORDER BY x."heldOn" DESC, x.id LIMIT 1) pe ON TRUE`,
  // At most one certificate per dossier (UQ_certificate_dossier).
  certd: `LEFT JOIN certificate certd ON certd."dossierId" = d.id`,
  jury: `JOIN jury_submission jsub ON jsub.id = cert."jurySubmissionId" JOIN jury_session jses ON jses.id = jsub."jurySessionId"`,
} as const;
export type JoinName = keyof typeof joins;

export interface Fragment {
  sql: string;
  /** SQL of the label, grouped with the value (it depends on it). */
  label?: string;
  /** Label computed from the value (enums, regions). */
  labelOf?: (value: string) => string | null;
  /**
   * The expression to group on when `sql` and `label` are formatted from it (dates): grouping on it
   * formats once per group instead of once per row.
   */
  group?: string;
  needs?: JoinName[];
}

const dateFormats: Record<ReportDateTruncation, string> = {
  DAY: "YYYY-MM-DD",
  WEEK: `IYYY-"S"IW`,
  MONTH: "YYYY-MM",
  QUARTER: `YYYY-"T"Q`,
  YEAR: "YYYY",
};
const truncated = (column: string, unit: ReportDateTruncation, needs: JoinName[] = []): Fragment => {
  const t = `date_trunc('${unit.toLowerCase()}', (${column})::timestamp)`;
  return { sql: `to_char(${t}, 'YYYY-MM-DD')`, label: `to_char(${t}, '${dateFormats[unit]}')`, group: t, needs };
};

export const AGE_BANDS: Record<string, string> = {
  UNDER_26: "Moins de 26 ans",
  FROM_26_TO_44: "26 à 44 ans",
  FROM_45_TO_54: "45 à 54 ans",
  FROM_55: "55 ans et plus",
};
const ageBand = (at: string): Fragment => {
  const age = `date_part('year', age(${at}, c."birthDate"))`;
  return {
    sql: `CASE WHEN ${at} IS NULL THEN NULL WHEN ${age} < 26 THEN 'UNDER_26' WHEN ${age} < 45 THEN 'FROM_26_TO_44' WHEN ${age} < 55 THEN 'FROM_45_TO_54' ELSE 'FROM_55' END`,
    labelOf: (v) => AGE_BANDS[v] ?? v,
    needs: ["c"],
  };
};
const labelFrom = (map: Record<string, string>) => (v: string) => map[v] ?? v;

const RESULTS: ReportSubject[] = [S.CRITERION_RESULTS, S.SUB_DOMAIN_RESULTS, S.DOMAIN_RESULTS];
const WITH_EVALUATION: ReportSubject[] = [S.EVALUATIONS, ...RESULTS];

/** A dimension for a subject, or null when it means nothing there (refused). */
export function dimension(dim: ReportDimension, subject: ReportSubject, unit: ReportDateTruncation, showNames: boolean): Fragment | null {
  switch (dim) {
    case "CERTIFICATION":
      return { sql: `certif.code`, label: `certif.name`, needs: ["certif"] };
    case "REFERENTIAL_VERSION":
      return { sql: `ref.id::text`, label: `certif.name || ' ' || ref.version`, needs: ["certif", "ref"] };
    case "NETWORK":
      return { sql: `d."networkId"::text`, label: `net.name`, needs: ["net"] };
    case "ESTABLISHMENT":
      return { sql: `d."establishmentId"::text`, label: `est.name`, needs: ["est"] };
    case "REGION":
      return { sql: `est."regionCode"`, labelOf: (v) => findRegion(v)?.name ?? v, needs: ["est"] };
    case "DEPARTMENT":
      return { sql: `est."departmentCode"`, labelOf: (v) => findDepartment(v)?.name ?? v, needs: ["est"] };
    case "STATE":
      return { sql: `d.state`, labelOf: labelFrom(dossierLabels.DossierState) };
    case "FUNDER_TYPE":
      return subject === S.FUNDING_LINES ? { sql: `fl."funderType"`, labelOf: labelFrom(dossierLabels.FunderType) } : null;
    case "FUNDING_STEP":
      return subject === S.FUNDING_LINES ? { sql: `fl.step`, labelOf: labelFrom(dossierLabels.FundingStep) } : null;
    case "FUNDING_STATUS":
      return subject === S.FUNDING_LINES ? { sql: `fl.status`, labelOf: labelFrom(dossierLabels.FundingStatus) } : null;
    case "ENTRY_STATUS":
      return { sql: `c."entryStatus"`, labelOf: labelFrom(candidateLabels.EntryStatus), needs: ["c"] };
    case "QUALIFICATION_LEVEL":
      return { sql: `c."qualificationLevel"`, labelOf: labelFrom(candidateLabels.QualificationLevel), needs: ["c"] };
    case "GENDER":
      return { sql: `c.gender`, labelOf: labelFrom(candidateLabels.Gender), needs: ["c"] };
    case "PRESCRIBER":
      return { sql: `c.prescriber`, labelOf: labelFrom(candidateLabels.Prescriber), needs: ["c"] };
    case "AGE_BAND_AT_PRELIMINARY":
      return ageBand(`d."preliminaryDate"`);
    case "AGE_BAND_AT_OPENING":
      return ageBand(`d."openedOn"`);
    case "DOMAIN":
      return [...RESULTS, S.TRAINING_PATHS].includes(subject)
        ? { sql: `dom.id::text`, label: `dom.code || ' — ' || coalesce(dom."shortTitle", dom.title)` }
        : null;
    case "SUB_DOMAIN":
      return subject === S.CRITERION_RESULTS || subject === S.SUB_DOMAIN_RESULTS
        ? { sql: `sd.id::text`, label: `sd.code || coalesce(' — ' || sd.title, '')` }
        : null;
    case "CRITERION":
      return subject === S.CRITERION_RESULTS ? { sql: `crit.id::text`, label: `crit.code || ' — ' || crit.title` } : null;
    case "EVALUATION_KIND":
      return WITH_EVALUATION.includes(subject) ? { sql: `e.kind`, labelOf: labelFrom(enumLabels.EvaluationSessionKind) } : null;
    case "EVALUATOR":
      return WITH_EVALUATION.includes(subject)
        ? showNames
          ? { sql: `e."evaluatorId"::text`, label: `evu."displayName"`, needs: ["evu"] }
          : { sql: `e."evaluatorId"::text`, labelOf: () => null }
        : null;
    case "TRAINING_ORGANISATION":
      return subject === S.TRAINING_PATHS
        ? { sql: `tp."trainingOrganisation"` }
        : subject === S.FUNDING_LINES || subject === S.CERTIFICATES
          ? null
          : {
              sql: `(SELECT x."trainingOrganisation" FROM training_path x WHERE x."dossierId" = d.id AND x.status <> 'CANCELLED' ORDER BY x."startsOn" DESC, x.id LIMIT 1)`,
            };
    case "OPENED_ON":
      return truncated(`d."openedOn"`, unit);
    case "PRELIMINARY_DATE":
      return truncated(`d."preliminaryDate"`, unit);
    case "EVALUATION_DATE":
      return WITH_EVALUATION.includes(subject) ? truncated(`e."heldOn"`, unit) : null;
    case "TRAINING_START_DATE":
      return subject === S.TRAINING_PATHS ? truncated(`tp."startsOn"`, unit) : null;
    case "JURY_DATE":
      return subject === S.CERTIFICATES ? truncated(`jses."heldOn"`, unit, ["jury"]) : null;
    case "CERTIFICATE_DATE":
      return subject === S.CERTIFICATES
        ? truncated(`cert."issuedOn"`, unit)
        : subject === S.DOSSIERS
          ? truncated(`certd."issuedOn"`, unit, ["certd"])
          : null;
  }
}

/** The date of a step of the dossier `d`. */
export const processStep: Record<ReportProcessStep, string> = {
  OPENED: `d."openedOn"`,
  PRELIMINARY: `d."preliminaryDate"`,
  TRAINING_START: `(SELECT min(x."startsOn") FROM training_path x WHERE x."dossierId" = d.id AND x.status <> 'CANCELLED')`,
  TRAINING_END: `(SELECT max(x."completedOn") FROM training_path x WHERE x."dossierId" = d.id AND x.status = 'COMPLETED')`,
  LAST_FINAL_EVALUATION: `(SELECT max(x."heldOn") FROM evaluation x WHERE x."dossierId" = d.id AND x.kind = 'FINAL' AND x.status = 'DONE')`,
  JURY: `(SELECT max(s."heldOn") FROM jury_submission x JOIN jury_session s ON s.id = x."jurySessionId" WHERE x."dossierId" = d.id AND x.decision IS NOT NULL)`,
  CERTIFICATE: `(SELECT x."issuedOn" FROM certificate x WHERE x."dossierId" = d.id)`,
};

export type MeasureKind = "int" | "rate" | "decimal" | "days";
export interface MeasureFragment {
  sql: string;
  kind: MeasureKind;
  needs?: JoinName[];
}

const rate = (condition: string, among: string) => `(avg(CASE WHEN ${condition} THEN 1 ELSE 0 END) FILTER (WHERE ${among}))::float8`;
const everyDomainAcquired = (evaluationId: string) =>
  `NOT EXISTS (SELECT 1 FROM domain_result x WHERE x."evaluationId" = ${evaluationId} AND NOT x.acquired)`;
const donePreliminary = `e.kind = 'PRELIMINARY' AND e.status = 'DONE'`;

/** A measure for a subject, or null when it means nothing there (refused). */
export function measure(
  m: ReportMeasure,
  subject: ReportSubject,
  interval?: { from: ReportProcessStep; to: ReportProcessStep },
): MeasureFragment | null {
  const def = subjects[subject];
  const training = subject === S.TRAINING_PATHS;
  const funding = subject === S.FUNDING_LINES;
  const dossiers = subject === S.DOSSIERS;
  switch (m) {
    case "COUNT":
      return { sql: `${def.count}::int`, kind: "int" };
    case "DISTINCT_CANDIDATES":
      return { sql: `count(DISTINCT d."candidateId")::int`, kind: "int" };
    case "SUM_PLANNED_HOURS":
      return training ? { sql: `coalesce(sum(tpd."plannedHours"), 0)::text`, kind: "decimal" } : null;
    case "SUM_ACTUAL_HOURS":
      return training ? { sql: `sum(tpd."actualHours")::text`, kind: "decimal" } : null;
    case "AVG_PLANNED_HOURS":
      return training
        ? { sql: `round(coalesce(sum(tpd."plannedHours"), 0) / nullif(count(DISTINCT tp.id), 0), 2)::text`, kind: "decimal" }
        : null;
    case "AVG_ACTUAL_HOURS":
      return training
        ? {
            sql: `round(sum(tpd."actualHours") / nullif(count(DISTINCT tp.id) FILTER (WHERE tpd."actualHours" IS NOT NULL), 0), 2)::text`,
            kind: "decimal",
          }
        : null;
    case "SUM_AMOUNT":
      return funding ? { sql: `sum(fl.amount)::text`, kind: "decimal" } : null;
    case "AVG_AMOUNT":
      return funding ? { sql: `round(avg(fl.amount), 2)::text`, kind: "decimal" } : null;
    case "AMOUNT_PER_CANDIDATE":
      return funding ? { sql: `round(sum(fl.amount) / nullif(count(DISTINCT d."candidateId"), 0), 2)::text`, kind: "decimal" } : null;
    case "DIRECT_TO_JURY_RATE":
      if (dossiers) return { sql: rate(everyDomainAcquired("pe.id"), "pe.id IS NOT NULL"), kind: "rate", needs: ["pe"] };
      if (subject === S.EVALUATIONS) return { sql: rate(everyDomainAcquired("e.id"), donePreliminary), kind: "rate" };
      return null;
    case "CERTIFICATION_RATE_5Y":
      return dossiers
        ? {
            sql: rate(
              `certd."issuedOn" <= coalesce(d."windowEndsOn", (d."preliminaryDate" + interval '5 years')::date)`,
              `d."preliminaryDate" IS NOT NULL`,
            ),
            kind: "rate",
            needs: ["certd"],
          }
        : null;
    case "EXPIRED_RATE":
      return dossiers ? { sql: rate(`d.state = 'EXPIRED'`, `d."preliminaryDate" IS NOT NULL`), kind: "rate" } : null;
    case "WITHDRAWN_RATE":
      return dossiers ? { sql: rate(`d.state = 'WITHDRAWN'`, `d."preliminaryDate" IS NOT NULL`), kind: "rate" } : null;
    case "ACQUISITION_RATE":
      return def.acquired ? { sql: rate(def.acquired, "TRUE"), kind: "rate" } : null;
    case "PRELIMINARY_ACQUISITION_RATE":
      return def.acquired ? { sql: rate(def.acquired, `e.kind = 'PRELIMINARY'`), kind: "rate" } : null;
    case "NOT_ACQUIRED_RATE":
      return def.acquired ? { sql: rate(`NOT ${def.acquired}`, "TRUE"), kind: "rate" } : null;
    case "MEDIAN_DAYS":
    case "P90_DAYS": {
      if (!dossiers || !interval) return null;
      const days = `(${processStep[interval.to]} - ${processStep[interval.from]})`;
      return { sql: `(percentile_cont(${m === "MEDIAN_DAYS" ? "0.5" : "0.9"}) WITHIN GROUP (ORDER BY ${days}))::float8`, kind: "days" };
    }
  }
}
