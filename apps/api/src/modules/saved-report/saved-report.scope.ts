import type { ScopeRule } from "../../core/scope.js";

/** The networks a user holds any role in (network grants and establishment grants alike). */
export const memberNetworkIds = (grants: readonly { networkId: string | null }[]): string[] => [
  ...new Set(grants.map((g) => g.networkId).filter((id): id is string => Boolean(id))),
];

/**
 * A saved report is seen by its owner; a NETWORK one by whoever holds a role in its network; a
 * PUBLIC one by every signed-in user. ADMIN sees them all (to moderate: change or delete).
 */
export const savedReportScope: ScopeRule = (principal, alias) => {
  if (principal.isAdmin) return "ALL";
  const networkIds = memberNetworkIds(principal.grants);
  const parts = [`${alias}."ownerId" = :selfId`, `${alias}."visibility" = 'PUBLIC'`];
  if (networkIds.length) parts.push(`(${alias}."visibility" = 'NETWORK' AND ${alias}."networkId" IN (:...networkIds))`);
  return { sql: parts.join(" OR "), params: { selfId: principal.userId, networkIds } };
};
