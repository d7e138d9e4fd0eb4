import { coerceInputValue, isInputObjectType } from "graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { EXPORTABLE_LISTS, type FieldProblem } from "@clea/schema";
import { applyFilter, collectionNamed } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import { InputError } from "../../core/errors.js";
import type { FilterValue } from "../../core/filter/define.js";
import { personalDataEstablishments } from "../../core/personal-data.js";
import { scopedQuery } from "../../core/scope.js";
import { Candidate } from "../candidate/index.js";
import { Certificate } from "../certificate/index.js";
import { Dossier } from "../dossier/index.js";
import { Establishment } from "../establishment/index.js";
import { CriterionResult, Evaluation } from "../evaluation/index.js";
import { FundingLine } from "../funding/index.js";
import { JurySession, JurySubmission } from "../jury/index.js";
import { TrainingPath } from "../training/index.js";
import { AuditEvent } from "../audit/index.js";
import { EvaluationSession } from "../evaluation-session/index.js";
import { Habilitation } from "../habilitation/index.js";
import { Network } from "../network/index.js";
import { Organisation } from "../organisation/index.js";
import { User } from "../user/index.js";
import { Certification, Criterion } from "../referential/index.js";
import type { ExportList } from "./export-job.entity.js";

/**
 * What each exportable list writes: its columns (French headers, the SQL of each value), how it is
 * scoped (the list's own entity through `scopedQuery`, so an export never sees more than the list)
 * and its collection, whose `filter` it takes (the same as the list's, docs/adr/0019). Identity columns (`personal`) are written only
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

interface ListSpec {
  /** From EXPORTABLE_LISTS (packages/schema): the download address's slug and the list's query. */
  slug: string;
  query: string;
  entity: Function;
  alias: string;
  /** Joins giving the labels of the columns (to one row each: never multiplies rows). */
  join(qb: SelectQueryBuilder<ObjectLiteral>): void;
  columns: ExportColumn[];
  /** The SQL of the establishment holding a row (for identity columns). */
  establishment?: string;
  /** The columns identifying a row, in which order rows stream: `id` unless the key is composite. */
  key?: string[];
  /** The list's collection (core/collection.ts): an export takes the list's own `filter`. */
  collection: string;
}

const date = (sql: string) => `to_char(${sql}, 'YYYY-MM-DD')`;
const datetime = (sql: string) => `to_char(${sql} AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI')`;

const identity = (c: string): ExportColumn[] => [
  { key: "birthLastName", header: "Nom de naissance", kind: "text", sql: `${c}."birthLastName"`, personal: true },
  { key: "usualName", header: "Nom d'usage", kind: "text", sql: `${c}."usualName"`, personal: true },
  { key: "firstNames", header: "Prénoms", kind: "text", sql: `${c}."firstNames"`, personal: true },
  { key: "birthDate", header: "Date de naissance", kind: "date", sql: date(`${c}."birthDate"`), personal: true },
];

