import type { CapabilityName } from "./capabilities.js";
import { DEFAULT_THRESHOLD_PERCENT, type ReferentialDocument } from "./referential.js";

/**
 * The candidate dossier's process as data: states, the actions that move a dossier between them,
 * each action's guards (by name), the derived outcomes of an evaluation and the 5-year window.
 * The API enforces exactly this (modules dossier, evaluation, training, jury); the SPA uses it to
 * offer only the actions a dossier's state allows and to show live outcomes in the evaluation grid.
 * Decisions and the reasons for them: docs/adr/0010-dossier-process.md.
 */

export const DossierState = {
  /** Advice done, dossier opened by an establishment habilitated as EVALUATOR. */
  OPENED: "OPENED",
  /** The évaluation préalable is planned (date, evaluator, possibly a session). */
  PRELIMINARY_PLANNED: "PRELIMINARY_PLANNED",
  /** Some domains are not acquired: the candidate follows a training path on them. */
  IN_TRAINING: "IN_TRAINING",
  /** An évaluation finale on the domains still missing is planned. */
  FINAL_PLANNED: "FINAL_PLANNED",
  /** Every domain acquired and valid: waiting for a jury session. */
  READY_FOR_JURY: "READY_FOR_JURY",
  /** Submitted to a jury session, waiting for its decision. */
  SUBMITTED_TO_JURY: "SUBMITTED_TO_JURY",
  CERTIFIED: "CERTIFIED",
  /** The jury adjourned the dossier (with a reason); it resumes training or goes back to a jury. */
  ADJOURNED: "ADJOURNED",
  WITHDRAWN: "WITHDRAWN",
  /** The 5-year window from the évaluation préalable ended before certification. */
  EXPIRED: "EXPIRED",
} as const;
export type DossierState = (typeof DossierState)[keyof typeof DossierState];

/** States a dossier never leaves. */
export const FINAL_DOSSIER_STATES: readonly DossierState[] = ["CERTIFIED", "WITHDRAWN", "EXPIRED"];
export const OPEN_DOSSIER_STATES: readonly DossierState[] = (Object.values(DossierState) as DossierState[]).filter(
  (s) => !FINAL_DOSSIER_STATES.includes(s),
);

export const DossierAction = {
  PLAN_PRELIMINARY: "PLAN_PRELIMINARY",
  /** Records the évaluation préalable; the derived outcomes choose READY_FOR_JURY or IN_TRAINING. */
  RECORD_PRELIMINARY: "RECORD_PRELIMINARY",
  /** Plans a training path on missing domains (the dossier stays IN_TRAINING; not a transition of state). */
  PLAN_TRAINING: "PLAN_TRAINING",
  PLAN_FINAL: "PLAN_FINAL",
  /** Records the évaluation finale; the derived outcomes choose READY_FOR_JURY or IN_TRAINING. */
  RECORD_FINAL: "RECORD_FINAL",
  SUBMIT_TO_JURY: "SUBMIT_TO_JURY",
  CERTIFY: "CERTIFY",
  ADJOURN: "ADJOURN",
  /** After an adjournment: back to training on what is missing. */
  RESUME_TRAINING: "RESUME_TRAINING",
  /** After an adjournment for an incomplete file, every domain still valid: back to a jury. */
  RETURN_TO_JURY: "RETURN_TO_JURY",
  WITHDRAW: "WITHDRAW",
  /** Done by the daily job (and refused transitions past the window point to it); never by a person. */
  EXPIRE: "EXPIRE",
} as const;
export type DossierAction = (typeof DossierAction)[keyof typeof DossierAction];

/**
 * Names of the rules an action checks besides its source state and the caller's capability. The
 * API has exactly one implementation per name (apps/api/src/modules/dossier/dossier.guards.ts) and
 * runs exactly the guards an action lists; those it can decide without the action's input (the
 * dossier and today suffice) also decide which actions `allowedActions` offers.
 */
