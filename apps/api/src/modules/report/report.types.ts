import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { reportFilterInputs } from "./report.filters.js";

/** What an aggregate counts: one row of the subject is one row of its table (see report.catalog.ts). */
export const ReportSubject = {
  DOSSIERS: "DOSSIERS",
  EVALUATIONS: "EVALUATIONS",
  CRITERION_RESULTS: "CRITERION_RESULTS",
  SUB_DOMAIN_RESULTS: "SUB_DOMAIN_RESULTS",
  DOMAIN_RESULTS: "DOMAIN_RESULTS",
  TRAINING_PATHS: "TRAINING_PATHS",
  FUNDING_LINES: "FUNDING_LINES",
  CERTIFICATES: "CERTIFICATES",
} as const;
export type ReportSubject = (typeof ReportSubject)[keyof typeof ReportSubject];

export const ReportDimension = {
  CERTIFICATION: "CERTIFICATION",
  REFERENTIAL_VERSION: "REFERENTIAL_VERSION",
  NETWORK: "NETWORK",
  ESTABLISHMENT: "ESTABLISHMENT",
  REGION: "REGION",
  DEPARTMENT: "DEPARTMENT",
  STATE: "STATE",
  FUNDER_TYPE: "FUNDER_TYPE",
  FUNDING_STEP: "FUNDING_STEP",
  FUNDING_STATUS: "FUNDING_STATUS",
  ENTRY_STATUS: "ENTRY_STATUS",
  QUALIFICATION_LEVEL: "QUALIFICATION_LEVEL",
  GENDER: "GENDER",
  PRESCRIBER: "PRESCRIBER",
  AGE_BAND_AT_PRELIMINARY: "AGE_BAND_AT_PRELIMINARY",
  AGE_BAND_AT_OPENING: "AGE_BAND_AT_OPENING",
  DOMAIN: "DOMAIN",
  SUB_DOMAIN: "SUB_DOMAIN",
  CRITERION: "CRITERION",
  EVALUATION_KIND: "EVALUATION_KIND",
  EVALUATOR: "EVALUATOR",
  TRAINING_ORGANISATION: "TRAINING_ORGANISATION",
  OPENED_ON: "OPENED_ON",
  PRELIMINARY_DATE: "PRELIMINARY_DATE",
  EVALUATION_DATE: "EVALUATION_DATE",
  TRAINING_START_DATE: "TRAINING_START_DATE",
  JURY_DATE: "JURY_DATE",
  CERTIFICATE_DATE: "CERTIFICATE_DATE",
} as const;
export type ReportDimension = (typeof ReportDimension)[keyof typeof ReportDimension];

export const ReportMeasure = {
  COUNT: "COUNT",
  DISTINCT_CANDIDATES: "DISTINCT_CANDIDATES",
  SUM_PLANNED_HOURS: "SUM_PLANNED_HOURS",
  AVG_PLANNED_HOURS: "AVG_PLANNED_HOURS",
  SUM_ACTUAL_HOURS: "SUM_ACTUAL_HOURS",
  AVG_ACTUAL_HOURS: "AVG_ACTUAL_HOURS",
  SUM_AMOUNT: "SUM_AMOUNT",
  AVG_AMOUNT: "AVG_AMOUNT",
  AMOUNT_PER_CANDIDATE: "AMOUNT_PER_CANDIDATE",
  DIRECT_TO_JURY_RATE: "DIRECT_TO_JURY_RATE",
  CERTIFICATION_RATE_5Y: "CERTIFICATION_RATE_5Y",
  EXPIRED_RATE: "EXPIRED_RATE",
  WITHDRAWN_RATE: "WITHDRAWN_RATE",
  ACQUISITION_RATE: "ACQUISITION_RATE",
  PRELIMINARY_ACQUISITION_RATE: "PRELIMINARY_ACQUISITION_RATE",
  NOT_ACQUIRED_RATE: "NOT_ACQUIRED_RATE",
  MEDIAN_DAYS: "MEDIAN_DAYS",
  P90_DAYS: "P90_DAYS",
} as const;
export type ReportMeasure = (typeof ReportMeasure)[keyof typeof ReportMeasure];

