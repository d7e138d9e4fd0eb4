import { Role } from "@clea/schema";
import { ESTABLISHMENT_READERS, NATIONAL_READERS, NETWORK_READERS, defineScope } from "../../core/scope.js";
import { RoleAssignment } from "../user/role-assignment.entity.js";
import { EvaluatorAccreditation } from "./evaluator-accreditation.entity.js";

/**
 * Role assignments (staff assignments included, current and ended) are visible nationally to
 * ADMIN and national analysts, in their networks to network readers, in their establishments to
 * that establishment's staff, and to the person they belong to.
 */
defineScope(RoleAssignment, (principal, alias) => {
  if (principal.national(...NATIONAL_READERS)) return "ALL";
  const networkIds = principal.networkIds(...NETWORK_READERS);
  const establishmentIds = principal.establishmentIds(...ESTABLISHMENT_READERS);
  const parts = [`${alias}."userId" = :selfId`];
  if (networkIds.length) parts.push(`${alias}."networkId" IN (:...networkIds)`);
  if (establishmentIds.length) parts.push(`${alias}."establishmentId" IN (:...establishmentIds)`);
  return { sql: parts.join(" OR "), params: { selfId: principal.userId, networkIds, establishmentIds } };
});

/**
 * An accreditation is visible where its holder serves or served: in the networks of network
 * readers, in the establishments of centre managers, and to its holder.
 */
defineScope(EvaluatorAccreditation, (principal, alias) => {
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
});