export const DossierGuard = {
  /** The holding establishment is open and habilitated as EVALUATOR for the certification on the date. */
  ESTABLISHMENT_HABILITATED: "ESTABLISHMENT_HABILITATED",
  /** The evaluator holds a current EVALUATOR assignment at the holding establishment. */
  EVALUATOR_ASSIGNED: "EVALUATOR_ASSIGNED",
  /** A result for every criterion of every domain (préalable) or of every evaluated domain (finale). */
  EVERY_CRITERION_SCORED: "EVERY_CRITERION_SCORED",
  /** The évaluation finale covers only domains not yet acquired and targeted by the training path. */
  ONLY_MISSING_DOMAINS: "ONLY_MISSING_DOMAINS",
  /** The evaluator of a finale is not one of the candidate's trainers. */
  EVALUATOR_NOT_TRAINER: "EVALUATOR_NOT_TRAINER",
  /** The domains a training path is planned on are not acquired. */
  DOMAINS_NOT_ACQUIRED: "DOMAINS_NOT_ACQUIRED",
  /** A training path (not cancelled) exists. */
  TRAINING_PATH_PLANNED: "TRAINING_PATH_PLANNED",
  /** Today is within the 5-year window from the évaluation préalable. */
  WITHIN_WINDOW: "WITHIN_WINDOW",
  /** Every domain is acquired and still valid on the date (jury date for a certification). */
  ALL_DOMAINS_VALID: "ALL_DOMAINS_VALID",
  /** The window from the évaluation préalable is over. */
  WINDOW_OVER: "WINDOW_OVER",
} as const;
export type DossierGuard = (typeof DossierGuard)[keyof typeof DossierGuard];

export interface DossierTransition {
  action: DossierAction;
  from: readonly DossierState[];
  /** Several targets: the action's outcome chooses (derived outcomes, jury decision). */
  to: readonly DossierState[];
  guards: readonly DossierGuard[];
  /** French label of the button that performs the action. */
  label: string;
  /** Who may perform it, on the dossier's network or establishment (capabilities.ts); none: only the system (daily job). */
  capability: CapabilityName | null;
  /** The action changes what the dossier holds, not its state (no version bump, no history row). */
  keepsState?: boolean;
}

const open = OPEN_DOSSIER_STATES;

/**
 * Every action of the process. Past the 5-year window only closing remains: every other action of
 * an open dossier lists WITHIN_WINDOW (a test checks it).
 */
export const dossierTransitions: readonly DossierTransition[] = [
  {
    action: "PLAN_PRELIMINARY",
    from: ["OPENED"],
    to: ["PRELIMINARY_PLANNED"],
    guards: ["ESTABLISHMENT_HABILITATED", "EVALUATOR_ASSIGNED"],
    label: "Planifier l'évaluation préalable",
    capability: "dossier.planPreliminary",
  },
  {
    action: "RECORD_PRELIMINARY",
    from: ["PRELIMINARY_PLANNED"],
    to: ["READY_FOR_JURY", "IN_TRAINING"],
    guards: ["ESTABLISHMENT_HABILITATED", "EVERY_CRITERION_SCORED"],
    label: "Saisir l'évaluation préalable",
    capability: "dossier.recordPreliminary",
  },
  {
    action: "PLAN_TRAINING",
    from: ["IN_TRAINING"],
    to: ["IN_TRAINING"],
    guards: ["WITHIN_WINDOW", "DOMAINS_NOT_ACQUIRED"],
    label: "Planifier un parcours de formation",
    capability: "dossier.planTraining",
    keepsState: true,
  },
  {
    action: "PLAN_FINAL",
    from: ["IN_TRAINING"],
    to: ["FINAL_PLANNED"],
    guards: [
      "WITHIN_WINDOW",
      "TRAINING_PATH_PLANNED",
      "ONLY_MISSING_DOMAINS",
      "ESTABLISHMENT_HABILITATED",
      "EVALUATOR_ASSIGNED",
      "EVALUATOR_NOT_TRAINER",
    ],
    label: "Planifier l'évaluation finale",
    capability: "dossier.planFinal",
  },
  {
    action: "RECORD_FINAL",
    from: ["FINAL_PLANNED"],
    to: ["READY_FOR_JURY", "IN_TRAINING"],
    guards: ["WITHIN_WINDOW", "ESTABLISHMENT_HABILITATED", "EVERY_CRITERION_SCORED", "ONLY_MISSING_DOMAINS", "EVALUATOR_NOT_TRAINER"],
    label: "Saisir l'évaluation finale",
    capability: "dossier.recordFinal",
  },
  {
    action: "SUBMIT_TO_JURY",
    from: ["READY_FOR_JURY"],
    to: ["SUBMITTED_TO_JURY"],
    guards: ["WITHIN_WINDOW", "ALL_DOMAINS_VALID"],
    label: "Présenter au jury",
    capability: "dossier.submitToJury",
  },
  {
    action: "CERTIFY",
    from: ["SUBMITTED_TO_JURY"],
    to: ["CERTIFIED"],
    guards: ["WITHIN_WINDOW", "ALL_DOMAINS_VALID"],
    label: "Certifier",
    capability: "dossier.decide",
  },
  {
    action: "ADJOURN",
    from: ["SUBMITTED_TO_JURY"],
    to: ["ADJOURNED"],
    guards: ["WITHIN_WINDOW"],
    label: "Ajourner",
    capability: "dossier.decide",
  },
  {
    action: "RESUME_TRAINING",
    from: ["ADJOURNED"],
    to: ["IN_TRAINING"],
    guards: ["WITHIN_WINDOW"],
    label: "Reprendre la formation",
    capability: "dossier.resumeTraining",
  },
  {
    action: "RETURN_TO_JURY",
    from: ["ADJOURNED"],
    to: ["READY_FOR_JURY"],
    guards: ["WITHIN_WINDOW", "ALL_DOMAINS_VALID"],
    label: "Représenter au jury",
    capability: "dossier.returnToJury",
  },
  {
    action: "WITHDRAW",
    from: open,
    to: ["WITHDRAWN"],
    guards: [],
    label: "Clore à la demande du candidat",
    capability: "dossier.withdraw",
  },
  { action: "EXPIRE", from: open, to: ["EXPIRED"], guards: ["WINDOW_OVER"], label: "Expirer", capability: null },
];

