import { defineScope } from "../../core/scope.js";
import { ExportJob } from "./export-job.entity.js";

/** An export is its requester's (its rows are theirs, within their scope); ADMIN reads them all. */
defineScope(ExportJob, (principal, alias) => {
  if (principal.isAdmin) return "ALL";
  return { sql: `${alias}."requestedById" = :selfId`, params: { selfId: principal.userId } };
});
