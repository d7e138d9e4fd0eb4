import { Role } from "@clea/schema";
import { defineScope } from "../../core/scope.js";
import { ImportJob } from "./import-job.entity.js";

/** The network managers of the job's network (and ADMIN) read it; also, always, the one who started it. */
defineScope(ImportJob, (principal, alias) => {
  if (principal.national(Role.ADMIN)) return "ALL";
  const networkIds = principal.networkIds(Role.NETWORK_MANAGER);
  const parts = [`${alias}."createdById" = :selfId`];
  if (networkIds.length) parts.push(`${alias}."networkId" IN (:...networkIds)`);
  return { sql: parts.join(" OR "), params: { selfId: principal.userId, networkIds } };
});