export function dossierTransition(action: DossierAction, from: DossierState): DossierTransition | undefined {
  return dossierTransitions.find((t) => t.action === action && t.from.includes(from));
}

/** The actions of people (not the system's) that a dossier in state `from` may undergo. */
export function dossierActionsFrom(from: DossierState): DossierTransition[] {
  return dossierTransitions.filter((t) => t.capability !== null && t.from.includes(from));
}

// ---------------------------------------------------------------------------------------------
// Evaluations and their derived outcomes

// An evaluation's kind is `EvaluationSessionKind` (PRELIMINARY / FINAL, enums.ts): one enum for both.

export const EvaluationStatus = { PLANNED: "PLANNED", DONE: "DONE", CANCELLED: "CANCELLED" } as const;
export type EvaluationStatus = (typeof EvaluationStatus)[keyof typeof EvaluationStatus];

export const CriterionResultValue = { ACQUIRED: "ACQUIRED", NOT_ACQUIRED: "NOT_ACQUIRED" } as const;
export type CriterionResultValue = (typeof CriterionResultValue)[keyof typeof CriterionResultValue];

/** The référentiel version's rules an outcome is derived from (codes, thresholds, mandatory criteria). */
export interface OutcomeRules {
  domains: ReadonlyArray<{
    code: string;
    subDomains: ReadonlyArray<{
      code: string;
      /** Percent of the sub-domain's criteria that must be acquired. */
      thresholdPercent: number;
      /** Codes of criteria that must be acquired whatever the threshold. */
      mandatoryCriteria: readonly string[];
      criteria: readonly string[];
    }>;
  }>;
}

/** What `outcomeRulesOf` reads of a référentiel version (its portable document, or rows read by the API). */
export interface OutcomeRulesSource {
  domains: ReadonlyArray<{
    code: string;
    subDomains: ReadonlyArray<{
      code: string;
      thresholdPercent?: number | null;
      mandatoryCriteria?: readonly string[] | null;
      criteria: ReadonlyArray<{ code: string }>;
    }>;
  }>;
}

/**
 * The outcome rules of a référentiel version (defaults: DEFAULT_THRESHOLD_PERCENT, no mandatory
 * criterion) — the one builder, used by the API to derive outcomes and by the SPA's live grid.
 */
export function outcomeRulesOf(document: OutcomeRulesSource | Pick<ReferentialDocument, "domains">): OutcomeRules {
  return {
    domains: document.domains.map((d) => ({
      code: d.code,
      subDomains: d.subDomains.map((s) => ({
        code: s.code,
        thresholdPercent: s.thresholdPercent ?? DEFAULT_THRESHOLD_PERCENT,
        mandatoryCriteria: s.mandatoryCriteria ?? [],
        criteria: s.criteria.map((c) => c.code),
      })),
    })),
  };
}

export interface SubDomainOutcome {
  code: string;
  acquiredCount: number;
  criterionCount: number;
  /** Mandatory criteria of the sub-domain not acquired (or not scored yet). */
  missingMandatory: string[];
  /** Null while some criterion of the sub-domain has no result. */
  validated: boolean | null;
}