export const ReportDateTruncation = { DAY: "DAY", WEEK: "WEEK", MONTH: "MONTH", QUARTER: "QUARTER", YEAR: "YEAR" } as const;
export type ReportDateTruncation = (typeof ReportDateTruncation)[keyof typeof ReportDateTruncation];

/** The dates of a dossier's process between which MEDIAN_DAYS / P90_DAYS measure a duration. */
export const ReportProcessStep = {
  OPENED: "OPENED",
  PRELIMINARY: "PRELIMINARY",
  TRAINING_START: "TRAINING_START",
  TRAINING_END: "TRAINING_END",
  LAST_FINAL_EVALUATION: "LAST_FINAL_EVALUATION",
  JURY: "JURY",
  CERTIFICATE: "CERTIFICATE",
} as const;
export type ReportProcessStep = (typeof ReportProcessStep)[keyof typeof ReportProcessStep];

/** Where an aggregate's figures come from (docs/adr/0020-report-rollups.md). */
export const AggregateSource = { LIVE: "LIVE", ROLLUP: "ROLLUP" } as const;
export type AggregateSource = (typeof AggregateSource)[keyof typeof AggregateSource];

registerEnumType(AggregateSource, {
  name: "AggregateSource",
  description: "Origine des chiffres d'un agrégat",
  valuesConfig: {
    LIVE: { description: "Calculés sur les tables au moment de l'appel" },
    ROLLUP: { description: "Lus dans un cumul (vue matérialisée) rafraîchi chaque heure : à jour à la date freshAt" },
  },
});

