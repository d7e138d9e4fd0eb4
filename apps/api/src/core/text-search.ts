import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { likeContains } from "./list.js";

/**
 * "Contains" search that ignores case and French accents, on any PostgreSQL: the clusters run
 * with the C locale (where lower() and ILIKE fold ASCII only), and PGlite and some managed servers
 * have no unaccent extension. Both sides are folded the same way — ligatures spelled out (œ → oe),
 * accents removed, lower case — and LIKE wildcards in the text are escaped, so `100%` finds
 * "100%", not everything.
 */
const FOLD_FROM = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿŸ’";
const FOLD_TO = [...FOLD_FROM].map((c) => (c === "’" ? "'" : c.normalize("NFD")[0])).join("");

/** The folded form of a text, as foldSql() computes it in the database. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/’/g, "'")
    .toLowerCase();
}

/** SQL folding a column expression; needs the parameters of foldParams. */
export const foldSql = (sql: string) =>
  `lower(translate(replace(replace(replace(replace(${sql}, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), :foldFrom, :foldTo))`;
export const foldParams = { foldFrom: FOLD_FROM, foldTo: FOLD_TO };

/** Adds `(col1 contains text OR col2 contains text …)` to the query; a blank text adds nothing. */
export function whereTextContains<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: string[],
  text: string | null | undefined,
  param = "search",
): void {
  const folded = foldText(text?.trim() ?? "");
  if (!folded) return;
  const conditions = columns.map((c) => `${foldSql(c)} LIKE :${param}`);
  qb.andWhere(`(${conditions.join(" OR ")})`, { [param]: likeContains(folded), ...foldParams });
}
