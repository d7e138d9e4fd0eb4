import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_EMAIL, DEMO_NETWORKS, checkScreen, navigationLinks, openBrowser, signIn, signOut, type Browser } from "./support.ts";

/**
 * Accounts: an ADMIN invites an evaluator of an establishment, the invited person opens the
 * one-time link in a fresh browser, chooses a password (policy shown as they type) and is signed
 * in; they sign in again later; the ADMIN deactivates and reactivates the account. The audit
 * screen lists the sign-ins. axe runs on every screen.
 */
let admin: Browser;
let guest: Browser | undefined;
const suffix = Date.now().toString(36).slice(-6);
const email = `invite.${suffix}@exemple.fr`;
const name = `Camille Recette ${suffix}`;
const password = "Le vent se lève sur la lande bretonne";
const newPassword = "La marée monte doucement sur la grève";
let link = "";
let establishmentName = "";

beforeAll(async () => {
  admin = await openBrowser();
  await signIn(admin.page, ADMIN_EMAIL);
});
afterAll(async () => {
  await guest?.close();
  await admin?.close();
});

describe("users", () => {
  it("lists the users with search, status and role filters", async () => {
    const { page } = admin;
    await page.getByTestId("main-nav").getByRole("link", { name: "Utilisateurs" }).click();
    await page.getByRole("heading", { level: 1, name: "Utilisateurs" }).waitFor();
    await expect.poll(() => page.getByTestId("total").textContent()).toMatch(/\d+ résultats?/);
    expect(await page.title()).toBe("Utilisateurs – Plateforme CléA");
    await checkScreen(page, "utilisateurs-liste");
    await page.getByLabel("Rôle", { exact: true }).selectOption("ANALYST");
    await expect.poll(() => page.getByTestId("user-table").textContent()).toContain("analyst@demo.clea.fr");
    expect(await page.getByTestId("user-table").textContent()).not.toContain(ADMIN_EMAIL);
    await page.getByRole("button", { name: "Effacer" }).click();
    await page.getByLabel("Nom ou adresse e-mail").fill("admin@demo");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect.poll(() => page.getByTestId("total").textContent()).toBe("1 résultat");
  });

  it("invites an evaluator of an establishment and shows the one-time link", async () => {
    const { page } = admin;
    await page.goto("/utilisateurs");
    await page.getByRole("link", { name: "Inviter un utilisateur" }).click();
    await page.getByRole("heading", { level: 1, name: "Inviter un utilisateur" }).waitFor();
    // Nothing filled: every problem listed, each field marked.
    await page.getByRole("button", { name: "Créer l'invitation" }).click();
    await page.getByTestId("error-summary").waitFor();
    expect(await page.getByTestId("invite-email-error").textContent()).toContain("Ce champ est obligatoire.");
    await checkScreen(page, "invitation-formulaire-erreurs");

    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Nom et prénom").fill(name);
    await page.getByLabel("Rôle", { exact: true }).selectOption("EVALUATOR");
    const select = page.getByLabel(/^Établissement/);
    await expect.poll(() => select.locator("option").count()).toBeGreaterThan(0);
    const option = select.locator("option").nth(1);
    establishmentName = ((await option.textContent()) ?? "").split(" – ")[0]!.trim();
    await select.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Créer l'invitation" }).click();
    const linkInput = page.getByLabel("Lien d'invitation à usage unique");
    await linkInput.waitFor();
    link = await linkInput.inputValue();
    expect(link).toMatch(/\/invitation\/[\w-]{20,}$/);
    await expect.poll(() => page.getByTestId("status").textContent()).toContain(`Invitation créée pour ${email}.`);
    await checkScreen(page, "invitation-lien");
  });

  it("the invited person chooses a password (policy shown as they type) and is signed in", async () => {
    guest = await openBrowser();
    const { page } = guest;
    await page.goto(new URL(link).pathname);
    await page.getByRole("heading", { level: 1, name: "Activer votre compte" }).waitFor();
    expect(await page.title()).toBe("Activation du compte – Plateforme CléA");
    const input = page.getByLabel(/^Nouveau mot de passe/);
    await input.fill("court");
    expect(await page.locator('[data-rule="length"]').getAttribute("data-state")).toBe("notMet");
    await input.fill("motdepasse2024!");
    await expect.poll(() => page.locator('[data-rule="common"]').getAttribute("data-state")).toBe("notMet");
    await input.blur();
    expect(await page.getByTestId("inv-password-error").textContent()).toContain("plus courants");
    await checkScreen(page, "invitation-mot-de-passe-refuse");
    await input.fill(password);
    await expect.poll(() => page.getByTestId("policy-status").textContent()).toBe("Le mot de passe respecte toutes les règles.");
    await page.getByLabel("Confirmez le mot de passe").fill(password);
    await checkScreen(page, "invitation-mot-de-passe");
    await page.getByRole("button", { name: "Activer mon compte" }).click();
    await page.getByRole("heading", { level: 1, name: "Référentiels" }).waitFor();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain(`Bienvenue, ${name}`);
    expect(await navigationLinks(page)).toEqual([
      "Tableau de bord",
      "Référentiels",
      "Réseaux",
      "Établissements",
      "Candidats",
      "Dossiers",
      "Jurys",
      "Certificats",
      "Exports",
    ]);
    await page.getByTestId("user-menu-button").click();
    expect(await page.getByTestId("user-roles").textContent()).toContain(`Évaluateur – ${establishmentName}`);
    await page.keyboard.press("Escape");

    // The link worked once.
    await signOut(page);
    await page.goto(new URL(link).pathname);
    await page.getByLabel(/^Nouveau mot de passe/).fill(password);
    await page.getByLabel("Confirmez le mot de passe").fill(password);
    await page.getByRole("button", { name: "Activer mon compte" }).click();
    await page.getByTestId("invitation-error").waitFor();

    // And the new account signs in with its password, then changes it from the user menu.
    await signIn(page, email, { password });
    expect(await navigationLinks(page)).toEqual([
      "Tableau de bord",
      "Référentiels",
      "Réseaux",
      "Établissements",
      "Candidats",
      "Dossiers",
      "Jurys",
      "Certificats",
      "Exports",
    ]);
    await page.getByTestId("user-menu-button").click();
    await page.getByRole("link", { name: "Changer mon mot de passe" }).click();
    await page.getByRole("heading", { level: 1, name: "Changer mon mot de passe" }).waitFor();
    await page.getByLabel(/^Mot de passe actuel/).fill("pas le bon");
    await page.getByLabel(/^Nouveau mot de passe/).fill(newPassword);
    await page.getByLabel(/^Confirmez le mot de passe/).fill(newPassword);
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await page.getByTestId("error-summary").waitFor();
    await checkScreen(page, "mot-de-passe-changement-refuse");
    await page.getByLabel(/^Mot de passe actuel/).fill(password);
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Mot de passe modifié.");
    // The session goes on with the token the change returned.
    await page.getByTestId("main-nav").getByRole("link", { name: "Réseaux" }).click();
    await page.getByRole("heading", { level: 1, name: "Réseaux" }).waitFor();
    await signOut(page);
    await signIn(page, email, { password: newPassword });
    await signOut(page);
  });

  it("shows the user's detail; deactivation (confirmed) stops their sign-in, reactivation restores it", async () => {
    const { page } = admin;
    await page.goto("/utilisateurs");
    await page.getByLabel("Nom ou adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await page.getByTestId("user-email").textContent()).toBe(email);
    await checkScreen(page, "utilisateur-detail");

    await page.getByRole("button", { name: "Modifier les rôles" }).click();
    await page.getByRole("button", { name: "Ajouter un rôle" }).click();
    await page.getByLabel("Rôle", { exact: true }).nth(1).selectOption("TRAINER");
    await checkScreen(page, "utilisateur-roles");
    await page.getByRole("button", { name: "Retirer le rôle 2" }).click();
    await page.getByRole("button", { name: "Annuler" }).click();

    await page.getByRole("button", { name: "Désactiver le compte" }).click();
    const dialog = page.getByRole("dialog", { name: "Désactiver le compte" });
    await dialog.waitFor();
    await checkScreen(page, "utilisateur-desactivation");
    await dialog.getByRole("button", { name: "Désactiver le compte" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Compte désactivé.");
    expect(await page.getByTestId("user-status").textContent()).toContain("Désactivé");

    const { page: g } = guest!;
    await g.goto("/connexion");
    await g.getByLabel(/^Adresse e-mail/).fill(email);
    await g.getByLabel(/^Mot de passe/).fill(newPassword);
    await g.getByRole("button", { name: "Se connecter" }).click();
    await g.getByTestId("signin-error").waitFor();

    await page.getByRole("button", { name: "Réactiver le compte" }).click();
    await page.getByRole("dialog", { name: "Réactiver le compte" }).getByRole("button", { name: "Réactiver le compte" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Compte réactivé.");
  });
});

describe("audit trail", () => {
  it("lists the sign-ins, filters by action and period, with French dates", async () => {
    const { page } = admin;
    await page.getByTestId("main-nav").getByRole("link", { name: "Journal d'audit" }).click();
    await page.getByRole("heading", { level: 1, name: "Journal d'audit" }).waitFor();
    expect(await page.title()).toBe("Journal d'audit – Plateforme CléA");
    await page.getByLabel("Action", { exact: true }).selectOption("SIGN_IN");
    const table = page.getByTestId("audit-table");
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(0);
    const actions = (await table.locator("tbody tr td:nth-child(3)").allTextContents()).map((s) => s.trim());
    expect(new Set(actions)).toEqual(new Set(["Connexion"]));
    await expect.poll(() => table.textContent()).toContain(name);
    // "12 mars 2026 à 14:05": a French date with its time.
    expect(await table.locator("tbody tr td time").first().textContent()).toMatch(/^\d{1,2} \S+ \d{4} à \d{2}:\d{2}$/);
    // The period is made of calendar days in France (an event at 23:30 UTC belongs to the next day there).
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    await page.getByLabel("Du", { exact: true }).fill(today);
    await page.getByLabel("Au (inclus)").fill(today);
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(0);
    await checkScreen(page, "journal-audit");
    await page.getByLabel("Action", { exact: true }).selectOption("SIGN_IN_FAILED");
    await expect.poll(() => table.textContent()).toContain("Échec de connexion");
  });

  it("a network manager reads their network's events only", async () => {
    const { page } = admin;
    await signOut(page);
    await signIn(page, DEMO_NETWORKS[0]!.networkManager);
    await page.getByTestId("main-nav").getByRole("link", { name: "Journal d'audit" }).click();
    await page.getByText("Les actes concernant vos réseaux").waitFor();
    await expect.poll(() => page.getByTestId("total").textContent()).toMatch(/\d+ résultats?/);
    await checkScreen(page, "journal-audit-reseau");
  });
});
