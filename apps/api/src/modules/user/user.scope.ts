import { Role } from "@clea/schema";
import { ESTABLISHMENT_READERS, NATIONAL_READERS, NETWORK_READERS, type ScopeRule } from "../../core/scope.js";

/**
 * Accounts visible to a caller: every account for an ADMIN; for a network manager, the accounts
 * holding a role in one of their networks (an establishment role counts: it stores its network);
 * for anybody, their own account. Any other id answers NOT_FOUND, exactly like a missing one.
 */
export const userScope: ScopeRule = (principal, alias) => {
  if (principal.national(Role.ADMIN)) return "ALL";
  const networkIds = principal.networkIds(Role.NETWORK_MANAGER);
  const parts = [`${alias}.id = :selfId`];
  if (networkIds.length)
    parts.push(`EXISTS (SELECT 1 FROM role_assignment sra WHERE sra."userId" = ${alias}.id AND sra."networkId" IN (:...networkIds))`);
  return { sql: parts.join(" OR "), params: { selfId: principal.userId, networkIds } };
};

/**
 * Role assignments (staff assignments included, current and ended) are visible nationally to
 * ADMIN and national analysts, in their networks to network readers, in their establishments to
 * that establishment's staff, and to the person they belong to.
 */
export const roleAssignmentScope: ScopeRule = (principal, alias) => {
  if (principal.national(...NATIONAL_READERS)) return "ALL";
  const networkIds = principal.networkIds(...NETWORK_READERS);
  const establishmentIds = principal.establishmentIds(...ESTABLISHMENT_READERS);
  const parts = [`${alias}."userId" = :selfId`];
  if (networkIds.length) parts.push(`${alias}."networkId" IN (:...networkIds)`);
  if (establishmentIds.length) parts.push(`${alias}."establishmentId" IN (:...establishmentIds)`);
  return { sql: parts.join(" OR "), params: { selfId: principal.userId, networkIds, establishmentIds } };
};
