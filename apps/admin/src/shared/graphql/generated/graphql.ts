/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client/core';
export type AddCriterionInput = {
  /** Code stable qui prolonge celui du sous-domaine, ex. D1.2.5 */
  code: string;
  note?: string | null | undefined;
  title: string;
};

export type AddDomainInput = {
  /** Code stable, ex. D8 */
  code: string;
  note?: string | null | undefined;
  shortTitle?: string | null | undefined;
  title: string;
};

/** Nouvelle ligne de financement d'un dossier */
export type AddFundingLineInput = {
  /** Montant en euros, chaîne décimale exacte (ex. "1250.50") */
  amount: string;
  dossierId: string;
  /** Référence chez le financeur ; obligatoire pour le CPF (numéro de dossier EDOF) */
  funderReference?: string | null | undefined;
  funderType: FunderType;
  /** REQUESTED par défaut */
  status?: FundingStatus | null | undefined;
  step: FundingStep;
};

export type AddSubDomainInput = {
  /** Code stable qui prolonge celui du domaine, ex. D1.6 */
  code: string;
  mandatoryCriteria?: Array<string> | null | undefined;
  note?: string | null | undefined;
  thresholdPercent?: number | null | undefined;
  /** Nul tant que l'intitulé officiel n'est pas connu */
  title?: string | null | undefined;
};

/** Affectation d'une personne à un établissement, dans une ou plusieurs fonctions */
export type AssignStaffInput = {
  establishmentId: string;
  functions: Array<StaffFunction>;
  /** Début de l'affectation ; aujourd'hui par défaut, jamais dans le futur */
  startedOn?: string | null | undefined;
  userId: string;
};

/** Nature d'un acte consigné au journal d'audit */
export type AuditAction =
  | 'CREATE'
  | 'DEACTIVATE'
  | 'DELETE'
  | 'EXPORT'
  | 'IMPORT'
  | 'INVITE'
  | 'PASSWORD_CHANGE'
  | 'PUBLISH'
  | 'READ_PERSONAL_DATA'
  | 'ROLE_CHANGE'
  | 'RUN_REPORT'
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_OUT'
  | 'TRANSITION'
  | 'UPDATE';

/** Filtre sur AuditAction */
export type AuditActionFilter = {
  /** Égal à */
  eq?: AuditAction | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<AuditAction> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: AuditAction | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<AuditAction> | null | undefined;
};

/** Filtre du journal d'audit */
export type AuditEventFilter = {
  /** Nature de l'acte */
  action?: AuditActionFilter | null | undefined;
  /** Son auteur (un compte que l'on peut voir) */
  actor?: UserFilter | null | undefined;
  /** Auteur de l'acte (vide pour un traitement système ou un échec de connexion) */
  actorId?: IdFilter | null | undefined;
  /** Toutes ces conditions */
  and?: Array<AuditEventFilter> | null | undefined;
  /** Identifiant de l'élément concerné */
  entityId?: StringFilter | null | undefined;
  /** Type de l'élément concerné (Network, User…) */
  entityType?: StringFilter | null | undefined;
  /** Établissement concerné */
  establishmentId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Réseau concerné */
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: AuditEventFilter | null | undefined;
  /** Instant de l'acte (période : gte / lt) */
  occurredAt?: DateTimeFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<AuditEventFilter> | null | undefined;
  /** Identifiant de la requête */
  requestId?: StringFilter | null | undefined;
};

/** Un critère de tri de AuditEvent (l'identifiant départage toujours en dernier) */
export type AuditEventOrder = {
  direction?: SortDirection;
  field: AuditEventOrderField;
};

export type AuditEventOrderField =
  /** Instant de l'acte */
  | 'OCCURRED_AT';

/** Filtre sur un booléen */
export type BooleanFilter = {
  /** Égal à */
  eq?: boolean | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
};

/** Adresse postale d'un candidat */
export type CandidateAddressInput = {
  city: string;
  /** Complément d'adresse */
  complement?: string | null | undefined;
  line: string;
  postalCode: string;
};

/** Filtre des candidats (les champs d'identité ne trouvent que les candidats dont vous pouvez lire l'identité) */
export type CandidateFilter = {
  /** Toutes ces conditions */
  and?: Array<CandidateFilter> | null | undefined;
  /** Date de naissance */
  birthDate?: DateFilter | null | undefined;
  /** Nom de naissance */
  birthLastName?: StringFilter | null | undefined;
  /** Ville de naissance */
  birthPlace?: StringFilter | null | undefined;
  /** Ville */
  city?: StringFilter | null | undefined;
  /** Inscription */
  createdAt?: DateTimeFilter | null | undefined;
  /** Adresse électronique */
  email?: StringFilter | null | undefined;
  /** SIRET de l'employeur */
  employerSiret?: StringFilter | null | undefined;
  /** Statut à l'inscription */
  entryStatus?: EntryStatusFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  /** Prénoms */
  firstNames?: StringFilter | null | undefined;
  /** Genre */
  gender?: GenderFilter | null | undefined;
  id?: IdFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: CandidateFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<CandidateFilter> | null | undefined;
  /** Téléphone */
  phone?: StringFilter | null | undefined;
  /** Code postal */
  postalCode?: StringFilter | null | undefined;
  /** Origine de la démarche */
  prescriber?: PrescriberFilter | null | undefined;
  /** Pseudonyme */
  pseudonym?: StringFilter | null | undefined;
  /** Niveau de diplôme */
  qualificationLevel?: QualificationLevelFilter | null | undefined;
  /** Noms et prénoms (seulement des candidats dont vous pouvez lire l'identité) */
  search?: StringFilter | null | undefined;
  /** Nom d'usage */
  usualName?: StringFilter | null | undefined;
};

/** Un critère de tri de Candidate (l'identifiant départage toujours en dernier) */
export type CandidateOrder = {
  direction?: SortDirection;
  field: CandidateOrderField;
};

export type CandidateOrderField =
  /** Inscription */
  | 'CREATED_AT'
  /** Pseudonyme */
  | 'PSEUDONYM';

/** Filtre des certificats */
export type CertificateFilter = {
  /** Toutes ces conditions */
  and?: Array<CertificateFilter> | null | undefined;
  /** Son titulaire */
  candidate?: CandidateFilter | null | undefined;
  candidateId?: IdFilter | null | undefined;
  /** Certification */
  certificationCode?: CertificationCodeFilter | null | undefined;
  certificationId?: IdFilter | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Son dossier */
  dossier?: DossierFilter | null | undefined;
  dossierId?: IdFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Date de délivrance */
  issuedOn?: DateFilter | null | undefined;
  /** La présentation au jury qui l'a délivré */
  jurySubmissionId?: IdFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: CertificateFilter | null | undefined;
  /** Numéro du certificat */
  number?: StringFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<CertificateFilter> | null | undefined;
};

/** Un critère de tri de Certificate (l'identifiant départage toujours en dernier) */
export type CertificateOrder = {
  direction?: SortDirection;
  field: CertificateOrderField;
};

export type CertificateOrderField =
  /** Création */
  | 'CREATED_AT'
  /** Date de délivrance */
  | 'ISSUED_ON'
  /** Numéro */
  | 'NUMBER';

/** CléA, CléA Numérique, CléA Management */
export type CertificationCode =
  | 'CLEA'
  | 'CLEA_MANAGEMENT'
  | 'CLEA_NUMERIQUE';

/** Filtre sur CertificationCode */
export type CertificationCodeFilter = {
  /** Égal à */
  eq?: CertificationCode | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<CertificationCode> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: CertificationCode | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<CertificationCode> | null | undefined;
};

/** Dates et décision enregistrées avec un changement de statut */
export type ChangeHabilitationStatusInput = {
  /** Date de la décision du certificateur */
  decisionDate?: string | null | undefined;
  decisionReference?: string | null | undefined;
  endDate?: string | null | undefined;
  startDate?: string | null | undefined;
};

/** Fin d'un parcours : date et heures réalisées sur chacun de ses domaines */
export type CompleteTrainingPathInput = {
  actualHours: Array<TrainingPathActualHoursInput>;
  completedOn: string;
  trainingPathId: string;
};

/** Inscription d'un candidat dans un établissement */
export type CreateCandidateInput = {
  address?: CandidateAddressInput | null | undefined;
  birthDate: string;
  /** Ville de naissance */
  birthPlace: string;
  /** Né à l'étranger (non par défaut) */
  bornAbroad?: boolean | null | undefined;
  email: string;
  /** SIRET de l'employeur (14 chiffres) */
  employerSiret?: string | null | undefined;
  entryStatus: EntryStatus;
  /** L'établissement qui tient le candidat */
  establishmentId: string;
  /** Prénoms, dans l'ordre de l'état civil */
  firstNames: string;
  gender: Gender;
  /** Nom de naissance */
  lastName: string;
  phone?: string | null | undefined;
  prescriber: Prescriber;
  qualificationLevel: QualificationLevel;
  /** Nom d'usage, s'il diffère du nom de naissance */
  usualName?: string | null | undefined;
};

/** Création d'un établissement (SIRET) ; sa région se déduit du département */
export type CreateEstablishmentInput = {
  addressLine: string;
  city: string;
  /** Code INSEE du département */
  departmentCode: string;
  name: string;
  organisationId: string;
  postalCode: string;
  /** SIRET, 14 chiffres, commence par le SIREN de l'organisme */
  siret: string;
};

/** Demande d'habilitation d'un établissement (statut REQUESTED) */
export type CreateHabilitationInput = {
  certificationCode: CertificationCode;
  /** Date de la décision du certificateur */
  decisionDate?: string | null | undefined;
  decisionReference?: string | null | undefined;
  endDate?: string | null | undefined;
  establishmentId: string;
  role: HabilitationRole;
  startDate?: string | null | undefined;
};

/** Création d'une session de jury */
export type CreateJurySessionInput = {
  certificationCode: CertificationCode;
  /** Date de la session (aujourd'hui ou plus tard) */
  heldOn: string;
  /** Lieu (obligatoire sur place) ou lien de la visioconférence */
  location?: string | null | undefined;
  /** Membres : des comptes qui ont le rôle JURY */
  members: Array<JuryMemberInput>;
  mode: JuryMode;
  /** Organisateur (ex. Transitions Pro Bretagne) */
  organiser: string;
};

/** Création d'un réseau */
export type CreateNetworkInput = {
  kind: NetworkKind;
  name: string;
};

/** Création d'un organisme (SIREN) dans un réseau */
export type CreateOrganisationInput = {
  legalName: string;
  networkId: string;
  /** Fin de validité de la certification Qualiopi */
  qualiopiValidUntil?: string | null | undefined;
  /** SIREN, 9 chiffres avec sa clé */
  siren: string;
  /** NDA, 11 chiffres */
  trainingDeclarationNumber?: string | null | undefined;
};

/** Nouveau brouillon d'une certification, copié d'une version existante */
export type CreateReferentialDraftInput = {
  certificationCode: CertificationCode;
  /** Version à copier ; par défaut, la version publiée */
  copyFromId?: string | null | undefined;
  label: string;
  /** Identifiant de la nouvelle version, unique par certification (ex. 2025) */
  version: string;
};

/** Enregistrement d'un rapport */
export type CreateSavedReportInput = {
  description?: string | null | undefined;
  /** Une requête GraphQL (query), validée contre le schéma de l'API */
  document: string;
  /** Nom (1 à 120 caractères) */
  name: string;
  /** Obligatoire pour la visibilité NETWORK : un de vos réseaux */
  networkId?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
  visibility: SavedReportVisibility;
};

/** Filtre des résultats par critère */
export type CriterionResultFilter = {
  /** Toutes ces conditions */
  and?: Array<CriterionResultFilter> | null | undefined;
  /** Code du critère (ex. D1.2.3) */
  criterionCode?: StringFilter | null | undefined;
  criterionId?: IdFilter | null | undefined;
  /** Code du domaine du critère */
  domainCode?: StringFilter | null | undefined;
  /** Le dossier de son évaluation */
  dossier?: DossierFilter | null | undefined;
  /** Le dossier de l'évaluation */
  dossierId?: IdFilter | null | undefined;
  /** Son évaluation */
  evaluation?: EvaluationFilter | null | undefined;
  evaluationId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: CriterionResultFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<CriterionResultFilter> | null | undefined;
  /** Acquis ou non acquis */
  result?: CriterionResultValueFilter | null | undefined;
};

/** Résultat d'un critère */
export type CriterionResultInput = {
  /** Code du critère (ex. D1.2.3) */
  criterionCode: string;
  result: CriterionResultValue;
};

export type CriterionResultValue =
  /** Acquis */
  | 'ACQUIRED'
  /** Non acquis */
  | 'NOT_ACQUIRED';

/** Filtre sur CriterionResultValue */
export type CriterionResultValueFilter = {
  /** Égal à */
  eq?: CriterionResultValue | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<CriterionResultValue> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: CriterionResultValue | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<CriterionResultValue> | null | undefined;
};

/** Filtre sur une date (AAAA-MM-JJ) */
export type DateFilter = {
  /** Entre deux bornes incluses : [min, max] */
  between?: Array<string> | null | undefined;
  /** Égal à */
  eq?: string | null | undefined;
  /** Strictement supérieur à */
  gt?: string | null | undefined;
  /** Supérieur ou égal à */
  gte?: string | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<string> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Strictement inférieur à */
  lt?: string | null | undefined;
  /** Inférieur ou égal à */
  lte?: string | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: string | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<string> | null | undefined;
};

/** Filtre sur un instant (ISO 8601) */
export type DateTimeFilter = {
  /** Entre deux bornes incluses : [min, max] */
  between?: Array<string> | null | undefined;
  /** Égal à */
  eq?: string | null | undefined;
  /** Strictement supérieur à */
  gt?: string | null | undefined;
  /** Supérieur ou égal à */
  gte?: string | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<string> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Strictement inférieur à */
  lt?: string | null | undefined;
  /** Inférieur ou égal à */
  lte?: string | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: string | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<string> | null | undefined;
};

