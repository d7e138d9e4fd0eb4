import { EURO_AMOUNT, type FundingStatus, type FundingStep } from "@clea/schema";

/**
 * Amounts in euros as the API exchanges them: decimal strings ("1250.50"), never floats. The SPA
 * normalises what a person types (French comma, spaces between thousands), checks it with the
 * shared EURO_AMOUNT rule, adds amounts as integer cents (BigInt) and formats the result with
 * Intl.NumberFormat from its exact decimal string.
 */

/** What a person typed ("1 250,5", "1250.50 €") in the API's form ("1250.5"), or null when it is not an amount. */
export function normaliseEuroAmount(typed: string): string | null {
  const compact = typed.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  return EURO_AMOUNT.test(compact) ? compact : null;
}

/** "1250.5" → 125050n. Only for strings that pass EURO_AMOUNT (what the API gives back always does). */
export function toCents(amount: string): bigint {
  const [whole = "0", decimals = ""] = amount.trim().split(".");
  return BigInt(whole) * 100n + BigInt((decimals + "00").slice(0, 2));
}

/** 125050n → "1250.50". */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const rest = abs % 100n;
  return `${negative ? "-" : ""}${whole}.${rest.toString().padStart(2, "0")}`;
}

/** The exact sum of decimal amounts: "0.10" + "0.20" is "0.30". */
export function sumAmounts(amounts: readonly string[]): string {
  return fromCents(amounts.reduce((total, a) => total + toCents(a), 0n));
}

/** "1250.50" → "1 250,50 €" (fr-FR), formatted from the exact string (never through a float). */
export function formatEuros(amount: string, locale = "fr-FR"): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format as (value: string) => string;
  return format(amount);
}

/** Lines that count in a step's total: a refused or cancelled line funds nothing. */
export const COUNTED: ReadonlySet<FundingStatus> = new Set<FundingStatus>(["REQUESTED", "AGREED", "PAID"]);

export interface AmountLine {
  step: FundingStep;
  amount: string;
  status: FundingStatus;
}

/** Per step, the exact total of the lines that count (REQUESTED, AGREED, PAID). */
export function totalsByStep(lines: readonly AmountLine[]): Map<FundingStep, string> {
  const cents = new Map<FundingStep, bigint>();
  for (const l of lines) {
    if (!COUNTED.has(l.status)) continue;
    cents.set(l.step, (cents.get(l.step) ?? 0n) + toCents(l.amount));
  }
  return new Map([...cents].map(([step, c]) => [step, fromCents(c)]));
}
