import type { Locale } from "./index.ts";

/** The strings PrimeVue's own components speak (dialog close button, empty lists…). */
export function primeLocale(locale: Locale) {
  return locale === "fr"
    ? {
        accept: "Oui",
        reject: "Non",
        cancel: "Annuler",
        emptyMessage: "Aucun résultat",
        emptySearchMessage: "Aucun résultat",
        aria: { close: "Fermer", navigation: "Navigation", scrollTop: "Haut de page" },
      }
    : {
        accept: "Yes",
        reject: "No",
        cancel: "Cancel",
        emptyMessage: "No results",
        emptySearchMessage: "No results",
        aria: { close: "Close", navigation: "Navigation", scrollTop: "Scroll top" },
      };
}
