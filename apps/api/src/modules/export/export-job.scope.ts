import type { ScopeRule } from "../../core/scope.js";

/** An export is its requester's (its rows are theirs, within their scope); ADMIN reads them all. */
export const exportJobScope: ScopeRule = (principal, alias) => {
  if (principal.isAdmin) return "ALL";
  return { sql: `${alias}."requestedById" = :selfId`, params: { selfId: principal.userId } };
};
