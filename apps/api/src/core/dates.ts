/**
 * Today's date in France (`YYYY-MM-DD`): the day on which a habilitation's end date is judged.
 * Europe/Paris rather than the server's zone, so that expiry does not depend on where the API runs.
 */
export function todayInFrance(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
