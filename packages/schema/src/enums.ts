/**
 * Enumerations shared by the API (registered as GraphQL enums) and the admin SPA.
 * One source of truth: add a value here, and both sides see it.
 */
export const CertificationCode = {
  CLEA: "CLEA",
  CLEA_NUMERIQUE: "CLEA_NUMERIQUE",
  CLEA_MANAGEMENT: "CLEA_MANAGEMENT",
} as const;
export type CertificationCode = (typeof CertificationCode)[keyof typeof CertificationCode];

export const ReferentialStatus = {
  DRAFT: "DRAFT",
  PUBLISHED: "PUBLISHED",
  RETIRED: "RETIRED",
} as const;
export type ReferentialStatus = (typeof ReferentialStatus)[keyof typeof ReferentialStatus];

export const NetworkKind = {
  APP: "APP",
  GRETA: "GRETA",
  AFPA: "AFPA",
  PRIVATE: "PRIVATE",
  OTHER: "OTHER",
} as const;
export type NetworkKind = (typeof NetworkKind)[keyof typeof NetworkKind];

export const HabilitationRole = {
  EVALUATOR: "EVALUATOR",
  TRAINER: "TRAINER",
} as const;
export type HabilitationRole = (typeof HabilitationRole)[keyof typeof HabilitationRole];

export const HabilitationStatus = {
  REQUESTED: "REQUESTED",
  GRANTED: "GRANTED",
  REFUSED: "REFUSED",
  SUSPENDED: "SUSPENDED",
  WITHDRAWN: "WITHDRAWN",
  /** Never stored: derived from a GRANTED habilitation whose end date is past. */
  EXPIRED: "EXPIRED",
} as const;
export type HabilitationStatus = (typeof HabilitationStatus)[keyof typeof HabilitationStatus];

export const EstablishmentStatus = {
  OPEN: "OPEN",
  CLOSED: "CLOSED",
} as const;
export type EstablishmentStatus = (typeof EstablishmentStatus)[keyof typeof EstablishmentStatus];

/** French labels, used by the SPA and by exports. */
export const labels = {
  CertificationCode: { CLEA: "CléA", CLEA_NUMERIQUE: "CléA Numérique", CLEA_MANAGEMENT: "CléA Management" },
  ReferentialStatus: { DRAFT: "Brouillon", PUBLISHED: "Publiée", RETIRED: "Retirée" },
  NetworkKind: { APP: "APP", GRETA: "GRETA", AFPA: "AFPA", PRIVATE: "Privé", OTHER: "Autre" },
  HabilitationRole: { EVALUATOR: "Évaluateur", TRAINER: "Formateur" },
  HabilitationStatus: {
    REQUESTED: "Demandée",
    GRANTED: "Accordée",
    REFUSED: "Refusée",
    SUSPENDED: "Suspendue",
    WITHDRAWN: "Retirée",
    EXPIRED: "Expirée",
  },
  EstablishmentStatus: { OPEN: "Ouvert", CLOSED: "Fermé" },
} as const satisfies {
  CertificationCode: Record<CertificationCode, string>;
  ReferentialStatus: Record<ReferentialStatus, string>;
  NetworkKind: Record<NetworkKind, string>;
  HabilitationRole: Record<HabilitationRole, string>;
  HabilitationStatus: Record<HabilitationStatus, string>;
  EstablishmentStatus: Record<EstablishmentStatus, string>;
};