/** Filtre sur un nombre décimal exact, écrit "1250.50" */
export type DecimalFilter = {
  /** Entre deux bornes incluses : [min, max] */
  between?: Array<string> | null | undefined;
  /** Égal à */
  eq?: string | null | undefined;
  /** Strictement supérieur à */
  gt?: string | null | undefined;
  /** Supérieur ou égal à */
  gte?: string | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<string> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Strictement inférieur à */
  lt?: string | null | undefined;
  /** Inférieur ou égal à */
  lte?: string | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: string | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<string> | null | undefined;
};

export type DossierAction =
  /** Ajourner */
  | 'ADJOURN'
  /** Certifier */
  | 'CERTIFY'
  /** Expirer */
  | 'EXPIRE'
  /** Planifier l'évaluation finale */
  | 'PLAN_FINAL'
  /** Planifier l'évaluation préalable */
  | 'PLAN_PRELIMINARY'
  /** Planifier un parcours de formation */
  | 'PLAN_TRAINING'
  /** Saisir l'évaluation finale */
  | 'RECORD_FINAL'
  /** Saisir l'évaluation préalable */
  | 'RECORD_PRELIMINARY'
  /** Reprendre la formation */
  | 'RESUME_TRAINING'
  /** Représenter au jury */
  | 'RETURN_TO_JURY'
  /** Présenter au jury */
  | 'SUBMIT_TO_JURY'
  /** Clore à la demande du candidat */
  | 'WITHDRAW';

/** Filtre des dossiers */
export type DossierFilter = {
  /** Toutes ces conditions */
  and?: Array<DossierFilter> | null | undefined;
  /** Son candidat */
  candidate?: CandidateFilter | null | undefined;
  candidateId?: IdFilter | null | undefined;
  /** Son certificat */
  certificate?: CertificateFilter | null | undefined;
  /** Certification */
  certificationCode?: CertificationCodeFilter | null | undefined;
  certificationId?: IdFilter | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Son établissement */
  establishment?: EstablishmentFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  /** Une de ses évaluations */
  evaluations?: EvaluationFilter | null | undefined;
  /** Une de ses lignes de financement */
  fundingLines?: FundingLineFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Une de ses présentations au jury (et sa décision) */
  juryDecisions?: JurySubmissionFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: DossierFilter | null | undefined;
  /** Date d'ouverture */
  openedOn?: DateFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<DossierFilter> | null | undefined;
  /** Date de l'évaluation préalable */
  preliminaryDate?: DateFilter | null | undefined;
  /** Version du référentiel du dossier */
  referentialId?: IdFilter | null | undefined;
  /** État */
  state?: DossierStateFilter | null | undefined;
  /** Dernier changement d'état */
  stateChangedAt?: DateTimeFilter | null | undefined;
  /** Un de ses parcours de formation */
  trainingPaths?: TrainingPathFilter | null | undefined;
  /** Fin du délai de 5 ans */
  windowEndsOn?: DateFilter | null | undefined;
};

/** Un critère de tri de Dossier (l'identifiant départage toujours en dernier) */
export type DossierOrder = {
  direction?: SortDirection;
  field: DossierOrderField;
};

export type DossierOrderField =
  /** Création */
  | 'CREATED_AT'
  /** Date d'ouverture */
  | 'OPENED_ON'
  /** État (ordre alphabétique du code) */
  | 'STATE'
  /** Dernier changement d'état */
  | 'STATE_CHANGED_AT'
  /** Fin du délai de 5 ans (les dossiers sans évaluation préalable en dernier) */
  | 'WINDOW_ENDS_ON';

export type DossierState =
  /** Ajourné */
  | 'ADJOURNED'
  /** Certifié */
  | 'CERTIFIED'
  /** Expiré */
  | 'EXPIRED'
  /** Évaluation finale planifiée */
  | 'FINAL_PLANNED'
  /** En formation */
  | 'IN_TRAINING'
  /** Ouvert */
  | 'OPENED'
  /** Évaluation préalable planifiée */
  | 'PRELIMINARY_PLANNED'
  /** Prêt pour le jury */
  | 'READY_FOR_JURY'
  /** Présenté au jury */
  | 'SUBMITTED_TO_JURY'
  /** Clos (abandon) */
  | 'WITHDRAWN';

/** Filtre sur DossierState */
export type DossierStateFilter = {
  /** Égal à */
  eq?: DossierState | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<DossierState> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: DossierState | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<DossierState> | null | undefined;
};

/** Statut du candidat à l'inscription */
export type EntryStatus =
  /** Salarié */
  | 'EMPLOYEE'
  /** Demandeur d'emploi */
  | 'JOB_SEEKER'
  /** Autre */
  | 'OTHER';

/** Filtre sur EntryStatus */
export type EntryStatusFilter = {
  /** Égal à */
  eq?: EntryStatus | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<EntryStatus> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: EntryStatus | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<EntryStatus> | null | undefined;
};

/** Filtre des établissements */
export type EstablishmentFilter = {
  /** Toutes ces conditions */
  and?: Array<EstablishmentFilter> | null | undefined;
  /** Ville */
  city?: StringFilter | null | undefined;
  /** Date de fermeture */
  closedOn?: DateFilter | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Code INSEE du département */
  departmentCode?: StringFilter | null | undefined;
  /** Une de ses habilitations */
  habilitations?: HabilitationFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Nom */
  name?: StringFilter | null | undefined;
  /** Son réseau */
  network?: NetworkFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: EstablishmentFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<EstablishmentFilter> | null | undefined;
  /** Son organisme */
  organisation?: OrganisationFilter | null | undefined;
  organisationId?: IdFilter | null | undefined;
  /** Code postal */
  postalCode?: StringFilter | null | undefined;
  /** Code INSEE de la région */
  regionCode?: StringFilter | null | undefined;
  /** Texte cherché dans le nom, le SIRET et la ville (avec contains : sans tenir compte de la casse ni des accents) */
  search?: StringFilter | null | undefined;
  /** SIRET */
  siret?: StringFilter | null | undefined;
  /** Ouvert ou fermé */
  status?: EstablishmentStatusFilter | null | undefined;
};

/** Un critère de tri de Establishment (l'identifiant départage toujours en dernier) */
export type EstablishmentOrder = {
  direction?: SortDirection;
  field: EstablishmentOrderField;
};

export type EstablishmentOrderField =
  /** Ville */
  | 'CITY'
  /** Création */
  | 'CREATED_AT'
  /** Département */
  | 'DEPARTMENT_CODE'
  /** Nom */
  | 'NAME'
  /** Statut (ordre alphabétique du code) */
  | 'STATUS';

export type EstablishmentStatus =
  | 'CLOSED'
  | 'OPEN';

/** Filtre sur EstablishmentStatus */
export type EstablishmentStatusFilter = {
  /** Égal à */
  eq?: EstablishmentStatus | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<EstablishmentStatus> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: EstablishmentStatus | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<EstablishmentStatus> | null | undefined;
};

/** Filtre des évaluations */
export type EvaluationFilter = {
  /** Toutes ces conditions */
  and?: Array<EvaluationFilter> | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Un de ses résultats par critère */
  criterionResults?: CriterionResultFilter | null | undefined;
  /** Son dossier */
  dossier?: DossierFilter | null | undefined;
  dossierId?: IdFilter | null | undefined;
  /** Durée en minutes */
  durationMinutes?: IntFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  /** L'évaluateur */
  evaluatorId?: IdFilter | null | undefined;
  /** Date de réalisation */
  heldOn?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Préalable ou finale */
  kind?: EvaluationSessionKindFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: EvaluationFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<EvaluationFilter> | null | undefined;
  /** Date prévue */
  plannedOn?: DateFilter | null | undefined;
  /** La session d'évaluation */
  sessionId?: IdFilter | null | undefined;
  /** Statut */
  status?: EvaluationStatusFilter | null | undefined;
};

/** Filtre des sessions d'évaluation */
export type EvaluationSessionFilter = {
  /** Toutes ces conditions */
  and?: Array<EvaluationSessionFilter> | null | undefined;
  /** Session annulée */
  cancelled?: BooleanFilter | null | undefined;
  /** Date de l'annulation */
  cancelledAt?: DateTimeFilter | null | undefined;
  /** Nombre de places */
  capacity?: IntFilter | null | undefined;
  /** Certification */
  certificationCode?: CertificationCodeFilter | null | undefined;
  certificationId?: IdFilter | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Fin */
  endsAt?: DateTimeFilter | null | undefined;
  /** Son établissement */
  establishment?: EstablishmentFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  /** Évaluateur */
  evaluatorId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Évaluation préalable ou finale */
  kind?: EvaluationSessionKindFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: EvaluationSessionFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<EvaluationSessionFilter> | null | undefined;
  /** Adresse du lieu */
  siteAddress?: StringFilter | null | undefined;
  /** Début */
  startsAt?: DateTimeFilter | null | undefined;
};

export type EvaluationSessionKind =
  /** Évaluation finale */
  | 'FINAL'
  /** Évaluation préalable */
  | 'PRELIMINARY';

/** Filtre sur EvaluationSessionKind */
export type EvaluationSessionKindFilter = {
  /** Égal à */
  eq?: EvaluationSessionKind | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<EvaluationSessionKind> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: EvaluationSessionKind | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<EvaluationSessionKind> | null | undefined;
};

export type EvaluationStatus =
  /** Annulée */
  | 'CANCELLED'
  /** Réalisée */
  | 'DONE'
  /** Planifiée */
  | 'PLANNED';

/** Filtre sur EvaluationStatus */
export type EvaluationStatusFilter = {
  /** Égal à */
  eq?: EvaluationStatus | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<EvaluationStatus> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: EvaluationStatus | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<EvaluationStatus> | null | undefined;
};

/** Le filtre de la liste exportée : celui que prend sa requête (un seul champ, celui de la liste) */
export type ExportFilter = {
  /** Filtre de la liste AUDIT_EVENTS */
  auditEvents?: AuditEventFilter | null | undefined;
  /** Filtre de la liste CANDIDATES */
  candidates?: CandidateFilter | null | undefined;
  /** Filtre de la liste CERTIFICATES */
  certificates?: CertificateFilter | null | undefined;
  /** Filtre de la liste CRITERION_RESULTS */
  criterionResults?: CriterionResultFilter | null | undefined;
  /** Filtre de la liste DOSSIERS */
  dossiers?: DossierFilter | null | undefined;
  /** Filtre de la liste ESTABLISHMENTS */
  establishments?: EstablishmentFilter | null | undefined;
  /** Filtre de la liste EVALUATION_SESSIONS */
  evaluationSessions?: EvaluationSessionFilter | null | undefined;
  /** Filtre de la liste EVALUATIONS */
  evaluations?: EvaluationFilter | null | undefined;
  /** Filtre de la liste FUNDING_LINES */
  fundingLines?: FundingLineFilter | null | undefined;
  /** Filtre de la liste HABILITATIONS */
  habilitations?: HabilitationFilter | null | undefined;
  /** Filtre de la liste JURY_DECISIONS */
  juryDecisions?: JurySubmissionFilter | null | undefined;
  /** Filtre de la liste JURY_SESSIONS */
  jurySessions?: JurySessionFilter | null | undefined;
  /** Filtre de la liste NETWORKS */
  networks?: NetworkFilter | null | undefined;
  /** Filtre de la liste ORGANISATIONS */
  organisations?: OrganisationFilter | null | undefined;
  /** Filtre de la liste TRAINING_PATHS */
  trainingPaths?: TrainingPathFilter | null | undefined;
  /** Filtre de la liste USERS */
  users?: UserFilter | null | undefined;
};

/** CSV (UTF-8 avec BOM, séparateur ;) ou classeur XLSX */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** État d'un export en tâche de fond */
export type ExportJobStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Liste exportable */
export type ExportList =
  /** Journal d'audit */
  | 'AUDIT_EVENTS'
  /** Candidats (pseudonymes ; identités pour l'administration et le personnel de l'établissement) */
  | 'CANDIDATES'
  /** Certificats délivrés */
  | 'CERTIFICATES'
  /** Résultats par critère des évaluations (pseudonymes) */
  | 'CRITERION_RESULTS'
  /** Dossiers des candidats */
  | 'DOSSIERS'
  /** Établissements */
  | 'ESTABLISHMENTS'
  /** Évaluations (préalables et finales) */
  | 'EVALUATIONS'
  /** Sessions d'évaluation */
  | 'EVALUATION_SESSIONS'
  /** Lignes de financement */
  | 'FUNDING_LINES'
  /** Habilitations des établissements */
  | 'HABILITATIONS'
  /** Présentations au jury et décisions */
  | 'JURY_DECISIONS'
  /** Sessions de jury */
  | 'JURY_SESSIONS'
  /** Réseaux */
  | 'NETWORKS'
  /** Organismes */
  | 'ORGANISATIONS'
  /** Parcours de formation */
  | 'TRAINING_PATHS'
  /** Comptes des utilisateurs (ceux que l'on administre) */
  | 'USERS';

export type FunderType =
  /** CPF (Mon Compte Formation) */
  | 'CPF'
  /** Employeur */
  | 'EMPLOYER'
  /** France Travail */
  | 'FRANCE_TRAVAIL'
  /** OPCO */
  | 'OPCO'
  /** Autre */
  | 'OTHER'
  /** Région */
  | 'REGION'
  /** Autofinancement */
  | 'SELF'
  /** Transitions Pro */
  | 'TRANSITIONS_PRO';

/** Filtre sur FunderType */
export type FunderTypeFilter = {
  /** Égal à */
  eq?: FunderType | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<FunderType> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: FunderType | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<FunderType> | null | undefined;
};

/** Filtre des lignes de financement */
export type FundingLineFilter = {
  /** Montant en euros */
  amount?: DecimalFilter | null | undefined;
  /** Toutes ces conditions */
  and?: Array<FundingLineFilter> | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Son dossier */
  dossier?: DossierFilter | null | undefined;
  dossierId?: IdFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  /** Référence chez le financeur */
  funderReference?: StringFilter | null | undefined;
  /** Type de financeur */
  funderType?: FunderTypeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: FundingLineFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<FundingLineFilter> | null | undefined;
  /** Statut */
  status?: FundingStatusFilter | null | undefined;
  /** Étape financée */
  step?: FundingStepFilter | null | undefined;
};

