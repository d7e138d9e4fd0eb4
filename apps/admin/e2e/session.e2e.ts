import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_EMAIL,
  ANALYST_EMAIL,
  DEMO_NETWORKS,
  checkScreen,
  demoPassword,
  navigationLinks,
  openBrowser,
  signIn,
  signOut,
  type Browser,
} from "./support.ts";

/**
 * Sessions and what each role sees: the sign-in page (errors announced), the way back to the
 * page asked for, the navigation of every demo role, a cross-network URL answered "introuvable",
 * a reload that keeps the session, and a sign-out after which the back button shows nothing.
 */
let b: Browser;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => {
  await b?.close();
});

const ALL = [
  "Tableau de bord",
  "Référentiels",
  "Réseaux",
  "Établissements",
  "Candidats",
  "Dossiers",
  "Jurys",
  "Certificats",
  "Utilisateurs",
  "Journal d'audit",
  "Rapports",
  "Explorateur GraphQL",
  "Exports",
];
const READERS = ["Tableau de bord", "Référentiels", "Réseaux", "Établissements", "Candidats", "Dossiers", "Jurys", "Certificats"];

describe("sign-in", () => {
  it("asks an anonymous visitor to sign in; a wrong password is announced; then back to the page asked for", async () => {
    const { page } = b;
    await page.goto("/etablissements?status=OPEN");
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/connexion");
    expect(new URL(page.url()).searchParams.get("redirect")).toBe("/etablissements?status=OPEN");
    expect(await page.title()).toBe("Connexion – Plateforme CléA");
    // No navigation nor user menu without a session.
    expect(await page.getByTestId("main-nav").count()).toBe(0);
    await checkScreen(page, "connexion");

    await page.getByLabel(/^Adresse e-mail/).fill(ADMIN_EMAIL);
    await page.getByLabel(/^Mot de passe/).fill("ce n'est pas le bon mot de passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    const error = page.getByTestId("signin-error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/incorrect|invalide/i);
    // Announced (inside role=alert) and focused, the password emptied.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("signin-error");
    expect(await page.getByRole("alert").filter({ hasText: "La connexion a échoué" }).count()).toBe(1);
    expect(await page.getByLabel(/^Mot de passe/).inputValue()).toBe("");
    await checkScreen(page, "connexion-erreur");

    // The right password: back to the page asked for, with its filter.
    await page.getByLabel(/^Mot de passe/).fill(demoPassword());
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Établissements" }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/etablissements?status=OPEN");
  });

  it("keeps the session across a reload (refresh cookie), and the user menu names the user and their roles", async () => {
    const { page } = b;
    await page.goto("/reseaux");
    await page.getByRole("heading", { level: 1, name: "Réseaux" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Réseaux" }).waitFor();
    // The token is kept in memory only.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(
      /eyJ|token/i,
    );
    expect(await page.evaluate(() => document.cookie)).toBe("");
    const button = page.getByTestId("user-menu-button");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByTestId("user-roles").textContent()).toContain("Administrateur national – national");
    await checkScreen(page, "menu-utilisateur");
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("user-menu-button");
  });

  it("signs out: back on the sign-in page, and the back button shows no data", async () => {
    const { page } = b;
    await page.goto("/reseaux");
    const firstNetwork = (await page.getByRole("table").getByRole("link").first().textContent())!.trim();
    expect(firstNetwork.length).toBeGreaterThan(0);
    await signOut(page);
    expect(await page.getByTestId("signin-notice").textContent()).toContain("Vous êtes déconnecté.");
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    expect(await page.content()).not.toContain(firstNetwork);
    // A reload does not bring the session back: the refresh cookie was revoked.
    await page.goto("/reseaux");
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    expect(await page.content()).not.toContain(firstNetwork);
  });
});

describe("what each demo role sees", () => {
  const cases: { label: string; email: string; nav: string[]; roleText: string }[] = [
    { label: "ADMIN", email: ADMIN_EMAIL, nav: ALL, roleText: "Administrateur national" },
    { label: "ANALYST", email: ANALYST_EMAIL, nav: [...READERS, "Rapports", "Explorateur GraphQL", "Exports"], roleText: "Analyste" },
    ...DEMO_NETWORKS.flatMap((n) => [
      { label: `NETWORK_MANAGER ${n.name}`, email: n.networkManager, nav: ALL, roleText: `Responsable de réseau – ${n.name}` },
      { label: `CENTRE_MANAGER ${n.name}`, email: n.centreManager, nav: [...READERS, "Exports"], roleText: "Responsable de centre" },
      { label: `EVALUATOR ${n.name}`, email: n.evaluator, nav: [...READERS, "Exports"], roleText: "Évaluateur" },
    ]),
  ];
  for (const c of cases) {
    it(`${c.label} (${c.email})`, async () => {
      const { page } = b;
      await signIn(page, c.email);
      expect(await navigationLinks(page)).toEqual(c.nav);
      await page.getByTestId("user-menu-button").click();
      expect(await page.getByTestId("user-roles").textContent()).toContain(c.roleText);
      await page.keyboard.press("Escape");

      // Référentiels: only the national administrator edits, imports, publishes.
      await page.goto("/referentiels");
      await page.getByTestId("totals").waitFor();
      const isAdmin = c.email === ADMIN_EMAIL;
      expect(await page.getByRole("button", { name: "Créer un brouillon" }).count()).toBe(isAdmin ? 1 : 0);
      expect(await page.getByRole("heading", { name: "Importer un référentiel" }).count()).toBe(isAdmin ? 1 : 0);

      if (c.nav.includes("Réseaux")) {
        await page.goto("/reseaux");
        await expect.poll(() => page.getByTestId("total").textContent()).toMatch(/\d+ résultats?/);
        expect(await page.getByRole("link", { name: "Nouveau réseau" }).count()).toBe(isAdmin ? 1 : 0);
        await page.goto("/etablissements");
        await expect.poll(() => page.getByTestId("total").textContent()).toMatch(/\d+ résultats?/);
        const manager = c.nav.includes("Utilisateurs");
        expect(await page.getByRole("link", { name: "Nouvel établissement" }).count()).toBe(manager ? 1 : 0);
      }
      // A page the role may not use is "introuvable", even typed in the address bar.
      if (!c.nav.includes("Utilisateurs")) {
        await page.goto("/utilisateurs");
        await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
      }
      if (!isAdmin) {
        await page.goto("/reseaux/nouveau");
        await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
      }
      await signOut(page);
    });
  }
});

describe("tenant isolation in the SPA", () => {
  it("a network manager opening another network's establishment sees 'introuvable'", async () => {
    const [mine, other] = DEMO_NETWORKS;
    const { page } = b;
    // As ADMIN, find an establishment of the other network.
    await signIn(page, ADMIN_EMAIL);
    await page.goto("/reseaux");
    await page.getByLabel("Rechercher un réseau").fill(other!.name);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("table").getByRole("link", { name: other!.name, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: other!.name }).waitFor();
    const estab = page.getByTestId("establishment-table").getByRole("link").first();
    const estabName = (await estab.textContent())!.trim();
    await estab.click();
    await page.getByRole("heading", { level: 1, name: estabName }).waitFor();
    const url = new URL(page.url()).pathname;
    await signOut(page);

    await signIn(page, mine!.networkManager);
    await page.goto(url);
    await page.getByRole("heading", { level: 1, name: "Établissement introuvable" }).waitFor();
    expect(await page.content()).not.toContain(estabName);
    expect(await page.title()).toContain("Introuvable");
    await checkScreen(page, "etablissement-introuvable");
    await signOut(page);
  });
});
