import { Role, roleScopes, type RoleScopeKind } from "@clea/schema";
import type { RoleGrant } from "./session.ts";

/**
 * Role assignment: which roles a user may give, and on which networks. What a user may DO (menus,
 * routes, buttons) is not decided here but by the one capability table of @clea/schema
 * (`can(grants, capability, target?)`, the table the API enforces); `useSession().can` asks it
 * with the signed-in user's grants. A dossier's actions come from the API's `allowedActions`.
 */

const has = (grants: readonly RoleGrant[], ...roles: Role[]) => grants.some((g) => roles.includes(g.role));

/** Networks on which the user is NETWORK_MANAGER. */
export function managedNetworkIds(grants: readonly RoleGrant[]): string[] {
  return [...new Set(grants.filter((g) => g.role === Role.NETWORK_MANAGER && g.networkId).map((g) => g.networkId!))];
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
