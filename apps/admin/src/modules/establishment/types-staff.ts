import type { CertificationCode, EvaluationSessionKind, StaffFunction } from "@clea/schema";

export interface StaffRow {
  id: string;
  userId: string;
  function: StaffFunction;
  startedOn: string;
  endedOn: string | null;
  current: boolean;
  user: { id: string; displayName: string; email: string } | null;
  accreditations?: { id: string; trainedOn: string; reference: string; certification: { id: string; code: CertificationCode; name: string } }[];
}
export interface SessionRow {
  id: string;
  kind: EvaluationSessionKind;
  startsAt: string;
  endsAt: string;
  siteAddress: string;
  capacity: number;
  enrolled: number;
  free: number;
  cancelledAt: string | null;
  evaluatorId: string;
  certification: { id: string; code: CertificationCode; name: string };
  evaluator: { id: string; displayName: string } | null;
}

/** Today in France as `YYYY-MM-DD` (the API's reference day). */
export function todayInFrance(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
