import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { CertificationCode, DossierState } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { InputError } from "../../core/errors.js";
import { assertIdFilter } from "../../core/find.js";
import { personalDataEstablishments } from "../../core/personal-data.js";
import { scopedQuery } from "../../core/scope.js";
import { Candidate } from "../candidate/candidate.entity.js";
import { Certificate } from "../certificate/certificate.entity.js";
import { Dossier } from "../dossier/dossier.entity.js";
import { Establishment } from "../establishment/establishment.entity.js";
import { Evaluation } from "../evaluation/evaluation.entity.js";
import { FundingLine } from "../funding/funding-line.entity.js";
import { Network } from "../network/network.entity.js";
import { Certification } from "../referential/referential.entity.js";
import { ExportList } from "./export-job.entity.js";

/**
 * What each exportable list writes: its columns (French headers, the SQL of each value), how it is
 * scoped (the list's own entity through `scopedQuery`, so an export never sees more than the list)
 * and which of the common filter criteria it takes. Identity columns (`personal`) are written only
 * for callers who read personal data of some establishment (ADMIN, the establishment's staff),
 * and only filled on rows of those establishments: an ANALYST or a network manager gets the
 * pseudonym, never a name.
 */
export type ColumnKind = "text" | "int" | "decimal" | "date" | "datetime" | "boolean";

export interface ExportColumn {
  /** Stable key (also the SQL alias of the value). */
  key: string;
  header: string;
  kind: ColumnKind;
  /** The SQL of the value on the query's aliases. */
  sql: string;
  /** An identity of the candidate: only for those who may read it (see above). */
  personal?: boolean;
}

/** The criteria an export takes, the same as the lists' filters (each list takes those that make sense for it). */
export interface ExportFilterValue {
  networkId?: string | null;
  establishmentId?: string | null;
  certificationCode?: CertificationCode | null;
  states?: DossierState[] | null;
  from?: string | null;
  to?: string | null;
}
export type ExportFilterKey = keyof ExportFilterValue;

interface ListSpec {
  slug: string;
  entity: Function;
  alias: string;
  /** Joins giving the labels of the columns (to one row each: never multiplies rows). */
  join(qb: SelectQueryBuilder<ObjectLiteral>): void;
  columns: ExportColumn[];
  /** The SQL of the establishment holding a row (for identity columns). */
  establishment?: string;
  /** The criteria this list takes, with the SQL each adds. */
  filters: Partial<Record<ExportFilterKey, (alias: string) => string>>;
  /** The date `from` / `to` bound (a date column), and its name in messages. */
  dateLabel?: string;
}

const date = (sql: string) => `to_char(${sql}, 'YYYY-MM-DD')`;
const datetime = (sql: string) => `to_char(${sql} AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI')`;

const identity = (c: string): ExportColumn[] => [
  { key: "birthLastName", header: "Nom de naissance", kind: "text", sql: `${c}."birthLastName"`, personal: true },
  { key: "usualName", header: "Nom d'usage", kind: "text", sql: `${c}."usualName"`, personal: true },
  { key: "firstNames", header: "Prénoms", kind: "text", sql: `${c}."firstNames"`, personal: true },
  { key: "birthDate", header: "Date de naissance", kind: "date", sql: date(`${c}."birthDate"`), personal: true },
];

const inNetwork = (a: string) => `${a}."networkId" = :f_networkId`;
const inEstablishment = (a: string) => `${a}."establishmentId" = :f_establishmentId`;
const ofCertification = (a: string) => `${a}."certificationId" IN (SELECT c.id FROM certification c WHERE c.code = :f_certificationCode)`;
const between = (column: string) => ({
  from: (a: string) => `${a}."${column}" >= :f_from`,
  to: (a: string) => `${a}."${column}" <= :f_to`,
});

