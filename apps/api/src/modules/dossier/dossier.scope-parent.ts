import type { ScopeRule } from "../../core/scope.js";

/**
 * The rule of rows that belong to a scoped parent and carry only its id (criterion results, hours
 * per domain): the row is visible when its parent is, as one EXISTS on the parent's table.
 */
export function throughParent(parentTable: string, foreignKey: string, parentRule: ScopeRule): ScopeRule {
  return (principal, alias) => {
    const parentAlias = `${alias}_parent`;
    const p = parentRule(principal, parentAlias);
    if (p === "ALL" || p === "NONE") return p;
    return {
      sql: `EXISTS (SELECT 1 FROM ${parentTable} ${parentAlias} WHERE ${parentAlias}.id = ${alias}."${foreignKey}" AND (${p.sql}))`,
      params: p.params,
    };
  };
}
