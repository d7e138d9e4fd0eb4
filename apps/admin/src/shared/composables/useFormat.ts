import { useI18n } from "vue-i18n";

/** The time zone of the people the platform serves: every date and time is shown as in France, whatever the browser's. */
export const PEOPLE_TIME_ZONE = "Europe/Paris";

/**
 * Dates as people read them in the current language, always in France's time zone (a decision
 * recorded at 23:30 UTC is shown on the next day, at 00:30); `YYYY-MM-DD` strings are calendar
 * days, shown as they are (no time zone shift).
 */
export function formatDate(value: string, lang: string): string {
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(calendarDay ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "long", timeZone: calendarDay ? "UTC" : PEOPLE_TIME_ZONE }).format(d);
}

/** An instant (ISO string) as a date and time in France: "12 mars 2026 à 14:05". */
export function formatDateTime(value: string, lang: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "long", timeStyle: "short", timeZone: PEOPLE_TIME_ZONE }).format(d);
}

/** An instant's time of day in France: "14:05". */
export function formatTime(value: string | Date, lang: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { hour: "2-digit", minute: "2-digit", timeZone: PEOPLE_TIME_ZONE }).format(
    new Date(value),
  );
}

/** The first instant (ISO) of calendar day `day` (`YYYY-MM-DD`) in France, `plusDays` later. */
export function startOfDayInFrance(day: string, plusDays = 0): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return instantOfFrenchTime(`${d.toISOString().slice(0, 10)}T00:00`);
}

/** France's offset from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
function offsetInFrance(instant: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: PEOPLE_TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")!.value; // "GMT+01:00"
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The instant (ISO) of a date and time typed as it reads in France (`YYYY-MM-DDTHH:mm`, a
 * `datetime-local` input), whatever the browser's time zone: "09:00" is 09:00 in Paris.
 */
export function instantOfFrenchTime(local: string): string {
  const asUtc = new Date(`${local.length === 16 ? `${local}:00` : local}Z`).getTime();
  let offset = offsetInFrance(new Date(asUtc));
  // Around a clock change the offset of the result may differ from the first guess's.
  offset = offsetInFrance(new Date(asUtc - offset * 60_000));
  return new Date(asUtc - offset * 60_000).toISOString();
}

const intlLocale = (lang: string) => (lang === "fr" ? "fr-FR" : "en-GB");

export function useFormat() {
  const { locale, t } = useI18n();
  const date = (value: string | null | undefined): string => (value ? formatDate(value, locale.value) : t("app.none"));
  const dateTime = (value: string | null | undefined): string => (value ? formatDateTime(value, locale.value) : t("app.none"));
  const time = (value: string | Date): string => formatTime(value, locale.value);
  return { date, dateTime, time };
}

/** Today's calendar day in France (`YYYY-MM-DD`): the API's reference day for dates. */
export function todayInFrance(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: PEOPLE_TIME_ZONE }).format(now);
}