registerEnumType(ReportSubject, {
  name: "ReportSubject",
  description: "Ce que l'agrégat compte (une ligne du sujet = une ligne de sa table)",
  valuesConfig: {
    DOSSIERS: { description: "Dossiers (un par candidat et tentative)" },
    EVALUATIONS: { description: "Évaluations (préalables et finales)" },
    CRITERION_RESULTS: { description: "Résultats par critère des évaluations" },
    SUB_DOMAIN_RESULTS: { description: "Résultats par sous-domaine des évaluations" },
    DOMAIN_RESULTS: { description: "Résultats par domaine des évaluations" },
    TRAINING_PATHS: { description: "Parcours de formation (heures par domaine)" },
    FUNDING_LINES: { description: "Lignes de financement" },
    CERTIFICATES: { description: "Certificats délivrés" },
  },
});
registerEnumType(ReportDimension, {
  name: "ReportDimension",
  description: "Axe de regroupement ; tous ne valent pas pour tous les sujets (refus BAD_USER_INPUT sinon)",
  valuesConfig: {
    CERTIFICATION: { description: "Certification" },
    REFERENTIAL_VERSION: { description: "Version du référentiel du dossier" },
    NETWORK: { description: "Réseau" },
    ESTABLISHMENT: { description: "Établissement qui porte le dossier" },
    REGION: { description: "Région de l'établissement" },
    DEPARTMENT: { description: "Département de l'établissement" },
    STATE: { description: "État du dossier" },
    FUNDER_TYPE: { description: "Type de financeur (lignes de financement)" },
    FUNDING_STEP: { description: "Étape financée (lignes de financement)" },
    FUNDING_STATUS: { description: "Statut du financement (lignes de financement)" },
    ENTRY_STATUS: { description: "Statut du candidat à l'inscription" },
    QUALIFICATION_LEVEL: { description: "Niveau de qualification du candidat" },
    GENDER: { description: "Sexe du candidat" },
    PRESCRIBER: { description: "Origine de la démarche" },
    AGE_BAND_AT_PRELIMINARY: { description: "Tranche d'âge à l'évaluation préalable" },
    AGE_BAND_AT_OPENING: { description: "Tranche d'âge à l'ouverture du dossier" },
    DOMAIN: { description: "Domaine du référentiel (résultats, parcours)" },
    SUB_DOMAIN: { description: "Sous-domaine (résultats par critère ou sous-domaine)" },
    CRITERION: { description: "Critère (résultats par critère)" },
    EVALUATION_KIND: { description: "Évaluation préalable ou finale" },
    EVALUATOR: { description: "Évaluateur (identifiant ; nom masqué pour les analystes)" },
    TRAINING_ORGANISATION: { description: "Organisme de formation (du parcours ; sinon du dernier parcours du dossier)" },
    OPENED_ON: { description: "Date d'ouverture du dossier, tronquée" },
    PRELIMINARY_DATE: { description: "Date de l'évaluation préalable, tronquée" },
    EVALUATION_DATE: { description: "Date de réalisation de l'évaluation, tronquée" },
    TRAINING_START_DATE: { description: "Date de début du parcours, tronquée" },
    JURY_DATE: { description: "Date du jury, tronquée (certificats)" },
    CERTIFICATE_DATE: { description: "Date de délivrance du certificat, tronquée" },
  },
});
registerEnumType(ReportMeasure, {
  name: "ReportMeasure",
  description: "Mesure calculée par groupe",
  valuesConfig: {
    COUNT: { description: "Nombre de lignes du sujet (distinctes)" },
    DISTINCT_CANDIDATES: { description: "Nombre de candidats distincts" },
    SUM_PLANNED_HOURS: { description: "Somme des heures prévues (exacte)" },
    AVG_PLANNED_HOURS: { description: "Heures prévues par parcours" },
    SUM_ACTUAL_HOURS: { description: "Somme des heures réalisées (exacte)" },
    AVG_ACTUAL_HOURS: { description: "Heures réalisées par parcours (parcours renseignés)" },
    SUM_AMOUNT: { description: "Somme des montants (exacte, en euros)" },
    AVG_AMOUNT: { description: "Montant moyen par ligne de financement" },
    AMOUNT_PER_CANDIDATE: { description: "Montant par candidat distinct" },
    DIRECT_TO_JURY_RATE: { description: "Part des évaluations préalables réalisées où tous les domaines sont acquis" },
    CERTIFICATION_RATE_5Y: { description: "Part des dossiers avec évaluation préalable certifiés dans les 5 ans" },
    EXPIRED_RATE: { description: "Part des dossiers avec évaluation préalable expirés" },
    WITHDRAWN_RATE: { description: "Part des dossiers avec évaluation préalable clos par abandon" },
    ACQUISITION_RATE: { description: "Part des résultats acquis (critère, sous-domaine validé, domaine)" },
    PRELIMINARY_ACQUISITION_RATE: { description: "Part des résultats acquis à l'évaluation préalable" },
    NOT_ACQUIRED_RATE: { description: "Part des résultats non acquis (difficulté)" },
    MEDIAN_DAYS: { description: "Médiane des jours entre deux étapes (argument interval)" },
    P90_DAYS: { description: "90e centile des jours entre deux étapes (argument interval)" },
  },
});
registerEnumType(ReportDateTruncation, {
  name: "ReportDateTruncation",
  description: "Troncature des dimensions de date",
  valuesConfig: {
    DAY: { description: "Jour" },
    WEEK: { description: "Semaine ISO (commence le lundi)" },
    MONTH: { description: "Mois" },
    QUARTER: { description: "Trimestre" },
    YEAR: { description: "Année" },
  },
});
registerEnumType(ReportProcessStep, {
  name: "ReportProcessStep",
  description: "Étape datée du parcours d'un dossier",
  valuesConfig: {
    OPENED: { description: "Ouverture du dossier" },
    PRELIMINARY: { description: "Évaluation préalable réalisée" },
    TRAINING_START: { description: "Début du premier parcours de formation (non annulé)" },
    TRAINING_END: { description: "Fin du dernier parcours terminé" },
    LAST_FINAL_EVALUATION: { description: "Dernière évaluation finale réalisée" },
    JURY: { description: "Dernier jury ayant statué" },
    CERTIFICATE: { description: "Délivrance du certificat" },
  },
});

