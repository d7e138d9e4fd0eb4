import { Role } from "@clea/schema";
import type { ScopeRule } from "../../core/scope.js";

/** The network managers of the job's network (and ADMIN) read it; also, always, the one who started it. */
export const importJobScope: ScopeRule = (principal, alias) => {
  if (principal.national(Role.ADMIN)) return "ALL";
  const networkIds = principal.networkIds(Role.NETWORK_MANAGER);
  const parts = [`${alias}."createdById" = :selfId`];
  if (networkIds.length) parts.push(`${alias}."networkId" IN (:...networkIds)`);
  return { sql: parts.join(" OR "), params: { selfId: principal.userId, networkIds } };
};