export interface DomainOutcome {
  code: string;
  /** Null while some criterion of the domain has no result. */
  acquired: boolean | null;
  subDomains: SubDomainOutcome[];
}

/**
 * The outcome of a set of criterion results over the given domains: a sub-domain is validated when
 * the share of its criteria acquired reaches its threshold and every mandatory criterion is
 * acquired; a domain is acquired when all its sub-domains are validated. A sub-domain with a
 * criterion not scored yet is undecided (null), and so is its domain — unless the sub-domain can no
 * longer reach its rule whatever the missing results (then it is already not validated).
 */
export function deriveOutcomes(
  rules: OutcomeRules,
  results: Readonly<Record<string, CriterionResultValue | undefined>>,
  domainCodes?: readonly string[],
): DomainOutcome[] {
  const domains = domainCodes ? rules.domains.filter((d) => domainCodes.includes(d.code)) : rules.domains;
  return domains.map((d) => {
    const subDomains = d.subDomains.map((sd): SubDomainOutcome => {
      const criterionCount = sd.criteria.length;
      let acquiredCount = 0;
      let unscored = 0;
      for (const c of sd.criteria) {
        const r = results[c];
        if (r === "ACQUIRED") acquiredCount++;
        else if (r === undefined) unscored++;
      }
      const missingMandatory = sd.mandatoryCriteria.filter((c) => results[c] !== "ACQUIRED");
      const mandatoryFailed = sd.mandatoryCriteria.some((c) => results[c] === "NOT_ACQUIRED");
      const reaches = (acquired: number) => criterionCount === 0 || acquired * 100 >= sd.thresholdPercent * criterionCount;
      let validated: boolean | null;
      if (mandatoryFailed || !reaches(acquiredCount + unscored)) validated = false;
      else if (unscored > 0) validated = null;
      else validated = reaches(acquiredCount) && missingMandatory.length === 0;
      return { code: sd.code, acquiredCount, criterionCount, missingMandatory, validated };
    });
    const acquired = subDomains.some((s) => s.validated === false) ? false : subDomains.some((s) => s.validated === null) ? null : true;
    return { code: d.code, acquired, subDomains };
  });
}

/** Years a domain acquired stays valid, counted from the évaluation préalable. */
export const VALIDITY_YEARS = 5;

/** `YYYY-MM-DD` + `months` months, the day kept or brought back to the target month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** `YYYY-MM-DD` + 5 years; 29 February goes to 28 February when the target year has none. */
export const windowEnd = (preliminaryDate: string): string => addMonths(preliminaryDate, VALIDITY_YEARS * 12);

/**
 * The dossiers list's filter for "the 5-year window ends within `months` months": open dossiers
 * whose window ends by then (or has ended without the expiry recorded yet).
 */
export const expiringWithin = (months: number, today: string) => ({
  state: { in: [...OPEN_DOSSIER_STATES] },
  windowEndsOn: { lte: addMonths(today, months) },
});

/** The window is over the day after its end. */
export const isWindowOver = (windowEndsOn: string | null | undefined, today: string): boolean => !!windowEndsOn && today > windowEndsOn;

// ---------------------------------------------------------------------------------------------
// Training, jury, certificate, funding

export const TrainingPathStatus = { PLANNED: "PLANNED", COMPLETED: "COMPLETED", CANCELLED: "CANCELLED" } as const;
export type TrainingPathStatus = (typeof TrainingPathStatus)[keyof typeof TrainingPathStatus];

export const JuryMode = { ON_SITE: "ON_SITE", REMOTE: "REMOTE" } as const;
export type JuryMode = (typeof JuryMode)[keyof typeof JuryMode];

export const JuryDecisionValue = { CERTIFIED: "CERTIFIED", ADJOURNED: "ADJOURNED" } as const;
export type JuryDecisionValue = (typeof JuryDecisionValue)[keyof typeof JuryDecisionValue];

export const FundingStep = { PRELIMINARY: "PRELIMINARY", TRAINING: "TRAINING", FINAL: "FINAL", CERTIFICATION: "CERTIFICATION" } as const;
export type FundingStep = (typeof FundingStep)[keyof typeof FundingStep];

export const FunderType = {
  CPF: "CPF",
  FRANCE_TRAVAIL: "FRANCE_TRAVAIL",
  OPCO: "OPCO",
  REGION: "REGION",
  TRANSITIONS_PRO: "TRANSITIONS_PRO",
  EMPLOYER: "EMPLOYER",
  SELF: "SELF",
  OTHER: "OTHER",
} as const;
export type FunderType = (typeof FunderType)[keyof typeof FunderType];

