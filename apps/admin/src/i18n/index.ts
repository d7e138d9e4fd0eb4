import { createI18n } from "vue-i18n";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

export type Locale = "fr" | "en";
export const LOCALES: readonly Locale[] = ["fr", "en"];
const STORAGE_KEY = "clea.locale";

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "fr") return saved;
  } catch {
    /* storage may be unavailable (private mode): French by default */
  }
  return "fr";
}

/** French first: fr is the default and the fallback; English mirrors its keys. */
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: "fr",
  messages: { fr, en },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    /* ignore */
  }
}
