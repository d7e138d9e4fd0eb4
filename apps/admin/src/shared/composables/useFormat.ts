import { useI18n } from "vue-i18n";

/** Dates as people read them in the current language; `YYYY-MM-DD` strings are calendar days (no time zone shift). */
export function useFormat() {
  const { locale, t } = useI18n();
  function date(value: string | null | undefined): string {
    if (!value) return t("app.none");
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
    if (Number.isNaN(day.getTime())) return value;
    return new Intl.DateTimeFormat(locale.value === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long" }).format(day);
  }
  /** An instant (ISO string) as a French date and time: "12 mars 2026 à 14:05". */
  function dateTime(value: string | null | undefined): string {
    if (!value) return t("app.none");
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return value;
    return new Intl.DateTimeFormat(locale.value === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeStyle: "short" }).format(d);
  }
  return { date, dateTime };
}

/** Today's calendar day in France (`YYYY-MM-DD`): the API's reference day for dates. */
export function todayInFrance(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now);
}
