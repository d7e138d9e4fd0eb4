import { foldText } from "../../core/text-search.js";
/**
 * The one template of the establishment import: French headers, in this order. Headers are
 * matched without regard to case, accents or spacing, so a file re-typed by hand still reads.
 */
export const ESTABLISHMENT_IMPORT_COLUMNS = [
  { key: "organisationSiren", header: "SIREN de l'organisme", example: "123456782" },
  { key: "siret", header: "SIRET", example: "12345678200010" },
  { key: "name", header: "Nom de l'établissement", example: "Centre CléA de Rennes" },
  { key: "addressLine", header: "Adresse", example: "12 rue de la Paix" },
  { key: "postalCode", header: "Code postal", example: "35000" },
  { key: "city", header: "Ville", example: "Rennes" },
  { key: "departmentCode", header: "Code département", example: "35" },
] as const;

export type ImportColumnKey = (typeof ESTABLISHMENT_IMPORT_COLUMNS)[number]["key"];
export type ImportRow = Record<ImportColumnKey, string>;

export const headerOf = (key: ImportColumnKey): string => ESTABLISHMENT_IMPORT_COLUMNS.find((c) => c.key === key)!.header;

/** A header reduced for comparison: folded like every search (core/text-search), single spaces. */
export const normaliseHeader = (h: string): string => foldText(h).replace(/`/g, "'").replace(/\s+/g, " ").trim();

/** Refused before any parsing. */
export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxLines: 5_000 } as const;
