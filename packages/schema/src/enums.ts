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

/** An évaluation préalable (before training) or finale (at its end). */
export const EvaluationSessionKind = {
  PRELIMINARY: "PRELIMINARY",
  FINAL: "FINAL",
} as const;
export type EvaluationSessionKind = (typeof EvaluationSessionKind)[keyof typeof EvaluationSessionKind];

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
  EvaluationSessionKind: { PRELIMINARY: "Évaluation préalable", FINAL: "Évaluation finale" },
} as const satisfies {
  CertificationCode: Record<CertificationCode, string>;
  ReferentialStatus: Record<ReferentialStatus, string>;
  NetworkKind: Record<NetworkKind, string>;
  HabilitationRole: Record<HabilitationRole, string>;
  HabilitationStatus: Record<HabilitationStatus, string>;
  EstablishmentStatus: Record<EstablishmentStatus, string>;
  EvaluationSessionKind: Record<EvaluationSessionKind, string>;
};

/**
 * Roles of the platform. Each assignment has a scope: national (ADMIN, JURY, ANALYST without a
 * network), one network (NETWORK_MANAGER, ANALYST with a network) or one establishment
 * (CENTRE_MANAGER, ADVISOR, EVALUATOR, TRAINER).
 */
export const Role = {
  ADMIN: "ADMIN",
  NETWORK_MANAGER: "NETWORK_MANAGER",
  CENTRE_MANAGER: "CENTRE_MANAGER",
  ADVISOR: "ADVISOR",
  EVALUATOR: "EVALUATOR",
  TRAINER: "TRAINER",
  JURY: "JURY",
  ANALYST: "ANALYST",
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const RoleScopeKind = { NATIONAL: "NATIONAL", NETWORK: "NETWORK", ESTABLISHMENT: "ESTABLISHMENT" } as const;
export type RoleScopeKind = (typeof RoleScopeKind)[keyof typeof RoleScopeKind];

/** Which scopes each role may be given. */
export const roleScopes: Record<Role, readonly RoleScopeKind[]> = {
  ADMIN: ["NATIONAL"],
  NETWORK_MANAGER: ["NETWORK"],
  CENTRE_MANAGER: ["ESTABLISHMENT"],
  ADVISOR: ["ESTABLISHMENT"],
  EVALUATOR: ["ESTABLISHMENT"],
  TRAINER: ["ESTABLISHMENT"],
  JURY: ["NATIONAL"],
  ANALYST: ["NATIONAL", "NETWORK"],
};

/** The functions a person holds in an establishment (its staff): the establishment-scoped roles. */
export const StaffFunction = {
  CENTRE_MANAGER: "CENTRE_MANAGER",
  ADVISOR: "ADVISOR",
  EVALUATOR: "EVALUATOR",
  TRAINER: "TRAINER",
} as const satisfies Partial<Record<Role, Role>>;
export type StaffFunction = (typeof StaffFunction)[keyof typeof StaffFunction];

export const UserStatus = { ACTIVE: "ACTIVE", DISABLED: "DISABLED" } as const;
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

export const roleLabels: Record<Role, string> = {
  ADMIN: "Administrateur national",
  NETWORK_MANAGER: "Responsable de réseau",
  CENTRE_MANAGER: "Responsable de centre",
  ADVISOR: "Conseiller",
  EVALUATOR: "Évaluateur",
  TRAINER: "Formateur",
  JURY: "Membre de jury",
  ANALYST: "Analyste",
};
export const userStatusLabels: Record<UserStatus, string> = { ACTIVE: "Actif", DISABLED: "Désactivé" };
