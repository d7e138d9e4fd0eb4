/**
 * Candidates (module `candidate` of the API): the enumerations of a candidate's file, their French
 * labels, the list of the fields that are personal data, and the rules on a candidate's identity
 * shared by the API (which enforces them) and the SPA (which shows them as you type).
 */

export const Gender = {
  FEMALE: "FEMALE",
  MALE: "MALE",
} as const;
export type Gender = (typeof Gender)[keyof typeof Gender];

/** Civility as Certif'Pro's platform file writes it (`Civilité`: `M` / `MME`). */
export const Civility = { M: "M", MME: "MME" } as const;
export type Civility = (typeof Civility)[keyof typeof Civility];
export const civilityOfGender: Record<Gender, Civility> = { FEMALE: Civility.MME, MALE: Civility.M };
export const genderOfCivility: Record<Civility, Gender> = { M: Gender.MALE, MME: Gender.FEMALE };

/** Status on entry into the CléA process (`Statut à l'inscription`). */
export const EntryStatus = {
  EMPLOYEE: "EMPLOYEE",
  JOB_SEEKER: "JOB_SEEKER",
  OTHER: "OTHER",
} as const;
export type EntryStatus = (typeof EntryStatus)[keyof typeof EntryStatus];

/** Highest qualification level, in the French nomenclature of 2019 (`Niveau d'instruction`). */
export const QualificationLevel = {
  /** Without a diploma, or the brevet only (levels 1–2). */
  NO_DIPLOMA: "NO_DIPLOMA",
  /** CAP, BEP. */
  LEVEL_3_CAP_BEP: "LEVEL_3_CAP_BEP",
  /** Baccalauréat (general, technological or vocational), BP. */
  LEVEL_4_BAC: "LEVEL_4_BAC",
  /** Bac+2: BTS, DUT, DEUST. */
  LEVEL_5_BAC_PLUS_2: "LEVEL_5_BAC_PLUS_2",
  /** Bac+3 and above: licence, master, doctorate (levels 6–8). */
  LEVEL_6_AND_ABOVE: "LEVEL_6_AND_ABOVE",
} as const;
export type QualificationLevel = (typeof QualificationLevel)[keyof typeof QualificationLevel];

/** Who sent the candidate (`Origine de la démarche`). */
export const Prescriber = {
  FRANCE_TRAVAIL: "FRANCE_TRAVAIL",
  OPCO: "OPCO",
  EMPLOYER: "EMPLOYER",
  REGION: "REGION",
  CEP: "CEP",
  SELF: "SELF",
  OTHER: "OTHER",
} as const;
export type Prescriber = (typeof Prescriber)[keyof typeof Prescriber];

export const candidateLabels = {
  Gender: { FEMALE: "Femme", MALE: "Homme" },
  Civility: { M: "Monsieur", MME: "Madame" },
  EntryStatus: { EMPLOYEE: "Salarié", JOB_SEEKER: "Demandeur d'emploi", OTHER: "Autre" },
  QualificationLevel: {
    NO_DIPLOMA: "Sans diplôme (niveaux 1-2)",
    LEVEL_3_CAP_BEP: "Niveau 3 (CAP, BEP)",
    LEVEL_4_BAC: "Niveau 4 (baccalauréat)",
    LEVEL_5_BAC_PLUS_2: "Niveau 5 (bac+2 : BTS, DUT)",
    LEVEL_6_AND_ABOVE: "Niveau 6 et plus (licence et au-delà)",
  },
  Prescriber: {
    FRANCE_TRAVAIL: "France Travail",
    OPCO: "OPCO",
    EMPLOYER: "Employeur",
    REGION: "Région",
    CEP: "Conseil en évolution professionnelle (CEP)",
    SELF: "Démarche personnelle",
    OTHER: "Autre",
  },
} as const satisfies {
  Gender: Record<Gender, string>;
  Civility: Record<Civility, string>;
  EntryStatus: Record<EntryStatus, string>;
  QualificationLevel: Record<QualificationLevel, string>;
  Prescriber: Record<Prescriber, string>;
};

/**
 * The fields of a candidate (as the GraphQL type `Candidate` names them) that are personal data:
 * readable by ADMIN and by the staff of the candidate's establishment only, never by an analyst.
 * The API marks each with `@PersonalData()`; a test checks that both lists agree.
 */
export const CANDIDATE_PERSONAL_FIELDS = [
  "lastName",
  "usualName",
  "firstNames",
  "birthDate",
  "birthPlace",
  "bornAbroad",
  "email",
  "phone",
  "address",
  "employerSiret",
] as const;
export type CandidatePersonalField = (typeof CANDIDATE_PERSONAL_FIELDS)[number];

/** A candidate's age is between these bounds on the day they are registered. */
export const CANDIDATE_MIN_AGE = 16;
export const CANDIDATE_MAX_AGE = 100;

/** Full years between an ISO birth date and an ISO day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Age bands analysts may see instead of a birth date. */
export const AGE_BANDS = ["<26", "26-44", "45+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export function ageBandOf(birthDate: string, day: string): AgeBand {
  const age = ageOn(birthDate, day);
  return age < 26 ? "<26" : age < 45 ? "26-44" : "45+";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A birth date `YYYY-MM-DD` that exists, is past, and gives an age of 16 to 100 on `today`. */
export function birthDateProblem(value: unknown, today: string): string | null {
  const text = typeof value === "string" ? value.trim() : "";
  const m = ISO_DATE.exec(text);
  if (!m) return "La date de naissance doit être une date au format AAAA-MM-JJ.";
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return "Cette date de naissance n'existe pas.";
  if (text >= today) return "La date de naissance doit être dans le passé.";
  const age = ageOn(text, today);
  if (age < CANDIDATE_MIN_AGE) return `Le candidat doit avoir au moins ${CANDIDATE_MIN_AGE} ans.`;
  if (age > CANDIDATE_MAX_AGE) return `Cette date de naissance donne plus de ${CANDIDATE_MAX_AGE} ans : vérifiez-la.`;
  return null;
}

export const EMAIL_MAX_LENGTH = 254;
/** A pragmatic address check (one @, a dotted domain, no spaces); the mailbox itself is not verified. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export function emailProblem(value: unknown): string | null {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) return "L'adresse e-mail est obligatoire.";
  if (text.length > EMAIL_MAX_LENGTH) return `L'adresse e-mail compte au plus ${EMAIL_MAX_LENGTH} caractères.`;
  return EMAIL.test(text) ? null : "Adresse e-mail invalide.";
}

/** A French or international phone number: digits, spaces, dots, dashes, an optional leading +. */
export function phoneProblem(value: unknown): string | null {
  const text = typeof value === "string" ? value.trim() : "";
  const digits = text.replace(/[\s.-]/g, "");
  if (!/^\+?\d{9,15}$/.test(digits)) return "Numéro de téléphone invalide (9 à 15 chiffres, un + en tête possible).";
  return null;
}