export const EXPORT_LISTS: Record<ExportList, ListSpec> = {
  DOSSIERS: {
    slug: "dossiers",
    entity: Dossier,
    alias: "d",
    join(qb) {
      qb.innerJoin(Candidate, "cand", `cand.id = d."candidateId"`)
        .innerJoin(Certification, "cert", `cert.id = d."certificationId"`)
        .innerJoin(Establishment, "est", `est.id = d."establishmentId"`)
        .innerJoin(Network, "net", `net.id = d."networkId"`);
    },
    establishment: `d."establishmentId"`,
    columns: [
      { key: "id", header: "Identifiant du dossier", kind: "text", sql: "d.id" },
      { key: "certification", header: "Certification", kind: "text", sql: "cert.code" },
      { key: "state", header: "État", kind: "text", sql: "d.state" },
      { key: "pseudonym", header: "Pseudonyme du candidat", kind: "text", sql: "cand.pseudonym" },
      ...identity("cand"),
      { key: "network", header: "Réseau", kind: "text", sql: "net.name" },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
      { key: "siret", header: "SIRET de l'établissement", kind: "text", sql: "est.siret" },
      { key: "openedOn", header: "Ouvert le", kind: "date", sql: date(`d."openedOn"`) },
      { key: "preliminaryDate", header: "Évaluation préalable le", kind: "date", sql: date(`d."preliminaryDate"`) },
      { key: "windowEndsOn", header: "Fin du délai de 5 ans", kind: "date", sql: date(`d."windowEndsOn"`) },
      { key: "stateChangedAt", header: "Dernier changement d'état", kind: "datetime", sql: datetime(`d."stateChangedAt"`) },
    ],
    filters: {
      networkId: inNetwork,
      establishmentId: inEstablishment,
      certificationCode: ofCertification,
      states: (a) => `${a}.state IN (:...f_states)`,
      ...between("openedOn"),
    },
    dateLabel: "date d'ouverture",
  },
  CANDIDATES: {
    slug: "candidates",
    entity: Candidate,
    alias: "cand",
    join(qb) {
      qb.innerJoin(Establishment, "est", `est.id = cand."establishmentId"`).innerJoin(Network, "net", `net.id = cand."networkId"`);
    },
    establishment: `cand."establishmentId"`,
    columns: [
      { key: "pseudonym", header: "Pseudonyme", kind: "text", sql: "cand.pseudonym" },
      ...identity("cand"),
      { key: "gender", header: "Sexe", kind: "text", sql: "cand.gender" },
      { key: "birthYear", header: "Année de naissance", kind: "int", sql: `extract(year FROM cand."birthDate")::int` },
      { key: "entryStatus", header: "Statut à l'entrée", kind: "text", sql: `cand."entryStatus"` },
      { key: "qualificationLevel", header: "Niveau de qualification", kind: "text", sql: `cand."qualificationLevel"` },
      { key: "prescriber", header: "Prescripteur", kind: "text", sql: "cand.prescriber" },
      { key: "network", header: "Réseau", kind: "text", sql: "net.name" },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
      { key: "createdAt", header: "Enregistré le", kind: "datetime", sql: datetime(`cand."createdAt"`) },
    ],
    filters: { networkId: inNetwork, establishmentId: inEstablishment },
  },
  EVALUATIONS: {
    slug: "evaluations",
    entity: Evaluation,
    alias: "ev",
    join(qb) {
      qb.innerJoin(Dossier, "d", `d.id = ev."dossierId"`)
        .innerJoin(Candidate, "cand", `cand.id = d."candidateId"`)
        .innerJoin(Certification, "cert", `cert.id = d."certificationId"`)
        .innerJoin(Establishment, "est", `est.id = ev."establishmentId"`);
    },
    columns: [
      { key: "id", header: "Identifiant de l'évaluation", kind: "text", sql: "ev.id" },
      { key: "dossierId", header: "Identifiant du dossier", kind: "text", sql: `ev."dossierId"` },
      { key: "pseudonym", header: "Pseudonyme du candidat", kind: "text", sql: "cand.pseudonym" },
      { key: "certification", header: "Certification", kind: "text", sql: "cert.code" },
      { key: "kind", header: "Type", kind: "text", sql: "ev.kind" },
      { key: "status", header: "Statut", kind: "text", sql: "ev.status" },
      { key: "plannedOn", header: "Prévue le", kind: "date", sql: date(`ev."plannedOn"`) },
      { key: "heldOn", header: "Passée le", kind: "date", sql: date(`ev."heldOn"`) },
      { key: "durationMinutes", header: "Durée (minutes)", kind: "int", sql: `ev."durationMinutes"` },
      { key: "domainCodes", header: "Domaines évalués", kind: "text", sql: `array_to_string(ev."domainCodes", ', ')` },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
    ],
    filters: {
      networkId: inNetwork,
      establishmentId: inEstablishment,
      certificationCode: (a) => `EXISTS (SELECT 1 FROM dossier xd JOIN certification c ON c.id = xd."certificationId" WHERE xd.id = ${a}."dossierId" AND c.code = :f_certificationCode)`,
      ...between("plannedOn"),
    },
    dateLabel: "date prévue",
  },
  FUNDING_LINES: {
    slug: "funding-lines",
    entity: FundingLine,
    alias: "fl",
    join(qb) {
      qb.innerJoin(Dossier, "d", `d.id = fl."dossierId"`)
        .innerJoin(Candidate, "cand", `cand.id = d."candidateId"`)
        .innerJoin(Establishment, "est", `est.id = fl."establishmentId"`);
    },
    columns: [
      { key: "id", header: "Identifiant de la ligne", kind: "text", sql: "fl.id" },
      { key: "dossierId", header: "Identifiant du dossier", kind: "text", sql: `fl."dossierId"` },
      { key: "pseudonym", header: "Pseudonyme du candidat", kind: "text", sql: "cand.pseudonym" },
      { key: "step", header: "Étape financée", kind: "text", sql: "fl.step" },
      { key: "funderType", header: "Type de financeur", kind: "text", sql: `fl."funderType"` },
      { key: "funderReference", header: "Référence du financeur", kind: "text", sql: `fl."funderReference"` },
      { key: "amount", header: "Montant (€)", kind: "decimal", sql: "fl.amount::text" },
      { key: "status", header: "Statut", kind: "text", sql: "fl.status" },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
      { key: "createdAt", header: "Saisie le", kind: "datetime", sql: datetime(`fl."createdAt"`) },
    ],
    filters: {
      networkId: inNetwork,
      establishmentId: inEstablishment,
      from: (a) => `${a}."createdAt" >= (:f_from::date AT TIME ZONE 'Europe/Paris')`,
      to: (a) => `${a}."createdAt" < ((:f_to::date + 1) AT TIME ZONE 'Europe/Paris')`,
    },
    dateLabel: "date de saisie",
  },
  CERTIFICATES: {
    slug: "certificates",
    entity: Certificate,
    alias: "ce",
    join(qb) {
      qb.innerJoin(Candidate, "cand", `cand.id = ce."candidateId"`)
        .innerJoin(Certification, "cert", `cert.id = ce."certificationId"`)
        .innerJoin(Establishment, "est", `est.id = ce."establishmentId"`);
    },
    establishment: `ce."establishmentId"`,
    columns: [
      { key: "number", header: "Numéro du certificat", kind: "text", sql: "ce.number" },
      { key: "certification", header: "Certification", kind: "text", sql: "cert.code" },
      { key: "issuedOn", header: "Délivré le", kind: "date", sql: date(`ce."issuedOn"`) },
      { key: "pseudonym", header: "Pseudonyme du titulaire", kind: "text", sql: "cand.pseudonym" },
      ...identity("cand"),
      { key: "dossierId", header: "Identifiant du dossier", kind: "text", sql: `ce."dossierId"` },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
    ],
    filters: { networkId: inNetwork, establishmentId: inEstablishment, certificationCode: ofCertification, ...between("issuedOn") },
    dateLabel: "date de délivrance",
  },
  ESTABLISHMENTS: {
    slug: "establishments",
    entity: Establishment,
    alias: "est",
    join(qb) {
      qb.innerJoin(Network, "net", `net.id = est."networkId"`);
    },
    columns: [
      { key: "siret", header: "SIRET", kind: "text", sql: "est.siret" },
      { key: "name", header: "Nom", kind: "text", sql: "est.name" },
      { key: "network", header: "Réseau", kind: "text", sql: "net.name" },
      { key: "addressLine", header: "Adresse", kind: "text", sql: `est."addressLine"` },
      { key: "postalCode", header: "Code postal", kind: "text", sql: `est."postalCode"` },
      { key: "city", header: "Ville", kind: "text", sql: "est.city" },
      { key: "departmentCode", header: "Département", kind: "text", sql: `est."departmentCode"` },
      { key: "regionCode", header: "Région", kind: "text", sql: `est."regionCode"` },
      { key: "status", header: "Statut", kind: "text", sql: "est.status" },
      { key: "closedOn", header: "Fermé le", kind: "date", sql: date(`est."closedOn"`) },
    ],
    filters: { networkId: inNetwork, establishmentId: (a) => `${a}.id = :f_establishmentId` },
  },
};