export type FundingStatus =
  /** Accordé */
  | 'AGREED'
  /** Annulé */
  | 'CANCELLED'
  /** Payé */
  | 'PAID'
  /** Refusé */
  | 'REFUSED'
  /** Demandé */
  | 'REQUESTED';

/** Filtre sur FundingStatus */
export type FundingStatusFilter = {
  /** Égal à */
  eq?: FundingStatus | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<FundingStatus> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: FundingStatus | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<FundingStatus> | null | undefined;
};

export type FundingStep =
  /** Certification */
  | 'CERTIFICATION'
  /** Évaluation finale */
  | 'FINAL'
  /** Évaluation préalable */
  | 'PRELIMINARY'
  /** Formation */
  | 'TRAINING';

/** Filtre sur FundingStep */
export type FundingStepFilter = {
  /** Égal à */
  eq?: FundingStep | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<FundingStep> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: FundingStep | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<FundingStep> | null | undefined;
};

export type Gender =
  /** Femme */
  | 'FEMALE'
  /** Homme */
  | 'MALE';

/** Filtre sur Gender */
export type GenderFilter = {
  /** Égal à */
  eq?: Gender | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<Gender> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: Gender | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<Gender> | null | undefined;
};

export type HabilitationAction =
  | 'GRANT'
  | 'REFUSE'
  | 'REINSTATE'
  | 'RENEW'
  | 'SUSPEND'
  | 'WITHDRAW';

/** Filtre des habilitations */
export type HabilitationFilter = {
  /** Toutes ces conditions */
  and?: Array<HabilitationFilter> | null | undefined;
  /** Certification */
  certificationCode?: CertificationCodeFilter | null | undefined;
  certificationId?: IdFilter | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Date de la décision du certificateur */
  decisionDate?: DateFilter | null | undefined;
  /** Fin de validité */
  endDate?: DateFilter | null | undefined;
  /** Son établissement */
  establishment?: EstablishmentFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: HabilitationFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<HabilitationFilter> | null | undefined;
  /** Rôle (évaluateur, formateur) */
  role?: HabilitationRoleFilter | null | undefined;
  /** Début de validité */
  startDate?: DateFilter | null | undefined;
  /** Statut effectif (EXPIRED = accordée et échue) */
  status?: HabilitationStatusFilter | null | undefined;
};

export type HabilitationRole =
  | 'EVALUATOR'
  | 'TRAINER';

/** Filtre sur HabilitationRole */
export type HabilitationRoleFilter = {
  /** Égal à */
  eq?: HabilitationRole | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<HabilitationRole> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: HabilitationRole | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<HabilitationRole> | null | undefined;
};

export type HabilitationStatus =
  | 'EXPIRED'
  | 'GRANTED'
  | 'REFUSED'
  | 'REQUESTED'
  | 'SUSPENDED'
  | 'WITHDRAWN';

/** Filtre sur HabilitationStatus */
export type HabilitationStatusFilter = {
  /** Égal à */
  eq?: HabilitationStatus | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<HabilitationStatus> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: HabilitationStatus | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<HabilitationStatus> | null | undefined;
};

/** Filtre sur un identifiant */
export type IdFilter = {
  /** Égal à */
  eq?: string | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<string> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: string | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<string> | null | undefined;
};

/** Format d'un fichier d'import (CSV UTF-8 ou classeur XLSX) */
export type ImportFileFormat =
  | 'CSV'
  | 'XLSX';

/** État d'un import en cours ou terminé */
export type ImportJobStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Ce qu'un fichier importe */
export type ImportKind =
  /** Établissements d'un réseau */
  | 'ESTABLISHMENTS'
  /** Personnel des établissements (affectations) */
  | 'STAFF';

/** Fichier d'une version (JSON ou CSV) à importer comme brouillon */
export type ImportReferentialInput = {
  certificationCode: CertificationCode;
  /** Contenu du fichier (texte UTF-8) */
  content: string;
  format: ReferentialFileFormat;
  label: string;
  version: string;
};

/** Filtre sur un nombre entier */
export type IntFilter = {
  /** Entre deux bornes incluses : [min, max] */
  between?: Array<number> | null | undefined;
  /** Égal à */
  eq?: number | null | undefined;
  /** Strictement supérieur à */
  gt?: number | null | undefined;
  /** Supérieur ou égal à */
  gte?: number | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<number> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Strictement inférieur à */
  lt?: number | null | undefined;
  /** Inférieur ou égal à */
  lte?: number | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: number | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<number> | null | undefined;
};

/** Invitation d'un nouvel utilisateur */
export type InviteUserInput = {
  displayName: string;
  email: string;
  roles: Array<RoleGrantInput>;
};

export type JuryDecisionValue =
  /** Ajourné */
  | 'ADJOURNED'
  /** Certifié */
  | 'CERTIFIED';

/** Filtre sur JuryDecisionValue */
export type JuryDecisionValueFilter = {
  /** Égal à */
  eq?: JuryDecisionValue | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<JuryDecisionValue> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: JuryDecisionValue | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<JuryDecisionValue> | null | undefined;
};

/** Un membre d'une session de jury : un compte qui a le rôle JURY */
export type JuryMemberInput = {
  /** EMPLOYER (employeurs), EMPLOYEE (salariés) ou OTHER (par défaut) */
  college?: string | null | undefined;
  userId: string;
};

export type JuryMode =
  /** Sur place */
  | 'ON_SITE'
  /** À distance */
  | 'REMOTE';

/** Filtre sur JuryMode */
export type JuryModeFilter = {
  /** Égal à */
  eq?: JuryMode | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<JuryMode> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: JuryMode | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<JuryMode> | null | undefined;
};

/** Filtre des sessions de jury */
export type JurySessionFilter = {
  /** Toutes ces conditions */
  and?: Array<JurySessionFilter> | null | undefined;
  /** Certification */
  certificationCode?: CertificationCodeFilter | null | undefined;
  certificationId?: IdFilter | null | undefined;
  /** Close (plus aucune décision ni présentation) */
  closed?: BooleanFilter | null | undefined;
  /** Clôture */
  closedAt?: DateTimeFilter | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Créée par */
  createdById?: IdFilter | null | undefined;
  /** Date de la session */
  heldOn?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Lieu ou lien */
  location?: StringFilter | null | undefined;
  /** Sur place ou à distance */
  mode?: JuryModeFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: JurySessionFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<JurySessionFilter> | null | undefined;
  /** Organisateur */
  organiser?: StringFilter | null | undefined;
  /** Une des présentations que vous pouvez voir */
  submissions?: JurySubmissionFilter | null | undefined;
};

/** Un critère de tri de JurySession (l'identifiant départage toujours en dernier) */
export type JurySessionOrder = {
  direction?: SortDirection;
  field: JurySessionOrderField;
};

export type JurySessionOrderField =
  /** Création */
  | 'CREATED_AT'
  /** Date de la session */
  | 'HELD_ON'
  /** Organisateur */
  | 'ORGANISER';

/** Filtre des présentations au jury et de leurs décisions */
export type JurySubmissionFilter = {
  /** Toutes ces conditions */
  and?: Array<JurySubmissionFilter> | null | undefined;
  /** Présentation */
  createdAt?: DateTimeFilter | null | undefined;
  /** Date de la décision */
  decidedAt?: DateTimeFilter | null | undefined;
  /** Auteur de la décision */
  decidedById?: IdFilter | null | undefined;
  /** Décision (nulle tant qu'elle n'est pas prise) */
  decision?: JuryDecisionValueFilter | null | undefined;
  /** Son dossier */
  dossier?: DossierFilter | null | undefined;
  dossierId?: IdFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  /** Date de la session de jury */
  heldOn?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Sa session de jury */
  jurySession?: JurySessionFilter | null | undefined;
  jurySessionId?: IdFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: JurySubmissionFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<JurySubmissionFilter> | null | undefined;
  /** Motif */
  reason?: StringFilter | null | undefined;
  /** Auteur de la présentation */
  submittedById?: IdFilter | null | undefined;
};

/** Filtre des réseaux */
export type NetworkFilter = {
  /** Toutes ces conditions */
  and?: Array<NetworkFilter> | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Famille du réseau */
  kind?: NetworkKindFilter | null | undefined;
  /** Nom */
  name?: StringFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: NetworkFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<NetworkFilter> | null | undefined;
  /** Texte cherché dans le nom (sans tenir compte de la casse ni des accents avec contains) */
  search?: StringFilter | null | undefined;
};

/** Famille du réseau de centres */
export type NetworkKind =
  | 'AFPA'
  | 'APP'
  | 'GRETA'
  | 'OTHER'
  | 'PRIVATE';

/** Filtre sur NetworkKind */
export type NetworkKindFilter = {
  /** Égal à */
  eq?: NetworkKind | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<NetworkKind> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: NetworkKind | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<NetworkKind> | null | undefined;
};

/** Un critère de tri de Network (l'identifiant départage toujours en dernier) */
export type NetworkOrder = {
  direction?: SortDirection;
  field: NetworkOrderField;
};

export type NetworkOrderField =
  /** Création */
  | 'CREATED_AT'
  /** Famille (ordre alphabétique du code) */
  | 'KIND'
  /** Nom */
  | 'NAME';

/** Ouverture d'un dossier (après l'entretien conseil) */
export type OpenDossierInput = {
  candidateId: string;
  certificationCode: CertificationCode;
  /** Établissement évaluateur qui tient le dossier ; par défaut, celui du candidat */
  establishmentId?: string | null | undefined;
};

/** Filtre des organismes */
export type OrganisationFilter = {
  /** Toutes ces conditions */
  and?: Array<OrganisationFilter> | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Raison sociale */
  legalName?: StringFilter | null | undefined;
  /** Son réseau */
  network?: NetworkFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: OrganisationFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<OrganisationFilter> | null | undefined;
  /** Fin de validité de la certification Qualiopi */
  qualiopiValidUntil?: DateFilter | null | undefined;
  /** Texte cherché dans la raison sociale et le SIREN (avec contains : sans tenir compte de la casse ni des accents) */
  search?: StringFilter | null | undefined;
  /** SIREN */
  siren?: StringFilter | null | undefined;
  /** Numéro de déclaration d'activité (NDA) */
  trainingDeclarationNumber?: StringFilter | null | undefined;
};

/** Planification d'une session d'évaluation */
export type PlanEvaluationSessionInput = {
  capacity: number;
  certificationCode: CertificationCode;
  endsAt: string;
  establishmentId: string;
  /** L'évaluateur : une personne affectée comme évaluateur à l'établissement */
  evaluatorId: string;
  kind: EvaluationSessionKind;
  siteAddress: string;
  startsAt: string;
};

/** Planification d'une évaluation finale, sur des domaines non acquis et travaillés en formation */
export type PlanFinalEvaluationInput = {
  /** Codes des domaines évalués (ex. D3) */
  domainCodes: Array<string>;
  dossierId: string;
  /** L'évaluateur : une personne affectée comme évaluateur à l'établissement du dossier */
  evaluatorId: string;
  /** Date prévue ; par défaut, le jour de la session choisie */
  plannedOn?: string | null | undefined;
  /** Session d'évaluation où réserver une place (même établissement, certification et type) */
  sessionId?: string | null | undefined;
  /** Version du dossier lue */
  version: number;
};

/** Planification de l'évaluation préalable */
export type PlanPreliminaryEvaluationInput = {
  dossierId: string;
  /** L'évaluateur : une personne affectée comme évaluateur à l'établissement du dossier */
  evaluatorId: string;
  /** Date prévue ; par défaut, le jour de la session choisie */
  plannedOn?: string | null | undefined;
  /** Session d'évaluation où réserver une place (même établissement, certification et type) */
  sessionId?: string | null | undefined;
  /** Version du dossier lue */
  version: number;
};

/** Planification d'un parcours de formation sur des domaines non acquis */
export type PlanTrainingPathInput = {
  domains: Array<TrainingPathDomainInput>;
  dossierId: string;
  endsOn: string;
  startsOn: string;
  /** Formateur ayant un compte sur la plateforme */
  trainerId?: string | null | undefined;
  /** Nom du formateur (sans compte sur la plateforme) */
  trainerName?: string | null | undefined;
  /** Établissement de formation, s'il est sur la plateforme */
  trainingEstablishmentId?: string | null | undefined;
  /** Organisme de formation */
  trainingOrganisation: string;
};

/** Origine de la démarche */
export type Prescriber =
  /** Conseil en évolution professionnelle (CEP) */
  | 'CEP'
  /** Employeur */
  | 'EMPLOYER'
  /** France Travail */
  | 'FRANCE_TRAVAIL'
  /** OPCO */
  | 'OPCO'
  /** Autre */
  | 'OTHER'
  /** Région */
  | 'REGION'
  /** Démarche personnelle */
  | 'SELF';

/** Filtre sur Prescriber */
export type PrescriberFilter = {
  /** Égal à */
  eq?: Prescriber | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<Prescriber> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: Prescriber | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<Prescriber> | null | undefined;
};

/** Plus haut niveau de diplôme (nomenclature de 2019) */
export type QualificationLevel =
  /** Niveau 3 (CAP, BEP) */
  | 'LEVEL_3_CAP_BEP'
  /** Niveau 4 (baccalauréat) */
  | 'LEVEL_4_BAC'
  /** Niveau 5 (bac+2 : BTS, DUT) */
  | 'LEVEL_5_BAC_PLUS_2'
  /** Niveau 6 et plus (licence et au-delà) */
  | 'LEVEL_6_AND_ABOVE'
  /** Sans diplôme (niveaux 1-2) */
  | 'NO_DIPLOMA';

/** Filtre sur QualificationLevel */
export type QualificationLevelFilter = {
  /** Égal à */
  eq?: QualificationLevel | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<QualificationLevel> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: QualificationLevel | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<QualificationLevel> | null | undefined;
};