export const FundingStatus = {
  REQUESTED: "REQUESTED",
  AGREED: "AGREED",
  PAID: "PAID",
  REFUSED: "REFUSED",
  CANCELLED: "CANCELLED",
} as const;
export type FundingStatus = (typeof FundingStatus)[keyof typeof FundingStatus];

/** An amount in euros as exchanged with the API: a decimal string with at most 2 decimals, never a float. */
export const EURO_AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;

/**
 * The prefix of a certificate number names its certification (a reader sees at once which one it
 * claims; the verification still checks it): CLEA, CLEN (CléA Numérique), CLEM (CléA Management).
 */
export const CERTIFICATE_PREFIX = { CLEA: "CLEA", CLEA_NUMERIQUE: "CLEN", CLEA_MANAGEMENT: "CLEM" } as const;

/**
 * Certificate numbers: the certification's prefix + 4 groups of 4 characters of Crockford base 32
 * (16 × 5 = 80 random bits), e.g. `CLEA-7K2M-Q9XD-4TAB-R8ZW` (24 characters).
 */
export const CERTIFICATE_NUMBER =
  /^(CLEA|CLEN|CLEM)-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * A certificate number as typed by a person, in its canonical form (or null when it cannot be
 * one): upper case, spaces removed, and Crockford's look-alikes read as digits (O → 0, I and L → 1).
 */
export function normaliseCertificateNumber(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s\u00a0]+/g, "");
  const m = /^([A-Z]{4})-?([^-]{4})-?([^-]{4})-?([^-]{4})-?([^-]{4})$/.exec(compact);
  if (!m) return null;
  const body = m.slice(2).map((g) => g.replace(/O/g, "0").replace(/[IL]/g, "1"));
  const number = `${m[1]}-${body.join("-")}`;
  return CERTIFICATE_NUMBER.test(number) ? number : null;
}

export const dossierLabels = {
  DossierState: {
    OPENED: "Ouvert",
    PRELIMINARY_PLANNED: "Évaluation préalable planifiée",
    IN_TRAINING: "En formation",
    FINAL_PLANNED: "Évaluation finale planifiée",
    READY_FOR_JURY: "Prêt pour le jury",
    SUBMITTED_TO_JURY: "Présenté au jury",
    CERTIFIED: "Certifié",
    ADJOURNED: "Ajourné",
    WITHDRAWN: "Clos (abandon)",
    EXPIRED: "Expiré",
  },
  DossierAction: Object.fromEntries(dossierTransitions.map((t) => [t.action, t.label])) as Record<DossierAction, string>,
  EvaluationStatus: { PLANNED: "Planifiée", DONE: "Réalisée", CANCELLED: "Annulée" },
  CriterionResultValue: { ACQUIRED: "Acquis", NOT_ACQUIRED: "Non acquis" },
  TrainingPathStatus: { PLANNED: "Planifié", COMPLETED: "Terminé", CANCELLED: "Annulé" },
  JuryMode: { ON_SITE: "Sur place", REMOTE: "À distance" },
  JuryDecisionValue: { CERTIFIED: "Certifié", ADJOURNED: "Ajourné" },
  FundingStep: { PRELIMINARY: "Évaluation préalable", TRAINING: "Formation", FINAL: "Évaluation finale", CERTIFICATION: "Certification" },
  FunderType: {
    CPF: "CPF (Mon Compte Formation)",
    FRANCE_TRAVAIL: "France Travail",
    OPCO: "OPCO",
    REGION: "Région",
    TRANSITIONS_PRO: "Transitions Pro",
    EMPLOYER: "Employeur",
    SELF: "Autofinancement",
    OTHER: "Autre",
  },
  FundingStatus: { REQUESTED: "Demandé", AGREED: "Accordé", PAID: "Payé", REFUSED: "Refusé", CANCELLED: "Annulé" },
} as const satisfies {
  DossierState: Record<DossierState, string>;
  DossierAction: Record<DossierAction, string>;
  EvaluationStatus: Record<EvaluationStatus, string>;
  CriterionResultValue: Record<CriterionResultValue, string>;
  TrainingPathStatus: Record<TrainingPathStatus, string>;
  JuryMode: Record<JuryMode, string>;
  JuryDecisionValue: Record<JuryDecisionValue, string>;
  FundingStep: Record<FundingStep, string>;
  FunderType: Record<FunderType, string>;
  FundingStatus: Record<FundingStatus, string>;
};
