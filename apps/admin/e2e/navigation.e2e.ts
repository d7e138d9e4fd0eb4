import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScreen, openBrowser, signIn, type Browser } from "./support.ts";

/** Keyboard use of the layout (skip link, main navigation), page titles, the 404 page and the English catalogue. */
let b: Browser;
beforeAll(async () => {
  b = await openBrowser();
  // Every page needs a session: these journeys are the national administrator's.
  await signIn(b.page);
});
afterAll(async () => {
  await b?.close();
});

async function focused(b: Browser) {
  return b.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName, text: el?.textContent?.trim(), id: el?.id };
  });
}

describe("layout and keyboard", () => {
  it("offers a skip link first, then the main navigation, usable with Tab and Enter", async () => {
    const { page } = b;
    await page.goto("/referentiels");
    await page.getByTestId("totals").waitFor();
    await page.keyboard.press("Tab");
    expect((await focused(b)).text).toBe("Aller au contenu principal");
    await page.keyboard.press("Enter");
    expect((await focused(b)).id).toBe("main-content");

    await page.goto("/referentiels");
    await page.getByTestId("totals").waitFor();
    // Skip link, site title, then the navigation links (an ADMIN's: all of them).
    const links = [
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
    const seen: string[] = [];
    for (let i = 0; i < links.length + 2; i++) {
      await page.keyboard.press("Tab");
      seen.push((await focused(b)).text ?? "");
    }
    expect(seen).toEqual(["Aller au contenu principal", "Plateforme CléA", ...links]);
    for (let i = 0; i < links.length - 1 - links.indexOf("Établissements"); i++) await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/etablissements$/);
    await page.getByRole("heading", { level: 1, name: "Établissements" }).waitFor();
    expect(await page.title()).toBe("Établissements – Plateforme CléA");
    // Focus moved to the new page's content, for screen readers.
    expect((await focused(b)).id).toBe("main-content");
    expect(await page.getByRole("link", { name: "Établissements" }).getAttribute("aria-current")).toBe("page");

    // Back through the user menu, the language switch and the links after "Réseaux", to "Réseaux".
    for (let i = 0; i < 2 + links.length - links.indexOf("Réseaux"); i++) await page.keyboard.press("Shift+Tab");
    expect((await focused(b)).text).toBe("Réseaux");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Réseaux" }).waitFor();
    expect(await page.title()).toBe("Réseaux – Plateforme CléA");
    await checkScreen(page, "navigation-clavier");
  });

  it("shows a 404 page for an unknown address", async () => {
    const { page } = b;
    await page.goto("/nimporte-quoi");
    await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
    expect(await page.title()).toBe("Page introuvable – Plateforme CléA");
    await checkScreen(page, "page-introuvable");
    await page.getByRole("link", { name: "Retour aux référentiels" }).click();
    await page.getByRole("heading", { level: 1, name: "Référentiels" }).waitFor();
  });

  it("switches to English and back to French", async () => {
    const { page } = b;
    await page.goto("/reseaux");
    await page.getByLabel("Langue").selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Networks" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.title()).toBe("Networks – CléA platform");
    await checkScreen(page, "reseaux-anglais");
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("heading", { level: 1, name: "Réseaux" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  });
});