/** Saisie d'une évaluation réalisée : un résultat pour chaque critère évalué, en une fois */
export type RecordEvaluationInput = {
  /** Contexte (situation de travail, branche) */
  context?: string | null | undefined;
  dossierId: string;
  /** Durée en minutes */
  durationMinutes: number;
  /** Date de réalisation */
  heldOn: string;
  results: Array<CriterionResultInput>;
  /** Version du dossier lue */
  version: number;
};

/** Habilitation personnelle d'un évaluateur (formation suivie) */
export type RecordEvaluatorAccreditationInput = {
  certificationCode: CertificationCode;
  /** Référence de l'attestation de formation */
  reference: string;
  /** Date de la formation ; jamais dans le futur */
  trainedOn: string;
  userId: string;
};

/** Décision du jury sur le dossier qui lui est présenté */
export type RecordJuryDecisionInput = {
  decision: JuryDecisionValue;
  dossierId: string;
  /** Motif : obligatoire pour un ajournement */
  reason?: string | null | undefined;
  /** Version du dossier lue */
  version: number;
};

/** Format d'un fichier de référentiel */
export type ReferentialFileFormat =
  | 'CSV'
  | 'JSON';

/** Brouillon, publiée (immuable) ou retirée */
export type ReferentialStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

/** Renouvellement : la période suivante, du lendemain de la fin de la période renouvelée à `endDate` */
export type RenewHabilitationInput = {
  /** Date de la décision du certificateur (par défaut : aujourd'hui) */
  decisionDate?: string | null | undefined;
  decisionReference?: string | null | undefined;
  /** Fin de la nouvelle période */
  endDate: string;
};

/** Axe de regroupement ; tous ne valent pas pour tous les sujets (refus BAD_USER_INPUT sinon) */
export type ReportDimension =
  /** Tranche d'âge à l'ouverture du dossier */
  | 'AGE_BAND_AT_OPENING'
  /** Tranche d'âge à l'évaluation préalable */
  | 'AGE_BAND_AT_PRELIMINARY'
  /** Date de délivrance du certificat, tronquée */
  | 'CERTIFICATE_DATE'
  /** Certification */
  | 'CERTIFICATION'
  /** Critère (résultats par critère) */
  | 'CRITERION'
  /** Département de l'établissement */
  | 'DEPARTMENT'
  /** Domaine du référentiel (résultats, parcours) */
  | 'DOMAIN'
  /** Statut du candidat à l'inscription */
  | 'ENTRY_STATUS'
  /** Établissement qui porte le dossier */
  | 'ESTABLISHMENT'
  /** Date de réalisation de l'évaluation, tronquée */
  | 'EVALUATION_DATE'
  /** Évaluation préalable ou finale */
  | 'EVALUATION_KIND'
  /** Évaluateur (identifiant ; nom masqué pour les analystes) */
  | 'EVALUATOR'
  /** Type de financeur (lignes de financement) */
  | 'FUNDER_TYPE'
  /** Statut du financement (lignes de financement) */
  | 'FUNDING_STATUS'
  /** Étape financée (lignes de financement) */
  | 'FUNDING_STEP'
  /** Sexe du candidat */
  | 'GENDER'
  /** Date du jury, tronquée (certificats) */
  | 'JURY_DATE'
  /** Réseau */
  | 'NETWORK'
  /** Date d'ouverture du dossier, tronquée */
  | 'OPENED_ON'
  /** Date de l'évaluation préalable, tronquée */
  | 'PRELIMINARY_DATE'
  /** Origine de la démarche */
  | 'PRESCRIBER'
  /** Niveau de qualification du candidat */
  | 'QUALIFICATION_LEVEL'
  /** Version du référentiel du dossier */
  | 'REFERENTIAL_VERSION'
  /** Région de l'établissement */
  | 'REGION'
  /** État du dossier */
  | 'STATE'
  /** Sous-domaine (résultats par critère ou sous-domaine) */
  | 'SUB_DOMAIN'
  /** Organisme de formation (du parcours ; sinon du dernier parcours du dossier) */
  | 'TRAINING_ORGANISATION'
  /** Date de début du parcours, tronquée */
  | 'TRAINING_START_DATE';

/** Mesure calculée par groupe */
export type ReportMeasure =
  /** Part des résultats acquis (critère, sous-domaine validé, domaine) */
  | 'ACQUISITION_RATE'
  /** Montant par candidat distinct */
  | 'AMOUNT_PER_CANDIDATE'
  /** Heures réalisées par parcours (parcours renseignés) */
  | 'AVG_ACTUAL_HOURS'
  /** Montant moyen par ligne de financement */
  | 'AVG_AMOUNT'
  /** Heures prévues par parcours */
  | 'AVG_PLANNED_HOURS'
  /** Part des dossiers avec évaluation préalable certifiés dans les 5 ans */
  | 'CERTIFICATION_RATE_5Y'
  /** Nombre de lignes du sujet (distinctes) */
  | 'COUNT'
  /** Part des évaluations préalables réalisées où tous les domaines sont acquis */
  | 'DIRECT_TO_JURY_RATE'
  /** Nombre de candidats distincts */
  | 'DISTINCT_CANDIDATES'
  /** Part des dossiers avec évaluation préalable expirés */
  | 'EXPIRED_RATE'
  /** Médiane des jours entre deux étapes (argument interval) */
  | 'MEDIAN_DAYS'
  /** Part des résultats non acquis (difficulté) */
  | 'NOT_ACQUIRED_RATE'
  /** 90e centile des jours entre deux étapes (argument interval) */
  | 'P90_DAYS'
  /** Part des résultats acquis à l'évaluation préalable */
  | 'PRELIMINARY_ACQUISITION_RATE'
  /** Somme des heures réalisées (exacte) */
  | 'SUM_ACTUAL_HOURS'
  /** Somme des montants (exacte, en euros) */
  | 'SUM_AMOUNT'
  /** Somme des heures prévues (exacte) */
  | 'SUM_PLANNED_HOURS'
  /** Part des dossiers avec évaluation préalable clos par abandon */
  | 'WITHDRAWN_RATE';

/** Reprise de la formation après un ajournement */
export type ResumeTrainingInput = {
  dossierId: string;
  /** Version du dossier lue */
  version: number;
};

/** Nouvelle présentation au jury après un ajournement */
export type ReturnToJuryInput = {
  dossierId: string;
  /** Version du dossier lue */
  version: number;
};

/** Rôle d'un utilisateur ; chacun a son périmètre (national, réseau ou établissement) */
export type Role =
  /** Administrateur national */
  | 'ADMIN'
  /** Conseiller */
  | 'ADVISOR'
  /** Analyste */
  | 'ANALYST'
  /** Responsable de centre */
  | 'CENTRE_MANAGER'
  /** Évaluateur */
  | 'EVALUATOR'
  /** Membre de jury */
  | 'JURY'
  /** Responsable de réseau */
  | 'NETWORK_MANAGER'
  /** Formateur */
  | 'TRAINER';

/** Filtre sur un rôle d'un compte */
export type RoleAssignmentFilter = {
  /** Toutes ces conditions */
  and?: Array<RoleAssignmentFilter> | null | undefined;
  /** Établissement du rôle */
  establishmentId?: IdFilter | null | undefined;
  /** Réseau du rôle */
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: RoleAssignmentFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<RoleAssignmentFilter> | null | undefined;
  /** Rôle */
  role?: RoleFilter | null | undefined;
};

/** Filtre sur Role */
export type RoleFilter = {
  /** Égal à */
  eq?: Role | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<Role> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: Role | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<Role> | null | undefined;
};

/** Un rôle à attribuer, avec son périmètre : rien (national), un réseau, ou un établissement */
export type RoleGrantInput = {
  establishmentId?: string | null | undefined;
  networkId?: string | null | undefined;
  role: Role;
};

/** Qui voit et exécute un rapport enregistré */
export type SavedReportVisibility =
  /** Les utilisateurs ayant un rôle dans le réseau du rapport */
  | 'NETWORK'
  /** Son auteur seulement */
  | 'PRIVATE'
  /** Tous les utilisateurs connectés */
  | 'PUBLIC';

export type SortDirection =
  /** Croissant */
  | 'ASC'
  /** Décroissant */
  | 'DESC';

/** Fonction d'une personne dans un établissement */
export type StaffFunction =
  /** Conseiller */
  | 'ADVISOR'
  /** Responsable de centre */
  | 'CENTRE_MANAGER'
  /** Évaluateur */
  | 'EVALUATOR'
  /** Formateur */
  | 'TRAINER';

/** Un export à lancer en tâche de fond */
export type StartExportInput = {
  filter?: ExportFilter | null | undefined;
  format: ExportFormat;
  /** CSV : virgule décimale et dates jj/mm/aaaa */
  frenchFormats?: boolean | null | undefined;
  list: ExportList;
};

/** Filtre sur un texte */
export type StringFilter = {
  /** Contient ce texte (sans tenir compte de la casse ni des accents) */
  contains?: string | null | undefined;
  /** Égal à */
  eq?: string | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<string> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: string | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<string> | null | undefined;
  /** Commence par ce texte (sans tenir compte de la casse ni des accents) */
  startsWith?: string | null | undefined;
};

/** Présentation d'un dossier prêt à une session de jury */
export type SubmitToJuryInput = {
  dossierId: string;
  jurySessionId: string;
  /** Version du dossier lue */
  version: number;
};

/** Heures réalisées sur un domaine */
export type TrainingPathActualHoursInput = {
  /** Heures réalisées, nombre décimal exact (ex. "10" ou "7.5"), 0 ou plus */
  actualHours: string;
  domainCode: string;
};

/** Heures prévues sur un domaine */
export type TrainingPathDomainInput = {
  /** Code du domaine (ex. D3) */
  domainCode: string;
  /** Heures prévues, nombre décimal exact (ex. "12.5"), plus grand que 0 */
  plannedHours: string;
};

/** Filtre des parcours de formation */
export type TrainingPathFilter = {
  /** Toutes ces conditions */
  and?: Array<TrainingPathFilter> | null | undefined;
  /** Fin réelle */
  completedOn?: DateFilter | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Codes des domaines visés, séparés par une espace (ex. contains: "D3") */
  domainCode?: StringFilter | null | undefined;
  /** Son dossier */
  dossier?: DossierFilter | null | undefined;
  dossierId?: IdFilter | null | undefined;
  /** Fin prévue */
  endsOn?: DateFilter | null | undefined;
  establishmentId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  networkId?: IdFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: TrainingPathFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<TrainingPathFilter> | null | undefined;
  /** Début */
  startsOn?: DateFilter | null | undefined;
  /** Statut */
  status?: TrainingPathStatusFilter | null | undefined;
  /** Formateur (s'il a un compte) */
  trainerId?: IdFilter | null | undefined;
  /** Nom du formateur */
  trainerName?: StringFilter | null | undefined;
  /** Établissement de formation (s'il est sur la plateforme) */
  trainingEstablishmentId?: IdFilter | null | undefined;
  /** Organisme de formation */
  trainingOrganisation?: StringFilter | null | undefined;
};

export type TrainingPathStatus =
  /** Annulé */
  | 'CANCELLED'
  /** Terminé */
  | 'COMPLETED'
  /** Planifié */
  | 'PLANNED';

/** Filtre sur TrainingPathStatus */
export type TrainingPathStatusFilter = {
  /** Égal à */
  eq?: TrainingPathStatus | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<TrainingPathStatus> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: TrainingPathStatus | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<TrainingPathStatus> | null | undefined;
};