@InputType({ description: "Deux étapes du dossier : MEDIAN_DAYS et P90_DAYS mesurent les jours de la première à la seconde" })
export class ReportIntervalInput {
  @Field(() => ReportProcessStep)
  from: ReportProcessStep;

  @Field(() => ReportProcessStep)
  to: ReportProcessStep;
}

/**
 * The `filter` of an aggregate: one typed part per kind of row the subject has (the dossier always;
 * the evaluation, training path, funding line or certificate when the subject is one). A part the
 * subject has not is refused.
 */
@InputType({ description: "Filtre d'un agrégat : une partie par nature de ligne du sujet" })
export class ReportFilter {
  @Field(() => reportFilterInputs.dossier, { nullable: true, description: "Sur le dossier (tous les sujets)" })
  dossier?: Record<string, unknown>;

  @Field(() => reportFilterInputs.evaluation, { nullable: true, description: "Sur l'évaluation (EVALUATIONS et résultats)" })
  evaluation?: Record<string, unknown>;

  @Field(() => reportFilterInputs.trainingPath, { nullable: true, description: "Sur le parcours (TRAINING_PATHS)" })
  trainingPath?: Record<string, unknown>;

  @Field(() => reportFilterInputs.fundingLine, { nullable: true, description: "Sur la ligne de financement (FUNDING_LINES)" })
  fundingLine?: Record<string, unknown>;

  @Field(() => reportFilterInputs.certificate, { nullable: true, description: "Sur le certificat (CERTIFICATES)" })
  certificate?: Record<string, unknown>;
}

@ObjectType({ description: "Valeur d'une dimension pour un groupe" })
export class AggregateKey {
  @Field(() => ReportDimension)
  dimension: ReportDimension;

  @Field(() => String, {
    nullable: true,
    description: "Valeur brute : code, identifiant, ou premier jour de la période (AAAA-MM-JJ) ; null : sans valeur",
  })
  value: string | null;

  @Field(() => String, { nullable: true, description: "Libellé en français" })
  label: string | null;
}

@ObjectType({ description: "Valeur d'une mesure pour un groupe" })
export class AggregateValue {
  @Field(() => ReportMeasure)
  measure: ReportMeasure;

  @Field(() => Float, {
    nullable: true,
    description: "Valeur numérique ; les taux entre 0 et 1 ; null : groupe masqué ou mesure sans objet",
  })
  value: number | null;

  @Field(() => String, { nullable: true, description: "Valeur décimale exacte (heures, montants en euros), sinon null" })
  decimal: string | null;
}

@ObjectType({ description: "Un groupe de l'agrégat" })
export class AggregateRow {
  @Field(() => [AggregateKey])
  keys: AggregateKey[];

  @Field(() => [AggregateValue])
  values: AggregateValue[];

  @Field({
    description: "Vrai quand le groupe compte moins de candidats distincts que le seuil de confidentialité : ses mesures sont masquées",
  })
  suppressed: boolean;
}

@ObjectType({ description: "Résultat d'un agrégat" })
export class AggregateResult {
  @Field(() => ReportSubject)
  subject: ReportSubject;

  @Field(() => [AggregateRow], { description: "Les groupes, triés par valeurs des dimensions" })
  rows: AggregateRow[];

  @Field(() => Int, { description: "Nombre de groupes masqués (confidentialité)" })
  suppressedCount: number;

  @Field(() => Int, {
    nullable: true,
    description: "Seuil de candidats distincts sous lequel un groupe est masqué ; null : pas de masquage pour cet appelant",
  })
  minimumGroupSize: number | null;

  @Field(() => AggregateSource, { description: "LIVE : calculé sur les tables ; ROLLUP : lu dans un cumul rafraîchi périodiquement" })
  source: AggregateSource;

  @Field(() => Date, {
    description:
      "Instant auquel les chiffres sont à jour : celui de l'appel (LIVE) ou du dernier rafraîchissement du cumul (ROLLUP) ; les modifications postérieures n'y sont pas",
  })
  freshAt: Date;
}