export const listBySlug = (slug: string): ExportList | undefined =>
  (Object.keys(EXPORT_LISTS) as ExportList[]).find((l) => EXPORT_LISTS[l].slug === slug);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILTER_LABELS: Record<ExportFilterKey, string> = {
  networkId: "réseau",
  establishmentId: "établissement",
  certificationCode: "certification",
  states: "états de dossier",
  from: "date de début",
  to: "date de fin",
};

/** The filter checked against what the list takes: unknown values and criteria it does not take are refused by name. */
export function checkFilter(list: ExportList, filter: ExportFilterValue): ExportFilterValue {
  const spec = EXPORT_LISTS[list];
  const problems: { field: string; message: string }[] = [];
  const clean: ExportFilterValue = {};
  for (const [key, value] of Object.entries(filter) as [ExportFilterKey, unknown][]) {
    if (value == null || (Array.isArray(value) && value.length === 0)) continue;
    const field = `filter.${key}`;
    if (!(key in FILTER_LABELS)) {
      problems.push({ field, message: `Critère inconnu : ${key}.` });
      continue;
    }
    if (!spec.filters[key]) {
      problems.push({ field, message: `Cette liste ne se filtre pas par ${FILTER_LABELS[key]}.` });
      continue;
    }
    if (key === "networkId" || key === "establishmentId") {
      assertIdFilter(field, String(value));
      clean[key] = String(value);
    } else if (key === "certificationCode") {
      if (!Object.values(CertificationCode).includes(value as CertificationCode)) problems.push({ field, message: "Certification inconnue." });
      else clean.certificationCode = value as CertificationCode;
    } else if (key === "states") {
      const states = (Array.isArray(value) ? value : [value]) as DossierState[];
      if (states.length > 20 || states.some((s) => !Object.values(DossierState).includes(s))) problems.push({ field, message: "État de dossier inconnu." });
      else clean.states = states;
    } else {
      if (typeof value !== "string" || !DATE.test(value) || Number.isNaN(Date.parse(value)))
        problems.push({ field, message: `Date invalide (${spec.dateLabel ?? "date"}) : attendu AAAA-MM-JJ.` });
      else clean[key] = value;
    }
  }
  if (clean.from && clean.to && clean.from > clean.to) problems.push({ field: "filter.to", message: "La date de fin précède la date de début." });
  if (problems.length) throw new InputError(problems);
  return clean;
}