export type UpdateCriterionInput = {
  code?: string | null | undefined;
  note?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateDomainInput = {
  /** Changer le code renumérote les sous-domaines et critères du domaine */
  code?: string | null | undefined;
  note?: string | null | undefined;
  shortTitle?: string | null | undefined;
  title?: string | null | undefined;
};

/** Modification d'un établissement : seuls les champs donnés changent */
export type UpdateEstablishmentInput = {
  addressLine?: string | null | undefined;
  city?: string | null | undefined;
  departmentCode?: string | null | undefined;
  name?: string | null | undefined;
  postalCode?: string | null | undefined;
};

/** Modification d'une ligne de financement : seuls les champs donnés changent */
export type UpdateFundingLineInput = {
  amount?: string | null | undefined;
  /** Chaîne vide : retire la référence (sauf CPF) */
  funderReference?: string | null | undefined;
  funderType?: FunderType | null | undefined;
  status?: FundingStatus | null | undefined;
  step?: FundingStep | null | undefined;
};

/** Modification d'un réseau : seuls les champs donnés changent */
export type UpdateNetworkInput = {
  kind?: NetworkKind | null | undefined;
  name?: string | null | undefined;
};

/** Modification d'un organisme : seuls les champs donnés changent (null efface un champ facultatif) */
export type UpdateOrganisationInput = {
  legalName?: string | null | undefined;
  qualiopiValidUntil?: string | null | undefined;
  trainingDeclarationNumber?: string | null | undefined;
};

/** Modification d'un rapport enregistré : seuls les champs donnés changent */
export type UpdateSavedReportInput = {
  /** Une chaîne vide efface la description */
  description?: string | null | undefined;
  document?: string | null | undefined;
  name?: string | null | undefined;
  networkId?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
  visibility?: SavedReportVisibility | null | undefined;
};

export type UpdateSubDomainInput = {
  /** Changer le code renumérote les critères du sous-domaine */
  code?: string | null | undefined;
  mandatoryCriteria?: Array<string> | null | undefined;
  note?: string | null | undefined;
  thresholdPercent?: number | null | undefined;
  title?: string | null | undefined;
};

/** Filtre des comptes */
export type UserFilter = {
  /** Toutes ces conditions */
  and?: Array<UserFilter> | null | undefined;
  /** Création */
  createdAt?: DateTimeFilter | null | undefined;
  /** Nom affiché */
  displayName?: StringFilter | null | undefined;
  /** Adresse e-mail */
  email?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Invitation pas encore acceptée */
  invitationPending?: BooleanFilter | null | undefined;
  /** Dernière connexion */
  lastSignInAt?: DateTimeFilter | null | undefined;
  /** Le contraire de cette condition */
  not?: UserFilter | null | undefined;
  /** Au moins une de ces conditions */
  or?: Array<UserFilter> | null | undefined;
  /** Un de ses rôles en cours (parmi ceux que l'on peut voir) */
  roles?: RoleAssignmentFilter | null | undefined;
  /** Texte cherché dans l'adresse e-mail et le nom (avec contains : sans tenir compte de la casse ni des accents) */
  search?: StringFilter | null | undefined;
  /** Statut du compte */
  status?: UserStatusFilter | null | undefined;
};

/** Un critère de tri de User (l'identifiant départage toujours en dernier) */
export type UserOrder = {
  direction?: SortDirection;
  field: UserOrderField;
};

export type UserOrderField =
  /** Création */
  | 'CREATED_AT'
  /** Nom affiché */
  | 'DISPLAY_NAME'
  /** Adresse e-mail */
  | 'EMAIL'
  /** Dernière connexion (les comptes jamais connectés en premier dans l'ordre croissant) */
  | 'LAST_SIGN_IN_AT'
  /** Statut (ordre alphabétique du code) */
  | 'STATUS';

export type UserStatus =
  /** Actif */
  | 'ACTIVE'
  /** Désactivé */
  | 'DISABLED';

/** Filtre sur UserStatus */
export type UserStatusFilter = {
  /** Égal à */
  eq?: UserStatus | null | undefined;
  /** Parmi ces valeurs (au plus 1 000) */
  in?: Array<UserStatus> | null | undefined;
  /** true : valeur absente ; false : valeur présente */
  isNull?: boolean | null | undefined;
  /** Différent de (une valeur absente compte comme différente) */
  ne?: UserStatus | null | undefined;
  /** Hors de ces valeurs (au plus 1 000) */
  notIn?: Array<UserStatus> | null | undefined;
};

/** Clôture d'un dossier à la demande du candidat */
export type WithdrawDossierInput = {
  dossierId: string;
  /** Motif de l'abandon */
  reason: string;
  /** Version du dossier lue */
  version: number;
};

export type NetworkAttentionQueryVariables = Exact<{
  networkId?: string | null | undefined;
}>;


export type NetworkAttentionQuery = { networkAttention: { today: string, horizonDays: number, expiringHabilitations: { totalCount: number, edges: Array<{ node: { id: string, role: HabilitationRole, endDate: string | null, certification: { id: string, name: string }, establishment: { id: string, name: string } } }> }, organisationsWithExpiredQualiopi: { totalCount: number, edges: Array<{ node: { id: string, legalName: string, qualiopiValidUntil: string | null } }> }, establishmentsWithoutEvaluator: { totalCount: number, edges: Array<{ node: { id: string, name: string, city: string } }> }, sessionsOverCapacity: { totalCount: number, edges: Array<{ node: { id: string, startsAt: string, capacity: number, enrolled: number, establishmentId: string, establishment: { id: string, name: string } } }> } } };

export type AuditEventRowFragment = { id: string, occurredAt: string, actorId: string | null, actorRoles: Array<string>, action: AuditAction, entityType: string, entityId: string | null, changedFields: Array<string> };

export type AuditEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
  orderBy?: Array<AuditEventOrder> | AuditEventOrder | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, occurredAt: string, actorId: string | null, actorRoles: Array<string>, action: AuditAction, entityType: string, entityId: string | null, changedFields: Array<string> } }> } };

export type AuditActorQueryVariables = Exact<{
  id: string;
}>;


export type AuditActorQuery = { user: { id: string, displayName: string, email: string } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { accessToken: string, expiresAt: string, user: { id: string, email: string, displayName: string, roles: Array<{ role: Role, networkId: string | null, establishmentId: string | null, network: { id: string, name: string } | null, establishment: { id: string, name: string } | null }> } } };

export type CandidateRowFragment = { id: string, pseudonym: string, ageBand: string, entryStatus: EntryStatus, createdAt: string, establishment: { id: string, name: string } } & { lastName?: string | null, usualName?: string | null, firstNames?: string | null };

export type CandidatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: CandidateFilter | null | undefined;
  orderBy?: Array<CandidateOrder> | CandidateOrder | null | undefined;
  withIdentity?: boolean | null | undefined;
}>;


export type CandidatesQuery = { candidates: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, pseudonym: string, ageBand: string, entryStatus: EntryStatus, createdAt: string, lastName?: string | null, usualName?: string | null, firstNames?: string | null, establishment: { id: string, name: string } } }> } };

export type CandidateFieldsFragment = { id: string, pseudonym: string, gender: Gender, ageBand: string, entryStatus: EntryStatus, qualificationLevel: QualificationLevel, prescriber: Prescriber, establishmentId: string, networkId: string, createdAt: string, establishment: { id: string, name: string, city: string } } & { lastName?: string | null, usualName?: string | null, firstNames?: string | null, birthDate?: string | null, birthPlace?: string | null, bornAbroad?: boolean | null, email?: string | null, phone?: string | null, employerSiret?: string | null, address?: { line: string | null, complement: string | null, postalCode: string | null, city: string | null } | null };

export type CandidateQueryVariables = Exact<{
  id: string;
  withIdentity?: boolean | null | undefined;
}>;


export type CandidateQuery = { candidate: { id: string, pseudonym: string, gender: Gender, ageBand: string, entryStatus: EntryStatus, qualificationLevel: QualificationLevel, prescriber: Prescriber, establishmentId: string, networkId: string, createdAt: string, lastName?: string | null, usualName?: string | null, firstNames?: string | null, birthDate?: string | null, birthPlace?: string | null, bornAbroad?: boolean | null, email?: string | null, phone?: string | null, employerSiret?: string | null, establishment: { id: string, name: string, city: string }, address?: { line: string | null, complement: string | null, postalCode: string | null, city: string | null } | null } };

export type CandidateBriefQueryVariables = Exact<{
  id: string;
}>;


export type CandidateBriefQuery = { candidate: { id: string, pseudonym: string, lastName: string | null, usualName: string | null, firstNames: string | null, birthDate: string | null, birthPlace: string | null, establishment: { id: string, name: string } } };

export type CreateCandidateMutationVariables = Exact<{
  input: CreateCandidateInput;
  idempotencyKey?: string | null | undefined;
  confirmLikelyDuplicate?: boolean | null | undefined;
}>;


export type CreateCandidateMutation = { createCandidate: { id: string, pseudonym: string } };

export type CandidateEstablishmentChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateEstablishmentChoicesQuery = { establishments: { edges: Array<{ node: { id: string, name: string, city: string, networkId: string } }> } };

export type HabilitatedEstablishmentsQueryVariables = Exact<{
  certificationCode: CertificationCode;
}>;


export type HabilitatedEstablishmentsQuery = { establishments: { edges: Array<{ node: { id: string, name: string, city: string } }> } };

export type CertificateFieldsFragment = { id: string, number: string, issuedOn: string, holderInitials: string, attestationPath: string, dossierId: string, establishmentId: string, certification: { id: string, code: CertificationCode, name: string }, establishment: { id: string, name: string } | null };

export type CertificatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: CertificateFilter | null | undefined;
  orderBy?: Array<CertificateOrder> | CertificateOrder | null | undefined;
}>;


export type CertificatesQuery = { certificates: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, issuedOn: string, holderInitials: string, attestationPath: string, dossierId: string, establishmentId: string, certification: { id: string, code: CertificationCode, name: string }, establishment: { id: string, name: string } | null } }> } };

export type CertificateQueryVariables = Exact<{
  id: string;
}>;


export type CertificateQuery = { certificate: { id: string, number: string, issuedOn: string, holderInitials: string, attestationPath: string, dossierId: string, establishmentId: string, certification: { id: string, code: CertificationCode, name: string }, establishment: { id: string, name: string } | null } };

export type DossierCertificateQueryVariables = Exact<{
  id: string;
}>;


export type DossierCertificateQuery = { dossier: { id: string, version: number, certificate: { id: string, number: string, issuedOn: string, holderInitials: string, attestationPath: string, dossierId: string, establishmentId: string, certification: { id: string, code: CertificationCode, name: string }, establishment: { id: string, name: string } | null } | null } };

export type VerifyCertificateQueryVariables = Exact<{
  number: string;
}>;


export type VerifyCertificateQuery = { verifyCertificate: { number: string, certificationName: string, issuedOn: string, holderInitials: string } | null };

export type AggregateRowsFragment = { rows: Array<{ suppressed: boolean, keys: Array<{ dimension: ReportDimension, value: string | null, label: string | null }>, values: Array<{ measure: ReportMeasure, value: number | null }> }> };

export type DashboardNetworkQueryVariables = Exact<{
  expiring: DossierFilter;
}>;


export type DashboardNetworkQuery = { byState: { rows: Array<{ suppressed: boolean, keys: Array<{ dimension: ReportDimension, value: string | null, label: string | null }>, values: Array<{ measure: ReportMeasure, value: number | null }> }> }, certifiedByYear: { rows: Array<{ suppressed: boolean, keys: Array<{ dimension: ReportDimension, value: string | null, label: string | null }>, values: Array<{ measure: ReportMeasure, value: number | null }> }> }, directToJury: { rows: Array<{ suppressed: boolean, keys: Array<{ dimension: ReportDimension, value: string | null, label: string | null }>, values: Array<{ measure: ReportMeasure, value: number | null }> }> }, domains: { rows: Array<{ suppressed: boolean, keys: Array<{ dimension: ReportDimension, value: string | null, label: string | null }>, values: Array<{ measure: ReportMeasure, value: number | null }> }> }, expiringDossiers: { totalCount: number }, networkAttention: { horizonDays: number, expiringHabilitations: { totalCount: number, edges: Array<{ node: { id: string, role: HabilitationRole, endDate: string | null, certification: { id: string, name: string }, establishment: { id: string, name: string } } }> } } };

export type DashboardCentreQueryVariables = Exact<{
  from: string;
}>;


export type DashboardCentreQuery = { byState: { rows: Array<{ suppressed: boolean, keys: Array<{ dimension: ReportDimension, value: string | null, label: string | null }>, values: Array<{ measure: ReportMeasure, value: number | null }> }> }, evaluationSessions: { totalCount: number, edges: Array<{ node: { id: string, kind: EvaluationSessionKind, startsAt: string, capacity: number, enrolled: number, establishment: { id: string, name: string }, certification: { id: string, name: string } } }> } };

export type DashboardAnalystQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAnalystQuery = { directToJuryByYear: { suppressedCount: number, rows: Array<{ suppressed: boolean, keys: Array<{ dimension: ReportDimension, value: string | null, label: string | null }>, values: Array<{ measure: ReportMeasure, value: number | null }> }> }, certificatesByMonth: { suppressedCount: number, rows: Array<{ suppressed: boolean, keys: Array<{ dimension: ReportDimension, value: string | null, label: string | null }>, values: Array<{ measure: ReportMeasure, value: number | null }> }> } };

export type DashboardJuryQueryVariables = Exact<{
  from: string;
}>;


export type DashboardJuryQuery = { jurySessions: { totalCount: number, edges: Array<{ node: { id: string, heldOn: string, location: string | null, certification: { id: string, name: string } } }> }, waiting: { totalCount: number } };

export type DossierRowFragment = { id: string, state: DossierState, openedOn: string, windowEndsOn: string | null, candidate: { id: string, pseudonym: string } & { lastName?: string | null, usualName?: string | null, firstNames?: string | null } | null, certification: { id: string, code: CertificationCode, name: string }, establishment: { id: string, name: string } | null };

export type DossiersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: DossierFilter | null | undefined;
  orderBy?: Array<DossierOrder> | DossierOrder | null | undefined;
  withIdentity?: boolean | null | undefined;
}>;


export type DossiersQuery = { dossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, state: DossierState, openedOn: string, windowEndsOn: string | null, candidate: { id: string, pseudonym: string } & { lastName?: string | null, usualName?: string | null, firstNames?: string | null } | null, certification: { id: string, code: CertificationCode, name: string }, establishment: { id: string, name: string } | null } }> } };

export type DossierQueryVariables = Exact<{
  id: string;
  withIdentity?: boolean | null | undefined;
}>;


export type DossierQuery = { dossier: { version: number, networkId: string, establishmentId: string, referentialId: string, preliminaryDate: string | null, stateChangedAt: string, allowedActions: Array<DossierAction>, id: string, state: DossierState, openedOn: string, windowEndsOn: string | null, referential: { id: string, version: string, label: string }, history: Array<{ id: string, action: DossierAction | null, fromState: DossierState | null, toState: DossierState, version: number, at: string, note: string | null, actor: { id: string, displayName: string } | null }>, domainStatuses: Array<{ acquired: boolean, acquiredOn: string | null, validUntil: string | null, domain: { id: string, code: string, title: string } }>, evaluations: Array<{ id: string, kind: EvaluationSessionKind, status: EvaluationStatus, plannedOn: string, heldOn: string | null, durationMinutes: number | null, context: string | null, domainCodes: Array<string> | null, evaluatorId: string, sessionId: string | null, evaluator: { id: string, displayName: string } | null, domainResults: Array<{ domainId: string, acquired: boolean, acquiredOn: string | null, validUntil: string | null }> }>, trainingPaths: Array<{ id: string, trainingOrganisation: string, trainerId: string | null, trainerName: string | null, startsOn: string, endsOn: string, status: TrainingPathStatus, completedOn: string | null, trainer: { id: string, displayName: string } | null, domains: Array<{ domainId: string, plannedHours: string, actualHours: string | null, domain: { id: string, code: string, title: string } }> }>, candidate: { id: string, pseudonym: string } & { lastName?: string | null, usualName?: string | null, firstNames?: string | null } | null, certification: { id: string, code: CertificationCode, name: string }, establishment: { id: string, name: string } | null } };

export type OpenDossierMutationVariables = Exact<{
  input: OpenDossierInput;
}>;


export type OpenDossierMutation = { openDossier: { id: string, state: DossierState } };

export type AfterTransitionFragment = { id: string, state: DossierState, version: number, allowedActions: Array<DossierAction> };

export type WithdrawDossierMutationVariables = Exact<{
  input: WithdrawDossierInput;
}>;