const SPECS: Record<ExportList, Omit<ListSpec, "slug" | "query">> = {
  DOSSIERS: {
    collection: "Dossier",
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
  },
  CANDIDATES: {
    collection: "Candidate",
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
  },
  EVALUATIONS: {
    collection: "Evaluation",
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
  },
  FUNDING_LINES: {
    collection: "FundingLine",
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
  },
  CERTIFICATES: {
    collection: "Certificate",
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
  },
  ESTABLISHMENTS: {
    collection: "Establishment",
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
  },
  NETWORKS: {
    collection: "Network",
    entity: Network,
    alias: "net",
    join() {},
    columns: [
      { key: "id", header: "Identifiant du réseau", kind: "text", sql: "net.id" },
      { key: "name", header: "Nom", kind: "text", sql: "net.name" },
      { key: "kind", header: "Type de réseau", kind: "text", sql: "net.kind" },
      {
        key: "establishments",
        header: "Établissements",
        kind: "int",
        sql: `(SELECT count(*)::int FROM establishment x WHERE x."networkId" = net.id)`,
      },
    ],
  },
  ORGANISATIONS: {
    collection: "Organisation",
    entity: Organisation,
    alias: "org",
    join(qb) {
      qb.innerJoin(Network, "net", `net.id = org."networkId"`);
    },
    columns: [
      { key: "siren", header: "SIREN", kind: "text", sql: "org.siren" },
      { key: "legalName", header: "Raison sociale", kind: "text", sql: `org."legalName"` },
      { key: "network", header: "Réseau", kind: "text", sql: "net.name" },
      {
        key: "trainingDeclarationNumber",
        header: "Numéro de déclaration d'activité",
        kind: "text",
        sql: `org."trainingDeclarationNumber"`,
      },
      { key: "qualiopiValidUntil", header: "Qualiopi valide jusqu'au", kind: "date", sql: date(`org."qualiopiValidUntil"`) },
    ],
  },
  HABILITATIONS: {
    collection: "Habilitation",
    entity: Habilitation,
    alias: "hab",
    join(qb) {
      qb.innerJoin(Establishment, "est", `est.id = hab."establishmentId"`)
        .innerJoin(Network, "net", `net.id = hab."networkId"`)
        .innerJoin(Certification, "cert", `cert.id = hab."certificationId"`);
    },
    columns: [
      { key: "id", header: "Identifiant de l'habilitation", kind: "text", sql: "hab.id" },
      { key: "certification", header: "Certification", kind: "text", sql: "cert.code" },
      { key: "role", header: "Rôle", kind: "text", sql: "hab.role" },
      {
        key: "status",
        header: "Statut",
        kind: "text",
        // As the GraphQL `status`: a granted habilitation past its end date is EXPIRED.
        sql: `CASE WHEN hab."storedStatus" = 'GRANTED' AND hab."endDate" < (now() AT TIME ZONE 'Europe/Paris')::date THEN 'EXPIRED' ELSE hab."storedStatus" END`,
      },
      { key: "startDate", header: "Début", kind: "date", sql: date(`hab."startDate"`) },
      { key: "endDate", header: "Fin", kind: "date", sql: date(`hab."endDate"`) },
      { key: "decisionDate", header: "Décision le", kind: "date", sql: date(`hab."decisionDate"`) },
      { key: "decisionReference", header: "Référence de la décision", kind: "text", sql: `hab."decisionReference"` },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
      { key: "siret", header: "SIRET de l'établissement", kind: "text", sql: "est.siret" },
      { key: "network", header: "Réseau", kind: "text", sql: "net.name" },
    ],
  },
  EVALUATION_SESSIONS: {
    collection: "EvaluationSession",
    entity: EvaluationSession,
    alias: "ses",
    join(qb) {
      qb.innerJoin(Establishment, "est", `est.id = ses."establishmentId"`).innerJoin(
        Certification,
        "cert",
        `cert.id = ses."certificationId"`,
      );
    },
    columns: [
      { key: "id", header: "Identifiant de la session", kind: "text", sql: "ses.id" },
      { key: "certification", header: "Certification", kind: "text", sql: "cert.code" },
      { key: "kind", header: "Type", kind: "text", sql: "ses.kind" },
      { key: "startsAt", header: "Début", kind: "datetime", sql: datetime(`ses."startsAt"`) },
      { key: "endsAt", header: "Fin", kind: "datetime", sql: datetime(`ses."endsAt"`) },
      { key: "siteAddress", header: "Lieu", kind: "text", sql: `ses."siteAddress"` },
      { key: "capacity", header: "Places", kind: "int", sql: "ses.capacity" },
      {
        key: "enrolled",
        header: "Inscrits",
        kind: "int",
        sql: `(SELECT count(*)::int FROM evaluation x WHERE x."sessionId" = ses.id AND x.status <> 'CANCELLED')`,
      },
      { key: "cancelledAt", header: "Annulée le", kind: "datetime", sql: datetime(`ses."cancelledAt"`) },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
    ],
  },
  USERS: {
    collection: "User",
    entity: User,
    alias: "u",
    join() {},
    columns: [
      { key: "email", header: "Adresse e-mail", kind: "text", sql: "u.email" },
      { key: "displayName", header: "Nom", kind: "text", sql: `u."displayName"` },
      { key: "status", header: "Statut", kind: "text", sql: "u.status" },
      {
        key: "roles",
        header: "Rôles",
        kind: "text",
        sql: `(SELECT string_agg(DISTINCT ra.role, ', ' ORDER BY ra.role) FROM role_assignment ra WHERE ra."userId" = u.id AND ra."endedOn" IS NULL)`,
      },
      { key: "lastSignInAt", header: "Dernière connexion", kind: "datetime", sql: datetime(`u."lastSignInAt"`) },
      { key: "createdAt", header: "Créé le", kind: "datetime", sql: datetime(`u."createdAt"`) },
    ],
  },
  AUDIT_EVENTS: {
    collection: "AuditEvent",
    entity: AuditEvent,
    alias: "ae",
    join() {},
    columns: [
      { key: "occurredAt", header: "Date", kind: "datetime", sql: datetime(`ae."occurredAt"`) },
      { key: "action", header: "Action", kind: "text", sql: "ae.action" },
      { key: "entityType", header: "Type d'objet", kind: "text", sql: `ae."entityType"` },
      { key: "entityId", header: "Identifiant de l'objet", kind: "text", sql: `ae."entityId"` },
      { key: "changedFields", header: "Champs", kind: "text", sql: `array_to_string(ae."changedFields", ', ')` },
      { key: "actorId", header: "Auteur (identifiant)", kind: "text", sql: `ae."actorId"` },
      { key: "actorRole", header: "Rôle de l'auteur", kind: "text", sql: `ae."actorRole"` },
      { key: "requestId", header: "Requête", kind: "text", sql: `ae."requestId"` },
    ],
  },
  TRAINING_PATHS: {
    collection: "TrainingPath",
    entity: TrainingPath,
    alias: "tp",
    join(qb) {
      qb.innerJoin(Dossier, "d", `d.id = tp."dossierId"`)
        .innerJoin(Candidate, "cand", `cand.id = d."candidateId"`)
        .innerJoin(Establishment, "est", `est.id = tp."establishmentId"`);
    },
    columns: [
      { key: "id", header: "Identifiant du parcours", kind: "text", sql: "tp.id" },
      { key: "dossierId", header: "Identifiant du dossier", kind: "text", sql: `tp."dossierId"` },
      { key: "pseudonym", header: "Pseudonyme du candidat", kind: "text", sql: "cand.pseudonym" },
      { key: "trainingOrganisation", header: "Organisme de formation", kind: "text", sql: `tp."trainingOrganisation"` },
      {
        key: "domains",
        header: "Domaines travaillés",
        kind: "text",
        sql: `(SELECT string_agg(dom.code, ', ' ORDER BY dom.code) FROM training_path_domain tpd JOIN domain dom ON dom.id = tpd."domainId" WHERE tpd."trainingPathId" = tp.id)`,
      },
      {
        key: "plannedHours",
        header: "Heures prévues",
        kind: "decimal",
        sql: `(SELECT sum(tpd."plannedHours")::text FROM training_path_domain tpd WHERE tpd."trainingPathId" = tp.id)`,
      },
      {
        key: "actualHours",
        header: "Heures réalisées",
        kind: "decimal",
        sql: `(SELECT sum(tpd."actualHours")::text FROM training_path_domain tpd WHERE tpd."trainingPathId" = tp.id)`,
      },
      { key: "startsOn", header: "Début", kind: "date", sql: date(`tp."startsOn"`) },
      { key: "endsOn", header: "Fin prévue", kind: "date", sql: date(`tp."endsOn"`) },
      { key: "status", header: "Statut", kind: "text", sql: "tp.status" },
      { key: "completedOn", header: "Terminé le", kind: "date", sql: date(`tp."completedOn"`) },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
    ],
  },
  JURY_SESSIONS: {
    collection: "JurySession",
    entity: JurySession,
    alias: "js",
    join(qb) {
      qb.innerJoin(Certification, "cert", `cert.id = js."certificationId"`);
    },
    columns: [
      { key: "id", header: "Identifiant de la session", kind: "text", sql: "js.id" },
      { key: "certification", header: "Certification", kind: "text", sql: "cert.code" },
      { key: "heldOn", header: "Date", kind: "date", sql: date(`js."heldOn"`) },
      { key: "organiser", header: "Organisateur", kind: "text", sql: "js.organiser" },
      { key: "mode", header: "Modalité", kind: "text", sql: "js.mode" },
      { key: "location", header: "Lieu", kind: "text", sql: "js.location" },
      {
        key: "submissions",
        header: "Dossiers présentés",
        kind: "int",
        sql: `(SELECT count(*)::int FROM jury_submission s WHERE s."jurySessionId" = js.id)`,
      },
      { key: "closedAt", header: "Close le", kind: "datetime", sql: datetime(`js."closedAt"`) },
    ],
  },
  JURY_DECISIONS: {
    collection: "JurySubmission",
    entity: JurySubmission,
    alias: "sub",
    join(qb) {
      qb.innerJoin(JurySession, "js", `js.id = sub."jurySessionId"`)
        .innerJoin(Dossier, "d", `d.id = sub."dossierId"`)
        .innerJoin(Candidate, "cand", `cand.id = d."candidateId"`)
        .innerJoin(Establishment, "est", `est.id = sub."establishmentId"`);
    },
    columns: [
      { key: "id", header: "Identifiant de la présentation", kind: "text", sql: "sub.id" },
      { key: "dossierId", header: "Identifiant du dossier", kind: "text", sql: `sub."dossierId"` },
      { key: "pseudonym", header: "Pseudonyme du candidat", kind: "text", sql: "cand.pseudonym" },
      { key: "heldOn", header: "Date du jury", kind: "date", sql: date(`js."heldOn"`) },
      { key: "decision", header: "Décision", kind: "text", sql: "sub.decision" },
      { key: "reason", header: "Motif", kind: "text", sql: "sub.reason" },
      { key: "decidedAt", header: "Décidé le", kind: "datetime", sql: datetime(`sub."decidedAt"`) },
      { key: "establishment", header: "Établissement", kind: "text", sql: "est.name" },
    ],
  },
  CRITERION_RESULTS: {
    collection: "CriterionResult",
    entity: CriterionResult,
    alias: "cr",
    key: ["evaluationId", "criterionId"],
    join(qb) {
      qb.innerJoin(Evaluation, "ev", `ev.id = cr."evaluationId"`)
        .innerJoin(Dossier, "d", `d.id = ev."dossierId"`)
        .innerJoin(Candidate, "cand", `cand.id = d."candidateId"`)
        .innerJoin(Criterion, "crit", `crit.id = cr."criterionId"`);
    },
    columns: [
      { key: "evaluationId", header: "Identifiant de l'évaluation", kind: "text", sql: `cr."evaluationId"` },
      { key: "dossierId", header: "Identifiant du dossier", kind: "text", sql: `ev."dossierId"` },
      { key: "pseudonym", header: "Pseudonyme du candidat", kind: "text", sql: "cand.pseudonym" },
      { key: "kind", header: "Évaluation", kind: "text", sql: "ev.kind" },
      { key: "heldOn", header: "Passée le", kind: "date", sql: date(`ev."heldOn"`) },
      { key: "criterion", header: "Critère", kind: "text", sql: "crit.code" },
      { key: "result", header: "Résultat", kind: "text", sql: `CASE WHEN cr.acquired THEN 'ACQUIRED' ELSE 'NOT_ACQUIRED' END` },
    ],
  },
};

