import type { Role } from "@clea/schema";
import { describe, expect, it } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { routes } from "../router.ts";
import { installSessionGuard, safeRedirect } from "./guard.ts";
import { assignableRoles, can } from "./permissions.ts";
import type { RoleGrant, SessionUser } from "./session.ts";

const g = (role: Role, networkId: string | null = null, establishmentId: string | null = null): RoleGrant => ({ role, networkId, establishmentId });
const ADMIN = [g("ADMIN")];
const MANAGER = [g("NETWORK_MANAGER", "n1")];
const ANALYST = [g("ANALYST")];
const EVALUATOR = [g("EVALUATOR", "n1", "e1")];
const JURY = [g("JURY")];

describe("can", () => {
  it("shows the organisation screens to ADMIN, network managers, analysts and centre staff, not to a jury member", () => {
    for (const grants of [ADMIN, MANAGER, ANALYST, EVALUATOR]) expect(can(grants, "organisations.read")).toBe(true);
    expect(can(JURY, "organisations.read")).toBe(false);
  });

  it("lets only ADMIN create networks and edit référentiels", () => {
    expect(can(ADMIN, "networks.manage")).toBe(true);
    expect(can(ADMIN, "referentials.edit")).toBe(true);
    for (const grants of [MANAGER, ANALYST, EVALUATOR, JURY]) {
      expect(can(grants, "networks.manage")).toBe(false);
      expect(can(grants, "referentials.edit")).toBe(false);
    }
  });

  it("lets a network manager configure their own network only", () => {
    expect(can(MANAGER, "network.manage", "n1")).toBe(true);
    expect(can(MANAGER, "network.manage", "n2")).toBe(false);
    expect(can(MANAGER, "network.manage")).toBe(true);
    expect(can(ADMIN, "network.manage", "n2")).toBe(true);
    expect(can(EVALUATOR, "network.manage", "n1")).toBe(false);
    expect(can(ANALYST, "network.manage")).toBe(false);
  });

  it("opens users and the audit trail to ADMIN and network managers", () => {
    for (const grants of [ADMIN, MANAGER]) {
      expect(can(grants, "users.manage")).toBe(true);
      expect(can(grants, "audit.read")).toBe(true);
    }
    for (const grants of [ANALYST, EVALUATOR, JURY, []]) {
      expect(can(grants, "users.manage")).toBe(false);
      expect(can(grants, "audit.read")).toBe(false);
    }
  });
});

describe("can: candidates and dossiers", () => {
  const ADVISOR = [g("ADVISOR", "n1", "e1")];
  const TRAINER = [g("TRAINER", "n1", "e1")];
  it("shows candidates to their readers, not to a jury member; dossiers to juries too", () => {
    for (const grants of [ADMIN, MANAGER, ANALYST, EVALUATOR, TRAINER]) expect(can(grants, "candidates.read")).toBe(true);
    expect(can(JURY, "candidates.read")).toBe(false);
    for (const grants of [ADMIN, MANAGER, ANALYST, EVALUATOR, JURY]) expect(can(grants, "dossiers.read")).toBe(true);
    expect(can([], "dossiers.read")).toBe(false);
  });

  it("lets only ADMIN, network managers, centre managers and advisors register candidates and open dossiers", () => {
    for (const grants of [ADMIN, MANAGER, ADVISOR, [g("CENTRE_MANAGER", "n1", "e1")]]) {
      expect(can(grants, "candidates.manage")).toBe(true);
      expect(can(grants, "dossiers.open")).toBe(true);
    }
    for (const grants of [ANALYST, EVALUATOR, TRAINER, JURY]) {
      expect(can(grants, "candidates.manage")).toBe(false);
      expect(can(grants, "dossiers.open")).toBe(false);
    }
  });
});

