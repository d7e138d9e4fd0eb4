/** Made once: building an Intl.DateTimeFormat costs far more than formatting with it (pages call this per row). */
const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * Today's date in France (`YYYY-MM-DD`): the day on which a habilitation's end date is judged.
 * Europe/Paris rather than the server's zone, so that expiry does not depend on where the API runs.
 */
export function todayInFrance(now: Date = new Date()): string {
  return parisDay.format(now);
}

/** `date` (`YYYY-MM-DD`) plus `days` calendar days, as `YYYY-MM-DD` (UTC arithmetic: no DST drift). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `2025-01-31` → `31/01/2025`, as French messages write a date. */
export function frenchDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}