export const EXPORT_LISTS = Object.fromEntries(
  (Object.keys(SPECS) as ExportList[]).map((list) => [list, { ...SPECS[list], ...EXPORTABLE_LISTS[list] }]),
) as Record<ExportList, ListSpec>;

export const listBySlug = (slug: string): ExportList | undefined =>
  (Object.keys(EXPORT_LISTS) as ExportList[]).find((l) => EXPORT_LISTS[l].slug === slug);

/**
 * The list's filter from an `ExportFilter` (only the field of the exported list may be given), as
 * plain JSON: what a job keeps and checks again when it runs.
 */
export function listFilterOf(list: ExportList, filter: Record<string, unknown> | null | undefined): unknown {
  if (!filter) return undefined;
  const key = EXPORT_LISTS[list].query;
  const others = Object.keys(filter).filter((k) => k !== key && filter[k] != null);
  if (others.length)
    throw new InputError(
      others.map((k) => ({
        field: `filter.${k}`,
        message: `Cet export est celui de la liste ${list} : donnez son filtre dans filter.${key}.`,
      })),
    );
  return filter[key] == null ? undefined : JSON.parse(JSON.stringify(filter[key]));
}

/**
 * The list's filter checked against its GraphQL input type (the one the list takes), so that a
 * filter given as JSON in an address is refused with the same messages as in a query.
 */