export type WithdrawDossierMutation = { withdrawDossier: { id: string, state: DossierState, version: number, allowedActions: Array<DossierAction> } };

export type ResumeTrainingMutationVariables = Exact<{
  input: ResumeTrainingInput;
}>;


export type ResumeTrainingMutation = { resumeTraining: { id: string, state: DossierState, version: number, allowedActions: Array<DossierAction> } };

export type EstablishmentRowFragment = { id: string, name: string, siret: string, city: string, departmentCode: string, status: EstablishmentStatus, organisation: { id: string, legalName: string } };

export type EstablishmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: EstablishmentFilter | null | undefined;
  orderBy?: Array<EstablishmentOrder> | EstablishmentOrder | null | undefined;
}>;


export type EstablishmentsQuery = { establishments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, siret: string, city: string, departmentCode: string, status: EstablishmentStatus, organisation: { id: string, legalName: string } } }> } };

export type EstablishmentQueryVariables = Exact<{
  id: string;
}>;


export type EstablishmentQuery = { establishment: { id: string, organisationId: string, siret: string, name: string, addressLine: string, postalCode: string, city: string, departmentCode: string, regionCode: string, status: EstablishmentStatus, closedOn: string | null, department: { code: string, name: string }, region: { code: string, name: string }, organisation: { id: string, legalName: string, siren: string }, network: { id: string, name: string }, habilitations: Array<{ id: string, role: HabilitationRole, status: HabilitationStatus, decisionDate: string | null, decisionReference: string | null, startDate: string | null, endDate: string | null, allowedActions: Array<HabilitationAction>, certification: { id: string, code: CertificationCode, name: string } }> } };

export type OrganisationChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type OrganisationChoicesQuery = { organisations: { edges: Array<{ node: { id: string, legalName: string, siren: string } }> } };

export type OrganisationBriefQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationBriefQuery = { organisation: { id: string, legalName: string, siren: string } };

export type CreateEstablishmentMutationVariables = Exact<{
  input: CreateEstablishmentInput;
}>;


export type CreateEstablishmentMutation = { createEstablishment: { id: string, name: string } };

export type UpdateEstablishmentMutationVariables = Exact<{
  id: string;
  input: UpdateEstablishmentInput;
}>;


export type UpdateEstablishmentMutation = { updateEstablishment: { id: string, name: string, addressLine: string, postalCode: string, city: string, departmentCode: string, regionCode: string } };

export type CloseEstablishmentMutationVariables = Exact<{
  id: string;
  closedOn: string;
}>;


export type CloseEstablishmentMutation = { closeEstablishment: { id: string, status: EstablishmentStatus, closedOn: string | null } };

export type ReopenEstablishmentMutationVariables = Exact<{
  id: string;
}>;


export type ReopenEstablishmentMutation = { reopenEstablishment: { id: string, status: EstablishmentStatus, closedOn: string | null } };

export type EvaluationSessionsQueryVariables = Exact<{
  filter?: EvaluationSessionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type EvaluationSessionsQuery = { evaluationSessions: { totalCount: number, edges: Array<{ node: { id: string, kind: EvaluationSessionKind, startsAt: string, endsAt: string, siteAddress: string, capacity: number, enrolled: number, free: number, cancelledAt: string | null, evaluatorId: string, certification: { id: string, code: CertificationCode, name: string }, evaluator: { id: string, displayName: string } | null } }> } };

export type PlanEvaluationSessionMutationVariables = Exact<{
  input: PlanEvaluationSessionInput;
}>;


export type PlanEvaluationSessionMutation = { planEvaluationSession: { id: string, startsAt: string } };

export type SessionCalendarQueryVariables = Exact<{
  filter?: EvaluationSessionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type SessionCalendarQuery = { evaluationSessions: { totalCount: number, edges: Array<{ node: { id: string, kind: EvaluationSessionKind, startsAt: string, endsAt: string, siteAddress: string, capacity: number, enrolled: number, free: number, cancelledAt: string | null, certification: { id: string, code: CertificationCode, name: string }, establishment: { id: string, name: string }, evaluator: { id: string, displayName: string } | null } }> } };

export type GridReferentialQueryVariables = Exact<{
  id: string;
}>;


export type GridReferentialQuery = { referential: { id: string, version: string, label: string, domains: Array<{ id: string, code: string, title: string, subDomains: Array<{ id: string, code: string, title: string | null, thresholdPercent: number, mandatoryCriteria: Array<string>, criteria: Array<{ id: string, code: string, title: string }> }> }> } };

export type PlanPreliminaryEvaluationMutationVariables = Exact<{
  input: PlanPreliminaryEvaluationInput;
}>;


export type PlanPreliminaryEvaluationMutation = { planPreliminaryEvaluation: { id: string, state: DossierState, version: number, allowedActions: Array<DossierAction> } };

export type PlanFinalEvaluationMutationVariables = Exact<{
  input: PlanFinalEvaluationInput;
}>;


export type PlanFinalEvaluationMutation = { planFinalEvaluation: { id: string, state: DossierState, version: number, allowedActions: Array<DossierAction> } };

export type RecordPreliminaryEvaluationMutationVariables = Exact<{
  input: RecordEvaluationInput;
}>;


export type RecordPreliminaryEvaluationMutation = { recordPreliminaryEvaluation: { id: string, state: DossierState, version: number, allowedActions: Array<DossierAction> } };

export type RecordFinalEvaluationMutationVariables = Exact<{
  input: RecordEvaluationInput;
}>;


export type RecordFinalEvaluationMutation = { recordFinalEvaluation: { id: string, state: DossierState, version: number, allowedActions: Array<DossierAction> } };

export type DossierSessionsQueryVariables = Exact<{
  filter?: EvaluationSessionFilter | null | undefined;
}>;


export type DossierSessionsQuery = { evaluationSessions: { edges: Array<{ node: { id: string, startsAt: string, siteAddress: string, free: number, capacity: number, evaluatorId: string, evaluator: { id: string, displayName: string } | null } }> } };

export type ExportJobFieldsFragment = { id: string, list: ExportList, format: ExportFormat, frenchFormats: boolean, status: ExportJobStatus, processed: number, total: number, downloadUrl: string | null, errorMessage: string | null, createdAt: string, finishedAt: string | null, expiresAt: string | null };

export type StartExportMutationVariables = Exact<{
  input: StartExportInput;
}>;


export type StartExportMutation = { startExport: { id: string, list: ExportList, format: ExportFormat, frenchFormats: boolean, status: ExportJobStatus, processed: number, total: number, downloadUrl: string | null, errorMessage: string | null, createdAt: string, finishedAt: string | null, expiresAt: string | null } };

export type CancelExportMutationVariables = Exact<{
  id: string;
}>;


export type CancelExportMutation = { cancelExport: { id: string, list: ExportList, format: ExportFormat, frenchFormats: boolean, status: ExportJobStatus, processed: number, total: number, downloadUrl: string | null, errorMessage: string | null, createdAt: string, finishedAt: string | null, expiresAt: string | null } };

export type ExportJobQueryVariables = Exact<{
  id: string;
}>;


export type ExportJobQuery = { exportJob: { id: string, list: ExportList, format: ExportFormat, frenchFormats: boolean, status: ExportJobStatus, processed: number, total: number, downloadUrl: string | null, errorMessage: string | null, createdAt: string, finishedAt: string | null, expiresAt: string | null } };

export type ExportJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportJobsQuery = { exportJobs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, list: ExportList, format: ExportFormat, frenchFormats: boolean, status: ExportJobStatus, processed: number, total: number, downloadUrl: string | null, errorMessage: string | null, createdAt: string, finishedAt: string | null, expiresAt: string | null } }> } };

export type FundingLineFieldsFragment = { id: string, step: FundingStep, funderType: FunderType, funderReference: string | null, amount: string, status: FundingStatus, updatedAt: string };

export type DossierFundingQueryVariables = Exact<{
  id: string;
}>;


export type DossierFundingQuery = { dossier: { id: string, fundingLines: Array<{ id: string, step: FundingStep, funderType: FunderType, funderReference: string | null, amount: string, status: FundingStatus, updatedAt: string }> } };

export type AddFundingLineMutationVariables = Exact<{
  input: AddFundingLineInput;
}>;


export type AddFundingLineMutation = { addFundingLine: { id: string, step: FundingStep, funderType: FunderType, funderReference: string | null, amount: string, status: FundingStatus, updatedAt: string } };

export type UpdateFundingLineMutationVariables = Exact<{
  id: string;
  input: UpdateFundingLineInput;
}>;


export type UpdateFundingLineMutation = { updateFundingLine: { id: string, step: FundingStep, funderType: FunderType, funderReference: string | null, amount: string, status: FundingStatus, updatedAt: string } };

export type CancelFundingLineMutationVariables = Exact<{
  id: string;
}>;


export type CancelFundingLineMutation = { cancelFundingLine: { id: string, step: FundingStep, funderType: FunderType, funderReference: string | null, amount: string, status: FundingStatus, updatedAt: string } };

export type HabilitationFieldsFragment = { id: string, role: HabilitationRole, status: HabilitationStatus, decisionDate: string | null, decisionReference: string | null, startDate: string | null, endDate: string | null, allowedActions: Array<HabilitationAction>, certification: { id: string, code: CertificationCode, name: string } };

export type CreateHabilitationMutationVariables = Exact<{
  input: CreateHabilitationInput;
}>;


export type CreateHabilitationMutation = { createHabilitation: { id: string, role: HabilitationRole, status: HabilitationStatus, decisionDate: string | null, decisionReference: string | null, startDate: string | null, endDate: string | null, allowedActions: Array<HabilitationAction>, certification: { id: string, code: CertificationCode, name: string } } };

export type ChangeHabilitationStatusMutationVariables = Exact<{
  id: string;
  action: HabilitationAction;
  input?: ChangeHabilitationStatusInput | null | undefined;
}>;


export type ChangeHabilitationStatusMutation = { changeHabilitationStatus: { id: string, role: HabilitationRole, status: HabilitationStatus, decisionDate: string | null, decisionReference: string | null, startDate: string | null, endDate: string | null, allowedActions: Array<HabilitationAction>, certification: { id: string, code: CertificationCode, name: string } } };

export type RenewHabilitationMutationVariables = Exact<{
  id: string;
  input: RenewHabilitationInput;
}>;


export type RenewHabilitationMutation = { renewHabilitation: { id: string, role: HabilitationRole, status: HabilitationStatus, decisionDate: string | null, decisionReference: string | null, startDate: string | null, endDate: string | null, allowedActions: Array<HabilitationAction>, certification: { id: string, code: CertificationCode, name: string } } };

export type ImportNetworkQueryVariables = Exact<{
  id: string;
}>;


export type ImportNetworkQuery = { network: { id: string, name: string } };

export type ImportTemplateQueryVariables = Exact<{
  kind: ImportKind;
  format: ImportFileFormat;
}>;


export type ImportTemplateQuery = { importTemplate: { filename: string, mimeType: string, contentBase64: string } };

export type ImportJobQueryVariables = Exact<{
  id: string;
}>;


export type ImportJobQuery = { importJob: { id: string, status: ImportJobStatus, processed: number, total: number } };

export type JurySessionRowFragment = { id: string, organiser: string, heldOn: string, mode: JuryMode, location: string | null, closedAt: string | null, certification: { id: string, code: CertificationCode, name: string }, members: Array<{ userId: string, displayName: string }>, submissions: Array<{ id: string, decision: JuryDecisionValue | null }> };

export type JurySessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: JurySessionFilter | null | undefined;
  orderBy?: Array<JurySessionOrder> | JurySessionOrder | null | undefined;
}>;


export type JurySessionsQuery = { jurySessions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, organiser: string, heldOn: string, mode: JuryMode, location: string | null, closedAt: string | null, certification: { id: string, code: CertificationCode, name: string }, members: Array<{ userId: string, displayName: string }>, submissions: Array<{ id: string, decision: JuryDecisionValue | null }> } }> } };

export type JurySessionQueryVariables = Exact<{
  id: string;
  withIdentity?: boolean | null | undefined;
}>;


export type JurySessionQuery = { jurySession: { id: string, organiser: string, heldOn: string, mode: JuryMode, location: string | null, closedAt: string | null, certification: { id: string, code: CertificationCode, name: string }, members: Array<{ userId: string, college: string, displayName: string }>, submissions: Array<{ id: string, decision: JuryDecisionValue | null, reason: string | null, decidedAt: string | null, createdAt: string, certificate: { id: string, number: string } | null, dossier: { id: string, version: number, state: DossierState, allowedActions: Array<DossierAction>, candidate: { id: string, pseudonym: string } & { lastName?: string | null, usualName?: string | null, firstNames?: string | null } | null, establishment: { id: string, name: string } | null, domainStatuses: Array<{ acquired: boolean, acquiredOn: string | null, validUntil: string | null, domain: { id: string, code: string, title: string } }> } }> } };

export type JuryUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type JuryUsersQuery = { juryAccounts: Array<{ id: string, displayName: string }> };

export type CreateJurySessionMutationVariables = Exact<{
  input: CreateJurySessionInput;
}>;


export type CreateJurySessionMutation = { createJurySession: { id: string } };

export type CloseJurySessionMutationVariables = Exact<{
  id: string;
}>;


export type CloseJurySessionMutation = { closeJurySession: { id: string, closedAt: string | null } };

export type RecordJuryDecisionMutationVariables = Exact<{
  input: RecordJuryDecisionInput;
}>;


export type RecordJuryDecisionMutation = { recordJuryDecision: { id: string, decision: JuryDecisionValue | null, reason: string | null, decidedAt: string | null, certificate: { id: string, number: string } | null } };

export type DossierJuryQueryVariables = Exact<{
  id: string;
}>;


export type DossierJuryQuery = { dossier: { id: string, version: number, certification: { id: string, code: CertificationCode, name: string }, juryPresentations: Array<{ id: string, decision: JuryDecisionValue | null, reason: string | null, decidedAt: string | null, createdAt: string, jurySession: { id: string, organiser: string, heldOn: string, mode: JuryMode, location: string | null, closedAt: string | null } }> } };