describe("assignableRoles", () => {
  it("lets an ADMIN give every role with every scope", () => {
    const roles = assignableRoles(ADMIN);
    expect(roles.map((r) => r.role)).toContain("ADMIN");
    expect(roles.find((r) => r.role === "ANALYST")?.scopes).toEqual(["NATIONAL", "NETWORK"]);
  });

  it("lets a network manager give network and establishment roles only: never ADMIN, JURY nor a national analyst", () => {
    const roles = assignableRoles(MANAGER);
    expect(roles.map((r) => r.role).sort()).toEqual(["ADVISOR", "ANALYST", "CENTRE_MANAGER", "EVALUATOR", "NETWORK_MANAGER", "TRAINER"]);
    expect(roles.find((r) => r.role === "ANALYST")?.scopes).toEqual(["NETWORK"]);
    expect(assignableRoles(EVALUATOR)).toEqual([]);
  });
});

describe("route guard", () => {
  function setup(user: SessionUser | null) {
    const state = { status: "unknown" as "unknown" | "anonymous" | "signedIn", user: null as SessionUser | null, expiresAt: 0 };
    let restores = 0;
    const session = {
      state,
      restore: async () => {
        restores++;
        state.user = user;
        state.status = user ? "signedIn" : "anonymous";
      },
    };
    const router = createRouter({ history: createMemoryHistory(), routes });
    installSessionGuard(router, session);
    return { router, restores: () => restores };
  }
  const as = (roles: RoleGrant[]): SessionUser => ({ id: "u", email: "u@demo.clea.fr", displayName: "U", roles });

  it("sends an anonymous visitor to sign-in, remembering the page asked for (after restoring once)", async () => {
    const { router, restores } = setup(null);
    await router.push("/etablissements?status=OPEN");
    expect(router.currentRoute.value.name).toBe("sign-in");
    expect(router.currentRoute.value.query.redirect).toBe("/etablissements?status=OPEN");
    await router.push("/invitation/abc");
    expect(router.currentRoute.value.name).toBe("invitation");
    expect(restores()).toBe(1);
  });

  it("shows 'introuvable' (URL kept) for a page the role may not use, and leaves sign-in once signed in", async () => {
    const { router } = setup(as(EVALUATOR));
    await router.push("/utilisateurs");
    expect(router.currentRoute.value.name).toBe("not-found");
    expect(router.currentRoute.value.path).toBe("/utilisateurs");
    await router.push("/reseaux/nouveau");
    expect(router.currentRoute.value.name).toBe("not-found");
    await router.push("/etablissements");
    expect(router.currentRoute.value.name).toBe("establishments");
    await router.push("/connexion?redirect=/reseaux");
    expect(router.currentRoute.value.name).toBe("networks");
  });

  it("follows only paths of this application after sign-in", () => {
    expect(safeRedirect("/reseaux?x=1")).toBe("/reseaux?x=1");
    expect(safeRedirect("//evil.example/x")).toBeNull();
    expect(safeRedirect("https://evil.example")).toBeNull();
    expect(safeRedirect("/\\evil.example")).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
  });
});

describe("can: juries and funding", () => {
  it("lets ADMIN and jury members organise jury sessions, nobody else", () => {
    for (const grants of [ADMIN, JURY]) expect(can(grants, "juries.manage")).toBe(true);
    for (const grants of [MANAGER, ANALYST, EVALUATOR, [g("CENTRE_MANAGER", "n1", "e1")], []]) expect(can(grants, "juries.manage")).toBe(false);
  });

  it("lets ADMIN, network managers, centre managers and advisors record funding (as the API's funding service)", () => {
    for (const grants of [ADMIN, MANAGER, [g("CENTRE_MANAGER", "n1", "e1")], [g("ADVISOR", "n1", "e1")]]) expect(can(grants, "funding.manage")).toBe(true);
    for (const grants of [ANALYST, EVALUATOR, JURY, [g("TRAINER", "n1", "e1")]]) expect(can(grants, "funding.manage")).toBe(false);
  });

  it("opens the public verification page without a session, and the jury pages only to signed-in users who may", async () => {
    const router = createRouter({ history: createMemoryHistory(), routes });
    installSessionGuard(router, { state: { status: "signedOut", user: null }, restore: async () => undefined } as never);
    await router.push("/verification/CLEA-0000-0000-0000-0000");
    expect(router.currentRoute.value.name).toBe("verification-number");
    await router.push("/jurys");
    expect(router.currentRoute.value.name).toBe("sign-in");
  });
});
