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
} as const;
export type HabilitationAction = (typeof HabilitationAction)[keyof typeof HabilitationAction];

export interface HabilitationTransition {
  action: HabilitationAction;
  from: readonly HabilitationStatus[];
  to: HabilitationStatus;
  label: string;
}

export const habilitationTransitions: readonly HabilitationTransition[] = [
  { action: "GRANT", from: ["REQUESTED"], to: "GRANTED", label: "Accorder" },
  { action: "REFUSE", from: ["REQUESTED"], to: "REFUSED", label: "Refuser" },
  { action: "SUSPEND", from: ["GRANTED"], to: "SUSPENDED", label: "Suspendre" },
  { action: "REINSTATE", from: ["SUSPENDED"], to: "GRANTED", label: "Rétablir" },
  { action: "WITHDRAW", from: ["GRANTED", "SUSPENDED"], to: "WITHDRAWN", label: "Retirer" },
];

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