export type UpcomingJurySessionsQueryVariables = Exact<{
  filter?: JurySessionFilter | null | undefined;
}>;


export type UpcomingJurySessionsQuery = { jurySessions: { edges: Array<{ node: { id: string, organiser: string, heldOn: string, mode: JuryMode, location: string | null } }> } };

export type SubmitToJuryMutationVariables = Exact<{
  input: SubmitToJuryInput;
}>;


export type SubmitToJuryMutation = { submitToJury: { id: string, dossier: { id: string, version: number, state: DossierState } } };

export type ReturnToJuryMutationVariables = Exact<{
  input: ReturnToJuryInput;
}>;


export type ReturnToJuryMutation = { returnToJury: { id: string, version: number, state: DossierState } };

export type NetworkRowFragment = { id: string, name: string, kind: NetworkKind, organisationCount: number, establishmentCount: number };

export type NetworksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: NetworkFilter | null | undefined;
  orderBy?: Array<NetworkOrder> | NetworkOrder | null | undefined;
}>;


export type NetworksQuery = { networks: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: NetworkKind, organisationCount: number, establishmentCount: number } }> } };

export type NetworkQueryVariables = Exact<{
  id: string;
}>;


export type NetworkQuery = { network: { id: string, name: string, kind: NetworkKind, organisationCount: number, establishmentCount: number, organisations: { totalCount: number, edges: Array<{ node: { id: string, siren: string, legalName: string, establishmentCount: number } }> } }, establishments: { totalCount: number, edges: Array<{ node: { id: string, name: string, siret: string, city: string, departmentCode: string, status: EstablishmentStatus } }> } };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { createNetwork: { id: string, name: string, kind: NetworkKind } };

export type UpdateNetworkMutationVariables = Exact<{
  id: string;
  input: UpdateNetworkInput;
}>;


export type UpdateNetworkMutation = { updateNetwork: { id: string, name: string, kind: NetworkKind } };

export type NetworkOverviewQueryVariables = Exact<{
  networkId: string;
}>;


export type NetworkOverviewQuery = { networkOverview: { networkId: string, today: string, establishmentsOpen: number, establishmentsClosed: number, staff: number, upcomingSessions: number, activeHabilitations: number, habilitationsByCertification: Array<{ certificationCode: CertificationCode, certificationName: string, role: HabilitationRole, count: number }>, regions: Array<{ regionCode: string, regionName: string, establishments: number, habilitations: number }> } };

export type OrganisationQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationQuery = { organisation: { id: string, networkId: string, siren: string, legalName: string, trainingDeclarationNumber: string | null, qualiopiValidUntil: string | null, establishmentCount: number, network: { id: string, name: string }, establishments: { totalCount: number, edges: Array<{ node: { id: string, name: string, siret: string, city: string, departmentCode: string, status: EstablishmentStatus } }> } } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, legalName: string } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string;
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, legalName: string, trainingDeclarationNumber: string | null, qualiopiValidUntil: string | null } };

export type CertificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificationsQuery = { certifications: Array<{ id: string, code: CertificationCode, name: string, referentials: Array<{ id: string, version: string, label: string, status: ReferentialStatus }>, currentReferential: { id: string } | null }> };

export type ReferentialQueryVariables = Exact<{
  id: string;
}>;


export type ReferentialQuery = { referential: { id: string, version: string, label: string, status: ReferentialStatus, effectiveFrom: string | null, effectiveTo: string | null, publishedAt: string | null, notes: Array<string>, domainCount: number, subDomainCount: number, criterionCount: number, certification: { id: string, code: CertificationCode, name: string }, domains: Array<{ id: string, code: string, title: string, shortTitle: string | null, note: string | null, position: number, criterionCount: number, subDomains: Array<{ id: string, code: string, title: string | null, note: string | null, position: number, thresholdPercent: number, mandatoryCriteria: Array<string>, criteria: Array<{ id: string, code: string, title: string, note: string | null, position: number }> }> }> } };

export type SearchCriteriaQueryVariables = Exact<{
  referentialId: string;
  text: string;
}>;


export type SearchCriteriaQuery = { searchCriteria: Array<{ id: string, code: string, title: string, domainCode: string, subDomainCode: string }> };

export type ExportReferentialQueryVariables = Exact<{
  id: string;
  format: ReferentialFileFormat;
}>;


export type ExportReferentialQuery = { exportReferential: { filename: string, mimeType: string, content: string } };

export type CreateReferentialDraftMutationVariables = Exact<{
  input: CreateReferentialDraftInput;
}>;


export type CreateReferentialDraftMutation = { createReferentialDraft: { id: string, version: string, status: ReferentialStatus } };

export type DeleteReferentialDraftMutationVariables = Exact<{
  id: string;
}>;


export type DeleteReferentialDraftMutation = { deleteReferentialDraft: boolean };

export type PublishReferentialMutationVariables = Exact<{
  id: string;
}>;


export type PublishReferentialMutation = { publishReferential: { id: string, version: string, status: ReferentialStatus } };

export type ImportReferentialMutationVariables = Exact<{
  input: ImportReferentialInput;
}>;


export type ImportReferentialMutation = { importReferential: { id: string, version: string, status: ReferentialStatus } };

export type AddDomainMutationVariables = Exact<{
  referentialId: string;
  input: AddDomainInput;
}>;


export type AddDomainMutation = { addDomain: { id: string } };

export type UpdateDomainMutationVariables = Exact<{
  id: string;
  input: UpdateDomainInput;
}>;


export type UpdateDomainMutation = { updateDomain: { id: string, title: string } };

export type RemoveDomainMutationVariables = Exact<{
  id: string;
}>;


export type RemoveDomainMutation = { removeDomain: { id: string } };

export type MoveDomainMutationVariables = Exact<{
  id: string;
  position: number;
}>;


export type MoveDomainMutation = { moveDomain: { id: string } };

export type AddSubDomainMutationVariables = Exact<{
  domainId: string;
  input: AddSubDomainInput;
}>;


export type AddSubDomainMutation = { addSubDomain: { id: string } };

export type UpdateSubDomainMutationVariables = Exact<{
  id: string;
  input: UpdateSubDomainInput;
}>;


export type UpdateSubDomainMutation = { updateSubDomain: { id: string, title: string | null, thresholdPercent: number, mandatoryCriteria: Array<string> } };

export type RemoveSubDomainMutationVariables = Exact<{
  id: string;
}>;


export type RemoveSubDomainMutation = { removeSubDomain: { id: string } };

export type MoveSubDomainMutationVariables = Exact<{
  id: string;
  position: number;
}>;


export type MoveSubDomainMutation = { moveSubDomain: { id: string } };

export type AddCriterionMutationVariables = Exact<{
  subDomainId: string;
  input: AddCriterionInput;
}>;


export type AddCriterionMutation = { addCriterion: { id: string } };

export type UpdateCriterionMutationVariables = Exact<{
  id: string;
  input: UpdateCriterionInput;
}>;


export type UpdateCriterionMutation = { updateCriterion: { id: string, title: string } };

export type RemoveCriterionMutationVariables = Exact<{
  id: string;
}>;


export type RemoveCriterionMutation = { removeCriterion: { id: string } };

export type MoveCriterionMutationVariables = Exact<{
  id: string;
  position: number;
}>;


export type MoveCriterionMutation = { moveCriterion: { id: string } };

export type CreateSavedReportMutationVariables = Exact<{
  input: CreateSavedReportInput;
}>;


export type CreateSavedReportMutation = { createSavedReport: { id: string, name: string, visibility: SavedReportVisibility, networkId: string | null } };

export type SavedReportFieldsFragment = { id: string, name: string, visibility: SavedReportVisibility, networkId: string | null, ownerId: string, updatedAt: string, canEdit: boolean, owner: { id: string, displayName: string } };

export type SavedReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SavedReportsQuery = { savedReports: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, visibility: SavedReportVisibility, networkId: string | null, ownerId: string, updatedAt: string, canEdit: boolean, owner: { id: string, displayName: string } } }> } };

export type SavedReportQueryVariables = Exact<{
  id: string;
}>;


export type SavedReportQuery = { savedReport: { description: string | null, document: string, variables: Record<string, unknown> | null, id: string, name: string, visibility: SavedReportVisibility, networkId: string | null, ownerId: string, updatedAt: string, canEdit: boolean, owner: { id: string, displayName: string } } };

export type UpdateSavedReportMutationVariables = Exact<{
  id: string;
  input: UpdateSavedReportInput;
}>;


export type UpdateSavedReportMutation = { updateSavedReport: { id: string, name: string, visibility: SavedReportVisibility, networkId: string | null, ownerId: string, updatedAt: string, canEdit: boolean, owner: { id: string, displayName: string } } };

export type DeleteSavedReportMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSavedReportMutation = { deleteSavedReport: boolean };

export type RunSavedReportMutationVariables = Exact<{
  id: string;
}>;


export type RunSavedReportMutation = { runSavedReport: { data: Record<string, unknown> | null, cost: number, errors: Array<{ message: string, code: string, path: Array<string> | null }> } };

export type EstablishmentStaffQueryVariables = Exact<{
  establishmentId: string;
}>;


export type EstablishmentStaffQuery = { establishmentStaff: Array<{ id: string, userId: string, function: StaffFunction, startedOn: string, endedOn: string | null, current: boolean, user: { id: string, displayName: string, email: string } | null, accreditations: Array<{ id: string, trainedOn: string, reference: string, certification: { id: string, code: CertificationCode, name: string } }> }> };

export type EndStaffAssignmentMutationVariables = Exact<{
  id: string;
  endedOn: string;
}>;


export type EndStaffAssignmentMutation = { endStaffAssignment: { id: string, endedOn: string | null, current: boolean } };

export type StaffCandidatesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type StaffCandidatesQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, email: string, displayName: string, status: UserStatus } }> } };

export type AssignStaffMutationVariables = Exact<{
  input: AssignStaffInput;
}>;


export type AssignStaffMutation = { assignStaff: Array<{ id: string, function: StaffFunction, startedOn: string }> };

export type InviteStaffMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteStaffMutation = { inviteUser: { link: string, expiresAt: string, user: { id: string, email: string, displayName: string } } };

export type RecordEvaluatorAccreditationMutationVariables = Exact<{
  input: RecordEvaluatorAccreditationInput;
}>;


export type RecordEvaluatorAccreditationMutation = { recordEvaluatorAccreditation: { id: string, trainedOn: string, reference: string } };

export type DossierStaffQueryVariables = Exact<{
  establishmentId: string;
}>;


export type DossierStaffQuery = { establishmentStaff: Array<{ id: string, userId: string, displayName: string, function: StaffFunction, current: boolean }> };

export type PlanTrainingPathMutationVariables = Exact<{
  input: PlanTrainingPathInput;
}>;


export type PlanTrainingPathMutation = { planTrainingPath: { id: string, status: TrainingPathStatus } };

export type CompleteTrainingPathMutationVariables = Exact<{
  input: CompleteTrainingPathInput;
}>;


export type CompleteTrainingPathMutation = { completeTrainingPath: { id: string, status: TrainingPathStatus } };

export type RoleFieldsFragment = { role: Role, networkId: string | null, establishmentId: string | null, network: { id: string, name: string } | null, establishment: { id: string, name: string } | null };

export type UserRowFragment = { id: string, email: string, displayName: string, status: UserStatus, invitationPending: boolean, lastSignInAt: string | null, roles: Array<{ role: Role, networkId: string | null, establishmentId: string | null, network: { id: string, name: string } | null, establishment: { id: string, name: string } | null }> };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: UserFilter | null | undefined;
  orderBy?: Array<UserOrder> | UserOrder | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, email: string, displayName: string, status: UserStatus, invitationPending: boolean, lastSignInAt: string | null, roles: Array<{ role: Role, networkId: string | null, establishmentId: string | null, network: { id: string, name: string } | null, establishment: { id: string, name: string } | null }> } }> } };

export type UserQueryVariables = Exact<{
  id: string;
}>;


export type UserQuery = { user: { id: string, email: string, displayName: string, status: UserStatus, invitationPending: boolean, createdAt: string, lastSignInAt: string | null, roles: Array<{ role: Role, networkId: string | null, establishmentId: string | null, network: { id: string, name: string } | null, establishment: { id: string, name: string } | null }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { link: string, expiresAt: string, user: { id: string, email: string, displayName: string } } };

export type SetUserRolesMutationVariables = Exact<{
  id: string;
  roles: Array<RoleGrantInput> | RoleGrantInput;
}>;


export type SetUserRolesMutation = { setUserRoles: { id: string, roles: Array<{ role: Role, networkId: string | null, establishmentId: string | null, network: { id: string, name: string } | null, establishment: { id: string, name: string } | null }> } };

export type ResendInvitationMutationVariables = Exact<{
  id: string;
}>;


export type ResendInvitationMutation = { resendInvitation: { link: string, expiresAt: string, user: { id: string, email: string, displayName: string } } };

export type DeactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, status: UserStatus } };

export type ReactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, status: UserStatus } };

export type NetworkChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkChoicesQuery = { networks: { edges: Array<{ node: { id: string, name: string } }> } };

