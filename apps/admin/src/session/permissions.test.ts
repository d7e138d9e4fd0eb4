import { can, capabilities, Role, type CapabilityName } from "@clea/schema";
import { describe, expect, it } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { routes } from "../router.ts";
import { useSession } from "../shared/composables/useSession.ts";
import { session } from "./index.ts";
import { installSessionGuard, safeRedirect } from "./guard.ts";
import { assignableRoles, managedNetworkIds } from "./permissions.ts";
import type { RoleGrant, SessionUser } from "./session.ts";

const g = (role: Role, networkId: string | null = null, establishmentId: string | null = null): RoleGrant => ({
  role,
  networkId,
  establishmentId,
});
const ADMIN = [g("ADMIN")];
const MANAGER = [g("NETWORK_MANAGER", "n1")];
const EVALUATOR = [g("EVALUATOR", "n1", "e1")];

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

describe("public pages", () => {
  it("opens the public verification page without a session, and the jury pages only to signed-in users who may", async () => {
    const router = createRouter({ history: createMemoryHistory(), routes });
    installSessionGuard(router, { state: { status: "signedOut", user: null }, restore: async () => undefined } as never);
    await router.push("/verification/CLEA-0000-0000-0000-0000");
    expect(router.currentRoute.value.name).toBe("verification-number");
    await router.push("/jurys");
    expect(router.currentRoute.value.name).toBe("sign-in");
  });
});

/**
 * What the SPA offers follows @clea/schema's capability table (its own tests say who holds what):
 * here, that every page asks the table and that the user's grants and targets reach it.
 */
describe("pages and menus follow the capability table", () => {
  /** One user per role, scoped as the demo users are (a network, an establishment, or national). */
  const users: Record<Role, RoleGrant[]> = {
    ADMIN: [g("ADMIN")],
    NETWORK_MANAGER: [g("NETWORK_MANAGER", "n1")],
    ANALYST: [g("ANALYST", "n1")],
    CENTRE_MANAGER: [g("CENTRE_MANAGER", "n1", "e1")],
    ADVISOR: [g("ADVISOR", "n1", "e1")],
    EVALUATOR: [g("EVALUATOR", "n1", "e1")],
    TRAINER: [g("TRAINER", "n1", "e1")],
    JURY: [g("JURY")],
  };
  /** The pages that name a capability, with a sample address (parameters filled in). */
  const pages = routes.flatMap((r) =>
    r.meta?.capability && r.name ? [{ name: String(r.name), path: r.path.replace(/:(\w+)/g, "x-$1"), capability: r.meta.capability }] : [],
  );

  it("gives every page a capability of the table, but the public ones and those open to every signed-in user", () => {
    const named = routes.filter((r) => r.name && !r.redirect && r.name !== "not-found" && !r.meta?.public).map((r) => String(r.name));
    const without = named.filter((n) => !pages.some((p) => p.name === n));
    // The dashboard (its panels follow the roles), one's own password, the référentiels (read by everyone).
    expect(without.sort()).toEqual(["change-password", "dashboard", "referentials"]);
  });

  for (const role of Object.values(Role)) {
    it(`opens to ${role} exactly the pages the table lets that role use`, async () => {
      const router = createRouter({ history: createMemoryHistory(), routes });
      const user: SessionUser = { id: "u", email: "u@demo.clea.fr", displayName: "U", roles: users[role] };
      installSessionGuard(router, { state: { status: "signedIn", user, expiresAt: 0 }, restore: async () => undefined } as never);
      for (const page of pages) {
        await router.push(page.path);
        expect([page.name, router.currentRoute.value.name]).toEqual([
          page.name,
          can(users[role], page.capability) ? page.name : "not-found",
        ]);
      }
    });
  }

  it("asks the table with the signed-in user's grants, on the network or establishment shown", () => {
    const { can: may } = useSession();
    const ask = (capability: CapabilityName, target?: { networkId?: string; establishmentId?: string }) => may(capability, target);
    session.state.user = { id: "u", email: "u@demo.clea.fr", displayName: "U", roles: users.NETWORK_MANAGER };
    try {
      // The menu: may they do it somewhere?
      expect(ask("network.configure")).toBe(true);
      expect(ask("network.create")).toBe(false);
      // A network's page: only their own.
      expect(ask("network.configure", { networkId: "n1" })).toBe(true);
      expect(ask("network.configure", { networkId: "n2" })).toBe(false);
      expect(managedNetworkIds(users.NETWORK_MANAGER)).toEqual(["n1"]);
    } finally {
      session.state.user = null;
    }
    expect(ask("dossier.read")).toBe(false);
  });

  it("follows one changed line of the table: a page the line no longer allows is no longer offered", async () => {
    // The same experiment as the API's doors.test.ts: the API then refuses, the route test expects a refusal.
    const entry = capabilities["audit.read"] as { who: readonly Role[] };
    const original = entry.who;
    const open = async () => {
      const router = createRouter({ history: createMemoryHistory(), routes });
      const user: SessionUser = { id: "u", email: "u@demo.clea.fr", displayName: "U", roles: users.NETWORK_MANAGER };
      installSessionGuard(router, { state: { status: "signedIn", user, expiresAt: 0 }, restore: async () => undefined } as never);
      const audit = pages.find((p) => p.capability === "audit.read")!;
      await router.push(audit.path);
      return router.currentRoute.value.name;
    };
    try {
      expect(await open()).not.toBe("not-found");
      entry.who = original.filter((r) => r !== Role.NETWORK_MANAGER);
      expect(await open()).toBe("not-found");
    } finally {
      entry.who = original;
    }
  });
});