export interface ExportPlan {
  list: ExportList;
  columns: ExportColumn[];
  /** The scoped, filtered query (no select yet). */
  query(): SelectQueryBuilder<ObjectLiteral>;
}

/** The columns and the scoped, filtered query of an export for this caller. */
export function planExport(ctx: RequestContext, list: ExportList, filter: ExportFilterValue): ExportPlan {
  const spec = EXPORT_LISTS[list];
  const readable = personalDataEstablishments(ctx);
  const withIdentity = Boolean(spec.establishment) && (readable === "ALL" || readable.length > 0);
  const columns = spec.columns
    .filter((c) => !c.personal || withIdentity)
    .map((c) =>
      // Staff of some establishments only: names of the rows of the others stay empty.
      c.personal && readable !== "ALL" ? { ...c, sql: `CASE WHEN ${spec.establishment} IN (:...x_readable) THEN ${c.sql} END` } : c,
    );
  const params: Record<string, unknown> = {
    f_networkId: filter.networkId,
    f_establishmentId: filter.establishmentId,
    f_certificationCode: filter.certificationCode,
    f_states: filter.states,
    f_from: filter.from,
    f_to: filter.to,
    x_readable: readable === "ALL" ? [] : readable,
  };
  return {
    list,
    columns,
    query() {
      const qb = scopedQuery(ctx, spec.entity as new () => ObjectLiteral, spec.alias);
      for (const [key, sql] of Object.entries(spec.filters) as [ExportFilterKey, (a: string) => string][])
        if (filter[key] != null) qb.andWhere(sql(spec.alias));
      qb.setParameters(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null)));
      return qb;
    },
  };
}
