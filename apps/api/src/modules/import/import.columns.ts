import { foldText } from "../../core/text-search.js";

/** One column of an import template: a stable key, its French header, an example cell. */
export interface ImportColumn<K extends string = string> {
  readonly key: K;
  readonly header: string;
  readonly example: string;
  /** Digits a spreadsheet may store as a number, losing leading zeros: the width to pad them back to. */
  readonly digits?: number;
}

/** What can be imported; each kind has its own template (columns) and service. */
export const ImportKind = { ESTABLISHMENTS: "ESTABLISHMENTS", STAFF: "STAFF" } as const;
export type ImportKind = (typeof ImportKind)[keyof typeof ImportKind];

/**
 * The one template of the establishment import: French headers, in this order. Headers are
 * matched without regard to case, accents or spacing, so a file re-typed by hand still reads.
 */
export const ESTABLISHMENT_IMPORT_COLUMNS = [
  { key: "organisationSiren", header: "SIREN de l'organisme", example: "123456782", digits: 9 },
  { key: "siret", header: "SIRET", example: "12345678200010", digits: 14 },
  { key: "name", header: "Nom de l'établissement", example: "Centre CléA de Rennes" },
  { key: "addressLine", header: "Adresse", example: "12 rue de la Paix" },
  { key: "postalCode", header: "Code postal", example: "35000", digits: 5 },
  { key: "city", header: "Ville", example: "Rennes" },
  { key: "departmentCode", header: "Code département", example: "35", digits: 2 },
] as const satisfies readonly ImportColumn[];

/** The staff import: one line per person, establishment and function. */
export const STAFF_IMPORT_COLUMNS = [
  { key: "email", header: "E-mail", example: "camille.martin@exemple.fr" },
  { key: "lastName", header: "Nom", example: "Martin" },
  { key: "firstName", header: "Prénom", example: "Camille" },
  { key: "siret", header: "SIRET de l'établissement", example: "12345678200010", digits: 14 },
  { key: "function", header: "Fonction", example: "Évaluateur" },
  { key: "startedOn", header: "Date de début", example: "01/09/2026" },
] as const satisfies readonly ImportColumn[];

export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  ESTABLISHMENTS: ESTABLISHMENT_IMPORT_COLUMNS,
  STAFF: STAFF_IMPORT_COLUMNS,
};

export type ImportColumnKey = (typeof ESTABLISHMENT_IMPORT_COLUMNS)[number]["key"];
export type ImportRow = Record<ImportColumnKey, string>;
export type StaffColumnKey = (typeof STAFF_IMPORT_COLUMNS)[number]["key"];
export type StaffRow = Record<StaffColumnKey, string>;

/** The French header of a column key. */
export const headerIn = (columns: readonly ImportColumn[], key: string): string => columns.find((c) => c.key === key)!.header;
export const headerOf = (key: ImportColumnKey): string => headerIn(ESTABLISHMENT_IMPORT_COLUMNS, key);

/** A header reduced for comparison: folded like every search (core/text-search), single spaces. */
export const normaliseHeader = (h: string): string => foldText(h).replace(/[`’]/g, "'").replace(/\s+/g, " ").trim();

/** Refused before any parsing. */
export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxLines: 5_000 } as const;
