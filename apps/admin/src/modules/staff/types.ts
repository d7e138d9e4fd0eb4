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

export { todayInFrance } from "../../composables/useFormat.ts";
