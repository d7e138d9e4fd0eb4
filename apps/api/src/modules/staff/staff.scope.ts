import { Role } from "@clea/schema";
import { NATIONAL_READERS, NETWORK_READERS, type ScopeRule } from "../../core/scope.js";

/**
 * An accreditation is visible where its holder serves or served: in the networks of network
 * readers, in the establishments of centre managers, and to its holder.
 */
export const evaluatorAccreditationScope: ScopeRule = (principal, alias) => {
  if (principal.national(...NATIONAL_READERS)) return "ALL";
  const networkIds = principal.networkIds(...NETWORK_READERS);
  const establishmentIds = principal.establishmentIds(Role.CENTRE_MANAGER);
  const parts = [`${alias}."userId" = :selfId`];
  if (networkIds.length)
    parts.push(`EXISTS (SELECT 1 FROM role_assignment ara WHERE ara."userId" = ${alias}."userId" AND ara."networkId" IN (:...networkIds))`);
  if (establishmentIds.length)
    parts.push(
      `EXISTS (SELECT 1 FROM role_assignment arb WHERE arb."userId" = ${alias}."userId" AND arb."establishmentId" IN (:...establishmentIds))`,
    );
  return { sql: parts.join(" OR "), params: { selfId: principal.userId, networkIds, establishmentIds } };
};
