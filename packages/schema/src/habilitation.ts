import { HabilitationStatus } from "./enums.js";

/**
 * The habilitation life cycle as data: the API refuses any other change, the SPA offers only these.
 * EXPIRED is never a target: it is derived from the end date (see `effectiveHabilitationStatus`).
 */
export const HabilitationAction = {
  GRANT: "GRANT",
  REFUSE: "REFUSE",
  SUSPEND: "SUSPEND",
  REINSTATE: "REINSTATE",
  WITHDRAW: "WITHDRAW",
  /** Creates the next GRANTED period, starting the day after this one ends (API: `renewHabilitation`). */
  RENEW: "RENEW",
} as const;
export type HabilitationAction = (typeof HabilitationAction)[keyof typeof HabilitationAction];

export interface HabilitationTransition {
  action: HabilitationAction;
  from: readonly HabilitationStatus[];
  to: HabilitationStatus;
  label: string;
  /**
   * The action leaves this habilitation as it is and creates the next period instead (a mutation
   * of its own, with its own input: `renewHabilitation`); `to` is the new period's status.
   */
  createsNextPeriod?: boolean;
}

export const habilitationTransitions: readonly HabilitationTransition[] = [
  { action: "GRANT", from: ["REQUESTED"], to: "GRANTED", label: "Accorder" },
  { action: "REFUSE", from: ["REQUESTED"], to: "REFUSED", label: "Refuser" },
  { action: "SUSPEND", from: ["GRANTED"], to: "SUSPENDED", label: "Suspendre" },
  { action: "REINSTATE", from: ["SUSPENDED"], to: "GRANTED", label: "Rétablir" },
  { action: "WITHDRAW", from: ["GRANTED", "SUSPENDED"], to: "WITHDRAWN", label: "Retirer" },
  { action: "RENEW", from: ["GRANTED", "EXPIRED"], to: "GRANTED", label: "Renouveler", createsNextPeriod: true },
];

/**
 * Stored statuses whose validity period is in force (or was, for an expired one): the periods of
 * one establishment, certification and role with these statuses never overlap (checked by the API,
 * and by the database trigger `habilitation_period_no_overlap`). A request, a refusal or a
 * withdrawal holds no period.
 */
export const HABILITATION_PERIOD_STATUSES: readonly HabilitationStatus[] = [HabilitationStatus.GRANTED, HabilitationStatus.SUSPENDED];

/** The status a person sees: a GRANTED habilitation past its end date is EXPIRED. */
export function effectiveHabilitationStatus(
  stored: HabilitationStatus,
  endDate: string | null | undefined,
  today: string,
): HabilitationStatus {
  if (stored === HabilitationStatus.GRANTED && endDate && endDate < today) return HabilitationStatus.EXPIRED;
  return stored;
}

export function habilitationTransition(action: HabilitationAction, from: HabilitationStatus) {
  return habilitationTransitions.find((t) => t.action === action && t.from.includes(from));
}

export function allowedHabilitationActions(from: HabilitationStatus): HabilitationAction[] {
  return habilitationTransitions.filter((t) => t.from.includes(from)).map((t) => t.action);
}
