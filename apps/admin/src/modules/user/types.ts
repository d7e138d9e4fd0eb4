import type { Role, RoleScopeKind } from "@clea/schema";
import type { RoleGrant } from "../../session/session.ts";

/** One role being edited: the scope kind is chosen first, then the network or establishment. */
export interface RoleDraft {
  key: number;
  role: Role | "";
  scope: RoleScopeKind | "";
  networkId: string;
  establishmentId: string;
  /** Name of the chosen establishment, to show it before any search. */
  establishmentName?: string;
}

export function draftFromGrant(g: RoleGrant, key: number): RoleDraft {
  return {
    key,
    role: g.role,
    scope: g.establishmentId ? "ESTABLISHMENT" : g.networkId ? "NETWORK" : "NATIONAL",
    networkId: g.networkId ?? "",
    establishmentId: g.establishmentId ?? "",
    establishmentName: g.establishment?.name,
  };
}

/** What the API takes: the role with its scope (national: neither id). */
export function roleInput(d: RoleDraft): { role: Role; networkId?: string; establishmentId?: string } {
  const role = d.role as Role;
  if (d.scope === "ESTABLISHMENT") return { role, establishmentId: d.establishmentId };
  if (d.scope === "NETWORK") return { role, networkId: d.networkId };
  return { role };
}

/** The first problem of a role being edited (message key), or null. */
export function draftProblem(d: RoleDraft): string | null {
  if (!d.role) return "users.chooseRole";
  if (!d.scope) return "users.scopeRequired";
  if (d.scope === "NETWORK" && !d.networkId) return "users.chooseNetwork";
  if (d.scope === "ESTABLISHMENT" && !d.establishmentId) return "users.chooseEstablishment";
  return null;
}