export type EstablishmentChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type EstablishmentChoicesQuery = { establishments: { edges: Array<{ node: { id: string, name: string, city: string, siret: string } }> } };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export const AuditEventRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]} as unknown as DocumentNode<AuditEventRowFragment, unknown>;
export const CandidateRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"entryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CandidateRowFragment, unknown>;
export const CandidateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"entryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"prescriber"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthPlace"}},{"kind":"Field","name":{"kind":"Name","value":"bornAbroad"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSiret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<CandidateFieldsFragment, unknown>;
export const CertificateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"attestationPath"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CertificateFieldsFragment, unknown>;
export const AggregateRowsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<AggregateRowsFragment, unknown>;
export const DossierRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossierRowFragment, unknown>;
export const AfterTransitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<AfterTransitionFragment, unknown>;
export const EstablishmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Establishment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<EstablishmentRowFragment, unknown>;
export const ExportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJobView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"frenchFormats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ExportJobFieldsFragment, unknown>;
export const FundingLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<FundingLineFieldsFragment, unknown>;
export const HabilitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HabilitationFieldsFragment, unknown>;
export const JurySessionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JurySessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<JurySessionRowFragment, unknown>;
export const NetworkRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCount"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentCount"}}]}}]} as unknown as DocumentNode<NetworkRowFragment, unknown>;
export const SavedReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<SavedReportFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoleFieldsFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const NetworkAttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkAttention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkAttention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiringHabilitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationsWithExpiredQualiopi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiValidUntil"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishmentsWithoutEvaluator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsOverCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkAttentionQuery, NetworkAttentionQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AuditActorQuery, AuditActorQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"entryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CandidatesQuery, CandidatesQueryVariables>;
export const CandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"entryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"prescriber"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthPlace"}},{"kind":"Field","name":{"kind":"Name","value":"bornAbroad"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSiret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<CandidateQuery, CandidateQueryVariables>;
export const CandidateBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthPlace"}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateBriefQuery, CandidateBriefQueryVariables>;
export const CreateCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCandidateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmLikelyDuplicate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmLikelyDuplicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmLikelyDuplicate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]} as unknown as DocumentNode<CreateCandidateMutation, CreateCandidateMutationVariables>;
export const CandidateEstablishmentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateEstablishmentChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateEstablishmentChoicesQuery, CandidateEstablishmentChoicesQueryVariables>;
export const HabilitatedEstablishmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HabilitatedEstablishments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificationCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"OPEN"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"habilitations"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"certificationCode"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificationCode"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"GRANTED"}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HabilitatedEstablishmentsQuery, HabilitatedEstablishmentsQueryVariables>;
export const CertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"attestationPath"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CertificatesQuery, CertificatesQueryVariables>;
export const CertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"attestationPath"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CertificateQuery, CertificateQueryVariables>;
export const DossierCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"attestationPath"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossierCertificateQuery, DossierCertificateQueryVariables>;
export const VerifyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}}]}}]}}]} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const DashboardNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiring"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byState"},"name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"DOSSIERS"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"certifiedByYear"},"name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"CERTIFICATES"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CERTIFICATE_DATE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"dateTruncation"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"directToJury"},"name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"DOSSIERS"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DIRECT_TO_JURY_RATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"domains"},"name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"DOMAIN_RESULTS"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOMAIN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRELIMINARY_ACQUISITION_RATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"expiringDossiers"},"name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiring"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkAttention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiringHabilitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<DashboardNetworkQuery, DashboardNetworkQueryVariables>;
export const DashboardCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCentre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byState"},"name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"DOSSIERS"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"cancelled"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<DashboardCentreQuery, DashboardCentreQueryVariables>;
export const DashboardAnalystDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAnalyst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"directToJuryByYear"},"name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"DOSSIERS"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRELIMINARY_DATE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"dateTruncation"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DIRECT_TO_JURY_RATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateRows"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"certificatesByMonth"},"name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"CERTIFICATES"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CERTIFICATE_DATE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"dateTruncation"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateRows"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<DashboardAnalystQuery, DashboardAnalystQueryVariables>;
export const DashboardJuryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardJury"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurySessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"heldOn"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"closed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"SUBMITTED_TO_JURY"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DashboardJuryQuery, DashboardJuryQueryVariables>;
export const DossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossiersQuery, DossiersQueryVariables>;
export const DossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialId"}},{"kind":"Field","name":{"kind":"Name","value":"preliminaryDate"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"referential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domainStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acquired"}},{"kind":"Field","name":{"kind":"Name","value":"acquiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"domainCodes"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatorId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domainResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"acquired"}},{"kind":"Field","name":{"kind":"Name","value":"acquiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingPaths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"trainerId"}},{"kind":"Field","name":{"kind":"Name","value":"trainerName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"actualHours"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossierQuery, DossierQueryVariables>;
export const OpenDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<OpenDossierMutation, OpenDossierMutationVariables>;
export const WithdrawDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<WithdrawDossierMutation, WithdrawDossierMutationVariables>;
export const ResumeTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ResumeTrainingMutation, ResumeTrainingMutationVariables>;
export const EstablishmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Establishments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Establishment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<EstablishmentsQuery, EstablishmentsQueryVariables>;
export const EstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Establishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"habilitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HabilitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EstablishmentQuery, EstablishmentQueryVariables>;
export const OrganisationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationChoicesQuery, OrganisationChoicesQueryVariables>;
export const OrganisationBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<OrganisationBriefQuery, OrganisationBriefQueryVariables>;
export const CreateEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEstablishmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateEstablishmentMutation, CreateEstablishmentMutationVariables>;
export const UpdateEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEstablishmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<UpdateEstablishmentMutation, UpdateEstablishmentMutationVariables>;
export const CloseEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<CloseEstablishmentMutation, CloseEstablishmentMutationVariables>;
export const ReopenEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<ReopenEstablishmentMutation, ReopenEstablishmentMutationVariables>;
export const EvaluationSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatorId"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationSessionsQuery, EvaluationSessionsQueryVariables>;
export const PlanEvaluationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanEvaluationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEvaluationSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planEvaluationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<PlanEvaluationSessionMutation, PlanEvaluationSessionMutationVariables>;
export const SessionCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionCalendarQuery, SessionCalendarQueryVariables>;
export const GridReferentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridReferential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridReferentialQuery, GridReferentialQueryVariables>;
export const PlanPreliminaryEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanPreliminaryEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPreliminaryEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPreliminaryEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<PlanPreliminaryEvaluationMutation, PlanPreliminaryEvaluationMutationVariables>;
export const PlanFinalEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanFinalEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFinalEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planFinalEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<PlanFinalEvaluationMutation, PlanFinalEvaluationMutationVariables>;
export const RecordPreliminaryEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPreliminaryEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPreliminaryEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<RecordPreliminaryEvaluationMutation, RecordPreliminaryEvaluationMutationVariables>;
export const RecordFinalEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFinalEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFinalEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<RecordFinalEvaluationMutation, RecordFinalEvaluationMutationVariables>;
export const DossierSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatorId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierSessionsQuery, DossierSessionsQueryVariables>;
export const StartExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJobView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"frenchFormats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<StartExportMutation, StartExportMutationVariables>;
export const CancelExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJobView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"frenchFormats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<CancelExportMutation, CancelExportMutationVariables>;
export const ExportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJobView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"frenchFormats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ExportJobQuery, ExportJobQueryVariables>;
export const ExportJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJobView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"frenchFormats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ExportJobsQuery, ExportJobsQueryVariables>;
export const DossierFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DossierFundingQuery, DossierFundingQueryVariables>;
export const AddFundingLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFundingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFundingLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFundingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddFundingLineMutation, AddFundingLineMutationVariables>;
export const UpdateFundingLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFundingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFundingLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFundingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateFundingLineMutation, UpdateFundingLineMutationVariables>;
export const CancelFundingLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelFundingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelFundingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CancelFundingLineMutation, CancelFundingLineMutationVariables>;
export const CreateHabilitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHabilitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHabilitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHabilitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HabilitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateHabilitationMutation, CreateHabilitationMutationVariables>;
export const ChangeHabilitationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeHabilitationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HabilitationAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeHabilitationStatusInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeHabilitationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HabilitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChangeHabilitationStatusMutation, ChangeHabilitationStatusMutationVariables>;
export const RenewHabilitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewHabilitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewHabilitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewHabilitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HabilitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenewHabilitationMutation, RenewHabilitationMutationVariables>;
export const ImportNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ImportNetworkQuery, ImportNetworkQueryVariables>;
export const ImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ImportTemplateQuery, ImportTemplateQueryVariables>;
export const ImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const JurySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JurySessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JurySessionOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurySessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JurySessionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JurySessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<JurySessionsQuery, JurySessionsQueryVariables>;
export const JurySessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurySession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"college"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIdentity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domainStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acquired"}},{"kind":"Field","name":{"kind":"Name","value":"acquiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JurySessionQuery, JurySessionQueryVariables>;
export const JuryUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JuryUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"juryAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<JuryUsersQuery, JuryUsersQueryVariables>;
export const CreateJurySessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJurySession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJurySessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJurySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateJurySessionMutation, CreateJurySessionMutationVariables>;
export const CloseJurySessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseJurySession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeJurySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseJurySessionMutation, CloseJurySessionMutationVariables>;
export const RecordJuryDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJuryDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJuryDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJuryDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<RecordJuryDecisionMutation, RecordJuryDecisionMutationVariables>;
export const DossierJuryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierJury"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryPresentations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"jurySession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierJuryQuery, DossierJuryQueryVariables>;
export const UpcomingJurySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingJurySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JurySessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurySessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpcomingJurySessionsQuery, UpcomingJurySessionsQueryVariables>;
export const SubmitToJuryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitToJury"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitToJuryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitToJury"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitToJuryMutation, SubmitToJuryMutationVariables>;
export const ReturnToJuryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnToJury"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnToJuryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnToJury"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ReturnToJuryMutation, ReturnToJuryMutationVariables>;
export const NetworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Networks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCount"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentCount"}}]}}]} as unknown as DocumentNode<NetworksQuery, NetworksQueryVariables>;
export const NetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Network"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCount"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentCount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkQuery, NetworkQueryVariables>;
export const CreateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const UpdateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const NetworkOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"activeHabilitations"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationsByCertification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"}},{"kind":"Field","name":{"kind":"Name","value":"habilitations"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkOverviewQuery, NetworkOverviewQueryVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDeclarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDeclarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiValidUntil"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const CertificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"referentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentReferential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CertificationsQuery, CertificationsQueryVariables>;
export const ReferentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"domainCount"}},{"kind":"Field","name":{"kind":"Name","value":"subDomainCount"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCount"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCount"}},{"kind":"Field","name":{"kind":"Name","value":"subDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferentialQuery, ReferentialQueryVariables>;
export const SearchCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referentialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referentialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"subDomainCode"}}]}}]}}]} as unknown as DocumentNode<SearchCriteriaQuery, SearchCriteriaQueryVariables>;
export const ExportReferentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReferential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferentialFileFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReferential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ExportReferentialQuery, ExportReferentialQueryVariables>;
export const CreateReferentialDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferentialDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferentialDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferentialDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateReferentialDraftMutation, CreateReferentialDraftMutationVariables>;
export const DeleteReferentialDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReferentialDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReferentialDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteReferentialDraftMutation, DeleteReferentialDraftMutationVariables>;
export const PublishReferentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishReferential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishReferential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishReferentialMutation, PublishReferentialMutationVariables>;
export const ImportReferentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportReferential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReferentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importReferential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ImportReferentialMutation, ImportReferentialMutationVariables>;
export const AddDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referentialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referentialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddDomainMutation, AddDomainMutationVariables>;
export const UpdateDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateDomainMutation, UpdateDomainMutationVariables>;
export const RemoveDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveDomainMutation, RemoveDomainMutationVariables>;
export const MoveDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveDomainMutation, MoveDomainMutationVariables>;
export const AddSubDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSubDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSubDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSubDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddSubDomainMutation, AddSubDomainMutationVariables>;
export const UpdateSubDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCriteria"}}]}}]}}]} as unknown as DocumentNode<UpdateSubDomainMutation, UpdateSubDomainMutationVariables>;
export const RemoveSubDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSubDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSubDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveSubDomainMutation, RemoveSubDomainMutationVariables>;
export const MoveSubDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSubDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSubDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveSubDomainMutation, MoveSubDomainMutationVariables>;
export const AddCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subDomainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subDomainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subDomainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCriterionMutation, AddCriterionMutationVariables>;
export const UpdateCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateCriterionMutation, UpdateCriterionMutationVariables>;
export const RemoveCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveCriterionMutation, RemoveCriterionMutationVariables>;
export const MoveCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveCriterionMutation, MoveCriterionMutationVariables>;
export const CreateSavedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSavedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSavedReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSavedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}}]}}]}}]} as unknown as DocumentNode<CreateSavedReportMutation, CreateSavedReportMutationVariables>;
export const SavedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReportFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<SavedReportsQuery, SavedReportsQueryVariables>;
export const SavedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<SavedReportQuery, SavedReportQueryVariables>;
export const UpdateSavedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSavedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSavedReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSavedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<UpdateSavedReportMutation, UpdateSavedReportMutationVariables>;
export const DeleteSavedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedReportMutation, DeleteSavedReportMutationVariables>;
export const RunSavedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunSavedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSavedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}}]}}]} as unknown as DocumentNode<RunSavedReportMutation, RunSavedReportMutationVariables>;
export const EstablishmentStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstablishmentStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"establishmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishmentStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"establishmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"establishmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstablishmentStaffQuery, EstablishmentStaffQueryVariables>;
export const EndStaffAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndStaffAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endStaffAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<EndStaffAssignmentMutation, EndStaffAssignmentMutationVariables>;
export const StaffCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffCandidatesQuery, StaffCandidatesQueryVariables>;
export const AssignStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}}]}}]} as unknown as DocumentNode<AssignStaffMutation, AssignStaffMutationVariables>;
export const InviteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<InviteStaffMutation, InviteStaffMutationVariables>;
export const RecordEvaluatorAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEvaluatorAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEvaluatorAccreditationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvaluatorAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<RecordEvaluatorAccreditationMutation, RecordEvaluatorAccreditationMutationVariables>;
export const DossierStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"establishmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishmentStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"establishmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"establishmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<DossierStaffQuery, DossierStaffQueryVariables>;
export const PlanTrainingPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanTrainingPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTrainingPathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planTrainingPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanTrainingPathMutation, PlanTrainingPathMutationVariables>;
export const CompleteTrainingPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTrainingPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTrainingPathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTrainingPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteTrainingPathMutation, CompleteTrainingPathMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserQuery, UserQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const SetUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrantInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentId"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const NetworkChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkChoicesQuery, NetworkChoicesQueryVariables>;
export const EstablishmentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstablishmentChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstablishmentChoicesQuery, EstablishmentChoicesQueryVariables>;