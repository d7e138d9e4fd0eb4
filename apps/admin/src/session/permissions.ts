import { Role, roleScopes, type RoleScopeKind } from "@clea/schema";
import type { RoleGrant } from "./session.ts";

/**
 * What the SPA offers to whom. The API decides (core/permissions.ts and the scoping layer); these
 * rules mirror it so that the SPA never offers what would be refused.
 */
export type Permission =
  /** Networks, organisations and establishments screens (read). */
  | "organisations.read"
  /** Create and rename networks. */
  | "networks.manage"
  /** Configure a network: organisations, establishments, habilitations (of `networkId` when given). */
  | "network.manage"
  /** Create drafts, edit, import, publish référentiel versions. */
  | "referentials.edit"
  /** Users screen: invite, roles, deactivation. */
  | "users.manage"
  /** Audit trail (ADMIN: everything; NETWORK_MANAGER: their networks' events). */
  | "audit.read"
  /** Candidates screens (read; identities only for their establishment's staff, the API decides). */
  | "candidates.read"
  /** Register candidates (ADMIN, network managers, centre managers and advisors). */
  | "candidates.manage"
  /** Dossiers screens (read): the candidates' readers, and juries (the dossiers presented to them). */
  | "dossiers.read"
  /** Open a dossier for a candidate (same people as `candidates.manage`). */
  | "dossiers.open"
  /** Organise jury sessions and record their decisions (ADMIN and juries; the API checks membership). */
  | "juries.manage"
  /** GraphQL explorer (ADMIN, network managers, analysts): the API scopes every answer anyway. */
  | "explorer.use"
  /** Report builder (ADMIN, network managers, analysts): aggregates, scoped and masked by the API. */
  | "reports.use"
  /** Export lists and reports, and "Mes exports" (whoever reads a list or builds reports; the API scopes each export). */
  | "exports.use"
  /** Record a dossier's funding lines (ADMIN, network managers, centre managers and advisors). */
  | "funding.manage";

const ORGANISATION_READERS: readonly Role[] = [
  Role.ADMIN,
  Role.NETWORK_MANAGER,
  Role.ANALYST,
  Role.CENTRE_MANAGER,
  Role.ADVISOR,
  Role.EVALUATOR,
  Role.TRAINER,
];

/** Who may register candidates and open their dossiers (apps/api candidate and dossier services). */
const CANDIDATE_MANAGERS: readonly Role[] = [Role.ADMIN, Role.NETWORK_MANAGER, Role.CENTRE_MANAGER, Role.ADVISOR];

const has = (grants: readonly RoleGrant[], ...roles: Role[]) => grants.some((g) => roles.includes(g.role));

/** Networks on which the user is NETWORK_MANAGER. */
export function managedNetworkIds(grants: readonly RoleGrant[]): string[] {
  return [...new Set(grants.filter((g) => g.role === Role.NETWORK_MANAGER && g.networkId).map((g) => g.networkId!))];
}

export function can(grants: readonly RoleGrant[], permission: Permission, networkId?: string | null): boolean {
  const admin = has(grants, Role.ADMIN);
  switch (permission) {
    case "organisations.read":
      return has(grants, ...ORGANISATION_READERS);
    case "networks.manage":
    case "referentials.edit":
      return admin;
    case "network.manage":
      if (admin) return true;
      return networkId ? managedNetworkIds(grants).includes(networkId) : managedNetworkIds(grants).length > 0;
    case "users.manage":
    case "audit.read":
      return admin || has(grants, Role.NETWORK_MANAGER);
    case "candidates.read":
      return has(grants, ...ORGANISATION_READERS);
    case "candidates.manage":
    case "dossiers.open":
      return has(grants, ...CANDIDATE_MANAGERS);
    case "dossiers.read":
      return has(grants, ...ORGANISATION_READERS, Role.JURY);
    case "juries.manage":
      return has(grants, Role.ADMIN, Role.JURY);
    case "funding.manage":
      return has(grants, ...CANDIDATE_MANAGERS);
    case "exports.use":
      return has(grants, ...ORGANISATION_READERS, Role.JURY);
    case "explorer.use":
    case "reports.use":
      return has(grants, Role.ADMIN, Role.NETWORK_MANAGER, Role.ANALYST);
  }
}

/** One role the inviter may give, with the scopes allowed for it. */
export interface AssignableRole {
  role: Role;
  scopes: RoleScopeKind[];
}

/**
 * Roles a user may give: an ADMIN gives any role with any scope; a network manager gives roles
 * inside their networks only (never ADMIN, JURY nor a national ANALYST).
 */
export function assignableRoles(grants: readonly RoleGrant[]): AssignableRole[] {
  if (has(grants, Role.ADMIN)) return (Object.values(Role) as Role[]).map((role) => ({ role, scopes: [...roleScopes[role]] }));
  if (!managedNetworkIds(grants).length) return [];
  return (Object.values(Role) as Role[])
    .map((role) => ({ role, scopes: roleScopes[role].filter((s) => s !== "NATIONAL") }))
    .filter((r) => r.scopes.length > 0);
}
