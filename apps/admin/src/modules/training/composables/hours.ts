import { LIMITS } from "@clea/schema";

/**
 * Hours as the API stores them: an exact decimal with at most one decimal (numeric(6,1)), as a
 * string — @clea/schema's LIMITS.trainingHours, with a French decimal comma accepted as typed.
 */
export const HOURS = { pattern: /^\d{1,5}([.,]\d)?$/, maxLength: LIMITS.trainingHours.maxLength } as const;

/** The i18n key (under `trainingForm`) of what is wrong with an hours field, or null. */
export function hoursProblem(value: string, zeroAllowed: boolean): "hoursInvalid" | "hoursPositive" | null {
  const text = value.trim();
  if (!HOURS.pattern.test(text)) return "hoursInvalid";
  if (!zeroAllowed && Number(text.replace(",", ".")) <= 0) return "hoursPositive";
  return null;
}