export async function checkFilter(list: ExportList, filter: unknown): Promise<FilterValue> {
  if (filter == null) return {};
  if (typeof filter !== "object" || Array.isArray(filter))
    throw new InputError([{ field: "filter", message: "Le filtre est un objet JSON, celui que prend la liste." }]);
  const { getSchema } = await import("../../core/schema.js");
  const type = (await getSchema()).getType(`${EXPORT_LISTS[list].collection}Filter`);
  if (!isInputObjectType(type)) throw new Error(`no filter input for ${list}`);
  const problems: FieldProblem[] = [];
  const value = coerceInputValue(filter, type, (path, _invalid, error) => {
    const unknown = /^Field "(\w+)" is not defined by type/.exec(error.message);
    if (unknown) problems.push({ field: ["filter", ...path, unknown[1]].join("."), message: `Champ de filtre inconnu : ${unknown[1]}.` });
    else problems.push({ field: ["filter", ...path].join("."), message: `Valeur refusée : ${error.message}` });
  });
  if (problems.length) throw new InputError(problems);
  return value as FilterValue;
}

export interface ExportPlan {
  list: ExportList;
  columns: ExportColumn[];
  /** The scoped, filtered query (no select yet). */
  query(): SelectQueryBuilder<ObjectLiteral>;
}

/** The columns and the scoped, filtered query of an export for this caller. */
export function planExport(ctx: RequestContext, list: ExportList, filter: FilterValue): ExportPlan {
  const spec = EXPORT_LISTS[list];
  const readable = personalDataEstablishments(ctx);
  const withIdentity = Boolean(spec.establishment) && (readable === "ALL" || readable.length > 0);
  const columns = spec.columns
    .filter((c) => !c.personal || withIdentity)
    .map((c) =>
      // Staff of some establishments only: names of the rows of the others stay empty.
      c.personal && readable !== "ALL" ? { ...c, sql: `CASE WHEN ${spec.establishment} IN (:...x_readable) THEN ${c.sql} END` } : c,
    );
  const readableParams = { x_readable: readable === "ALL" ? [] : readable };
  const collection = collectionNamed(spec.collection);
  return {
    list,
    columns,
    query() {
      const qb = scopedQuery(ctx, spec.entity as new () => ObjectLiteral, spec.alias);
      applyFilter(ctx, qb, collection.filter, filter, spec.alias);
      return qb.setParameters(readableParams);
    },
  };
}
