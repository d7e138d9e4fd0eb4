import type { CertificationCode, DossierAction, DossierState, JuryDecisionValue, JuryMode } from "@clea/schema";

/** Shapes of the jury queries (jury.documents.ts). */

export interface JurySessionRow {
  id: string;
  organiser: string;
  heldOn: string;
  mode: JuryMode;
  location: string | null;
  closedAt: string | null;
  certification: { id: string; code: CertificationCode; name: string };
  members: { userId: string; displayName: string; college?: string }[];
  submissions: { id: string; decision: JuryDecisionValue | null }[];
}

export interface JuryDossier {
  id: string;
  version: number;
  state: DossierState;
  allowedActions: DossierAction[];
  /** Null when the caller may not see the candidate (a jury sees the dossiers, not the identities). */
  candidate: { id: string; pseudonym: string; lastName: string | null; usualName: string | null; firstNames: string | null } | null;
  establishment: { id: string; name: string } | null;
  domainStatuses: { acquired: boolean; acquiredOn: string | null; validUntil: string | null; domain: { id: string; code: string; title: string } }[];
}

export interface JurySubmissionRow {
  id: string;
  decision: JuryDecisionValue | null;
  reason: string | null;
  decidedAt: string | null;
  createdAt: string;
  certificate: { id: string; number: string } | null;
  dossier: JuryDossier;
}

export interface JurySessionDetail extends Omit<JurySessionRow, "submissions"> {
  submissions: JurySubmissionRow[];
}

/** A dossier's presentation as its jury panel shows it. */
export interface JuryPresentation {
  id: string;
  decision: JuryDecisionValue | null;
  reason: string | null;
  decidedAt: string | null;
  createdAt: string;
  jurySession: { id: string; organiser: string; heldOn: string; mode: JuryMode; location: string | null; closedAt: string | null };
}

export { todayInFrance } from "../../composables/useFormat.ts";


export { isVersionConflict } from "../dossier/composables/useTransition.ts";
