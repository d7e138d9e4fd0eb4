import { Role } from "@clea/schema";
import { defineScope } from "../../core/scope.js";
import { User } from "./user.entity.js";

/**
 * Accounts visible to a caller: every account for an ADMIN; for a network manager, the accounts
 * holding a role in one of their networks (an establishment role counts: it stores its network);
 * for anybody, their own account. Any other id answers NOT_FOUND, exactly like a missing one.
 */
defineScope(User, (principal, alias) => {
  if (principal.national(Role.ADMIN)) return "ALL";
  const networkIds = principal.networkIds(Role.NETWORK_MANAGER);
  const parts = [`${alias}.id = :selfId`];
  if (networkIds.length)
    parts.push(`EXISTS (SELECT 1 FROM role_assignment sra WHERE sra."userId" = ${alias}.id AND sra."networkId" IN (:...networkIds))`);
  return { sql: parts.join(" OR "), params: { selfId: principal.userId, networkIds } };
});
