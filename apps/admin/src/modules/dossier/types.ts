import type {
  CertificationCode,
  CriterionResultValue,
  DossierAction,
  DossierState,
  EvaluationSessionKind,
  EvaluationStatus,
  TrainingPathStatus,
} from "@clea/schema";

/** Shapes of the dossier queries (docs/adr/0010-dossier-process.md, "The GraphQL contract"). */

/** The référentiel tree an evaluation grid needs (the dossier's pinned version). */
export interface GridCriterion {
  id: string;
  code: string;
  title: string;
}
export interface GridSubDomain {
  id: string;
  code: string;
  title: string | null;
  thresholdPercent: number;
  mandatoryCriteria: string[];
  criteria: GridCriterion[];
}
export interface GridDomain {
  id: string;
  code: string;
  title: string;
  subDomains: GridSubDomain[];
}

/** Results as the grid holds them: criterion code → value (absent while not scored). */
export type GridResults = Record<string, CriterionResultValue | undefined>;

export interface DossierRow {
  id: string;
  state: DossierState;
  openedOn: string;
  windowEndsOn: string | null;
  /** Null when the caller may not see the candidate (a jury member sees the dossiers presented). */
  candidate: { id: string; pseudonym: string; lastName: string | null; usualName: string | null; firstNames: string | null } | null;
  certification: { id: string; code: CertificationCode; name: string };
  establishment: { id: string; name: string } | null;
}

export interface DossierEventRow {
  id: string;
  action: DossierAction | null;
  fromState: DossierState | null;
  toState: DossierState;
  at: string;
  note: string | null;
  version: number;
  actor: { id: string; displayName: string } | null;
}

export interface DomainStatusRow {
  domain: { id: string; code: string; title: string };
  acquired: boolean;
  acquiredOn: string | null;
  validUntil: string | null;
}

export interface EvaluationRow {
  id: string;
  kind: EvaluationSessionKind;
  status: EvaluationStatus;
  plannedOn: string;
  heldOn: string | null;
  durationMinutes: number | null;
  context: string | null;
  domainCodes: string[] | null;
  evaluatorId: string;
  sessionId: string | null;
  evaluator: { id: string; displayName: string } | null;
  domainResults: { domainId: string; acquired: boolean; acquiredOn: string | null; validUntil: string | null }[];
}

export interface TrainingPathRow {
  id: string;
  trainingOrganisation: string;
  trainerName: string | null;
  trainerId: string | null;
  trainer: { id: string; displayName: string } | null;
  startsOn: string;
  endsOn: string;
  status: TrainingPathStatus;
  completedOn: string | null;
  domains: { domainId: string; plannedHours: string; actualHours: string | null; domain: { id: string; code: string; title: string } }[];
}

export interface DossierDetail extends DossierRow {
  version: number;
  networkId: string;
  establishmentId: string;
  referentialId: string;
  preliminaryDate: string | null;
  stateChangedAt: string;
  allowedActions: DossierAction[];
  referential: { id: string; version: string; label: string };
  history: DossierEventRow[];
  domainStatuses: DomainStatusRow[];
  evaluations: EvaluationRow[];
  trainingPaths: TrainingPathRow[];
}
