import { describe, expect, it } from "vitest";
import {
  can,
  canExport,
  capabilities,
  exportListDoor,
  graphqlDoors,
  restDoors,
  rolesOf,
  type CapabilityName,
  type RoleGrant,
} from "./capabilities.js";
import { dossierTransitions } from "./dossier.js";
import { EXPORTABLE_LISTS } from "./export.js";

const national = (role: RoleGrant["role"]): RoleGrant => ({ role, networkId: null, establishmentId: null });
const onNetwork = (role: RoleGrant["role"], networkId: string): RoleGrant => ({ role, networkId, establishmentId: null });
const onEstablishment = (role: RoleGrant["role"], networkId: string, establishmentId: string): RoleGrant => ({
  role,
  networkId,
  establishmentId,
});

describe("can", () => {
  it("lets anyone use a PUBLIC capability, signed-in users a SIGNED_IN one", () => {
    expect(can(null, "account.signIn")).toBe(true);
    expect(can(null, "read")).toBe(false);
    expect(can([], "read")).toBe(true);
    expect(can([national("JURY")], "certificate.download")).toBe(true);
  });

  it("counts only the grants that cover the target", () => {
    const manager = [onNetwork("NETWORK_MANAGER", "n1")];
    expect(can(manager, "network.configure")).toBe(true);
    expect(can(manager, "network.configure", { networkId: "n1" })).toBe(true);
    expect(can(manager, "network.configure", { networkId: "n2" })).toBe(false);
    expect(can([national("ADMIN")], "network.configure", { networkId: "n2" })).toBe(true);
    const centre = [onEstablishment("CENTRE_MANAGER", "n1", "e1")];
    expect(can(centre, "session.plan", { networkId: "n1", establishmentId: "e1" })).toBe(true);
    expect(can(centre, "session.plan", { networkId: "n1", establishmentId: "e2" })).toBe(false);
    // An establishment grant does not reach its network as a whole.
    expect(can(centre, "session.plan", { networkId: "n1" })).toBe(false);
    // A role the capability does not list never counts, whatever its scope.
    expect(can([onEstablishment("TRAINER", "n1", "e1")], "session.plan", { networkId: "n1", establishmentId: "e1" })).toBe(false);
  });

  it("needs, to export a list, the export capability and the door of the list's own query", () => {
    expect(exportListDoor("AUDIT_EVENTS")).toBe("audit.read");
    expect(canExport([onEstablishment("EVALUATOR", "n1", "e1")], "AUDIT_EVENTS")).toBe(false);
    expect(canExport([national("ANALYST")], "AUDIT_EVENTS")).toBe(false);
    expect(canExport([onNetwork("NETWORK_MANAGER", "n1")], "AUDIT_EVENTS")).toBe(true);
    expect(canExport([onEstablishment("EVALUATOR", "n1", "e1")], "DOSSIERS")).toBe(true);
    for (const list of Object.keys(EXPORTABLE_LISTS) as (keyof typeof EXPORTABLE_LISTS)[])
      expect(capabilities[exportListDoor(list)], list).toBeDefined();
  });
});

describe("the capability table", () => {
  it("names a known capability at every door, and every capability is used somewhere", () => {
    const used = new Set<CapabilityName>([
      ...Object.values(graphqlDoors.Query),
      ...Object.values(graphqlDoors.Mutation),
      ...Object.values(restDoors),
      ...dossierTransitions.flatMap((t) => (t.capability ? [t.capability] : [])),
    ]);
    for (const c of used) expect(capabilities[c], c).toBeDefined();
    // Capabilities of SPA screens and of personal fields (no door of their own: the API scopes what they call).
    const screens: CapabilityName[] = [
      "organisation.read",
      "candidate.read",
      "dossier.read",
      "report.use",
      "explorer.use",
      "candidate.identity",
    ];
    for (const c of Object.keys(capabilities) as CapabilityName[]) if (!screens.includes(c)) expect(used.has(c), c).toBe(true);
  });

  it("gives every dossier action of people a capability, and the system's none", () => {
    for (const t of dossierTransitions) expect(t.capability === null, t.action).toBe(t.action === "EXPIRE");
  });

  it("lists every role for PUBLIC and SIGNED_IN capabilities", () => {
    expect(rolesOf("read")).toHaveLength(8);
    expect(rolesOf("referential.edit")).toEqual(["ADMIN"]);
  });
});
