/**
 * Limits of the dossier process's inputs, shared by the API (its input rules) and the SPA (its
 * form controls), so that a form never accepts what the API refuses nor refuses what it accepts.
 */
export const LIMITS = {
  /** Duration of an evaluation, in minutes. */
  evaluationDurationMinutes: { min: 1, max: 5000 },
  /** Free-text context of an evaluation. */
  evaluationContext: 1000,
  /** Reason given when a dossier is closed or adjourned. */
  reason: 1000,
  /** A trainer named in words (no account on the platform). */
  trainerName: 200,
  /** A funder's reference (EDOF number of a CPF funding…). */
  funderReference: 100,
  /** Hours of a training path, as an exact decimal with one decimal at most (e.g. 12.5). */
  trainingHours: { pattern: /^\d{1,5}(\.\d)?$/, maxLength: 7 },
} as const;
