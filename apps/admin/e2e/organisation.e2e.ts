import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScreen, openBrowser, randomSiren, signIn, siretFor, type Browser } from "./support.ts";

/**
 * Networks, organisations and establishments: create each through its form (as-you-type checks
 * with the shared validators, the API's own messages next to the fields), find the new
 * establishment in the list, open it, request a habilitation; search and paging of the list.
 */
let b: Browser;
const suffix = Date.now().toString(36).slice(-5).toUpperCase();
const networkName = `Réseau recette ${suffix}`;
const legalName = `Organisme recette ${suffix}`;
const establishmentName = `Centre recette ${suffix}`;
const siren = randomSiren();
const goodSiret = siretFor(siren);

beforeAll(async () => {
  b = await openBrowser();
  // Every page needs a session: these journeys are the national administrator's.
  await signIn(b.page);
});
afterAll(async () => {
  await b?.close();
});

describe("networks, organisations and establishments", () => {
  it("lists the networks and creates one (required fields checked first)", async () => {
    const { page } = b;
    await page.goto("/reseaux");
    await expect.poll(() => page.getByTestId("total").textContent()).toMatch(/\d+ résultats?/);
    expect(await page.title()).toBe("Réseaux – Plateforme CléA");
    await checkScreen(page, "reseaux-liste");

    await page.getByRole("link", { name: "Nouveau réseau" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouveau réseau" }).waitFor();
    expect(await page.title()).toBe("Nouveau réseau – Plateforme CléA");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByTestId("error-summary").waitFor();
    expect(await page.getByTestId("network-name-error").textContent()).toContain("Ce champ est obligatoire.");
    await checkScreen(page, "reseau-formulaire-erreurs");

    await page.getByLabel("Nom").fill(networkName);
    await page.getByLabel("Type").selectOption("GRETA");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("heading", { level: 1, name: networkName }).waitFor();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Réseau créé.");
    expect(await page.title()).toBe(`${networkName} – Réseau – Plateforme CléA`);
    await checkScreen(page, "reseau-detail");
  });

  it("creates an organisation: a SIREN with a wrong key is refused as you type", async () => {
    const { page } = b;
    await page.getByRole("link", { name: "Nouvel organisme" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvel organisme" }).waitFor();
    const sirenInput = page.getByLabel("SIREN");
    const wrong = siren.slice(0, 8) + ((Number(siren[8]) + 1) % 10);
    await sirenInput.fill(wrong);
    await expect
      .poll(() => page.getByTestId("org-siren-error").textContent())
      .toContain("Ce SIREN n'est pas valide (clé de contrôle incorrecte).");
    expect(await sirenInput.getAttribute("aria-invalid")).toBe("true");
    await checkScreen(page, "organisme-siren-faux");
    await sirenInput.fill(siren);
    expect(await page.getByTestId("org-siren-error").count()).toBe(0);
    await page.getByLabel("Raison sociale").fill(legalName);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("heading", { level: 1, name: legalName }).waitFor();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Organisme créé.");
    await checkScreen(page, "organisme-detail");
  });

  it("creates an establishment: bad SIRET shown next to the field, then a good one; region derived from the department", async () => {
    const { page } = b;
    await page.getByRole("link", { name: "Nouvel établissement" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvel établissement" }).waitFor();
    const siretInput = page.getByLabel("SIRET");
    // Right length, wrong key: the shared validator's message, as the API would say it.
    const badSiret = goodSiret.slice(0, 13) + ((Number(goodSiret[13]) + 1) % 10);
    await siretInput.fill(badSiret);
    await expect
      .poll(() => page.getByTestId("estab-siret-error").textContent())
      .toContain("Ce SIRET n'est pas valide (clé de contrôle incorrecte).");
    // A valid SIRET of another company: it must start with the organisation's SIREN.
    await siretInput.fill(siretFor(randomSiren()));
    await expect.poll(() => page.getByTestId("estab-siret-error").textContent()).toContain(`il doit commencer par son SIREN ${siren}`);

    await page.getByLabel("Nom").fill(establishmentName);
    await page.getByLabel("Adresse").fill("12 rue de la République");
    await page.getByLabel("Code postal").fill("69003");
    await page.getByLabel("Ville").fill("Lyon");
    // The postal code proposed its department; the region follows.
    expect(await page.locator("#estab-departmentCode").inputValue()).toBe("69");
    await expect.poll(() => page.getByTestId("derived-region").textContent()).toBe("Auvergne-Rhône-Alpes");
    // A department that does not match the postal code.
    await page.locator("#estab-departmentCode").selectOption("75");
    await expect
      .poll(() => page.getByTestId("estab-postalCode-error").textContent())
      .toContain("Ce code postal est celui du département 69 (Rhône), pas du 75.");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByTestId("error-summary").waitFor();
    expect(await page.getByTestId("error-summary").textContent()).toContain("n'appartient pas");
    await checkScreen(page, "etablissement-formulaire-erreurs");

    await page.locator("#estab-departmentCode").selectOption("69");
    await siretInput.fill(goodSiret);
    await expect.poll(() => page.getByTestId("estab-siret-error").count()).toBe(0);
    expect(await page.getByTestId("estab-postalCode-error").count()).toBe(0);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("heading", { level: 1, name: establishmentName }).waitFor();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Établissement créé.");
    expect(await page.getByTestId("siret").textContent()).toBe(goodSiret);
    expect(await page.locator("main").textContent()).toContain("Auvergne-Rhône-Alpes");
    await checkScreen(page, "etablissement-detail");
  });

  it("requests a habilitation on the establishment page (status Demandée)", async () => {
    const { page } = b;
    // The establishment page is in tabs: habilitations are the second one.
    await page.getByRole("tab", { name: "Habilitations" }).click();
    await page.locator("#hab-certificationCode").selectOption("CLEA");
    await page.locator("#hab-role").selectOption("EVALUATOR");
    await page.getByLabel("Date de début").fill("2026-01-01");
    await page.getByLabel("Date de fin").fill("2025-01-01");
    await page.getByLabel("Date de fin").blur();
    await expect
      .poll(() => page.getByTestId("hab-endDate-error").textContent())
      .toContain("La date de fin doit être postérieure ou égale à la date de début.");
    await page.getByLabel("Date de fin").fill("2028-12-31");
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    const table = page.getByTestId("habilitation-table");
    await table.waitFor();
    await expect.poll(() => table.textContent()).toContain("Demandée");
    expect(await table.textContent()).toContain("Évaluateur");
    // The emptied form is ready for another request, without stale "required" messages.
    expect(await page.getByTestId("error-summary").count()).toBe(0);
    await checkScreen(page, "etablissement-habilitation-demandee");
  });

  it("refuses a duplicate SIRET with the API's message next to the field", async () => {
    const { page } = b;
    await page.goto("/etablissements/nouveau");
    await page.getByRole("heading", { level: 1, name: "Nouvel établissement" }).waitFor();
    const org = page.getByLabel("Organisme");
    await expect.poll(async () => (await org.locator("option").allTextContents()).some((o) => o.includes(legalName))).toBe(true);
    const value = await org.locator("option", { hasText: legalName }).getAttribute("value");
    await org.selectOption(value!);
    await page.getByLabel("SIRET").fill(goodSiret);
    await page.getByLabel("Nom").fill(`${establishmentName} bis`);
    await page.getByLabel("Adresse").fill("1 place Bellecour");
    await page.getByLabel("Code postal").fill("69002");
    await page.getByLabel("Ville").fill("Lyon");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    // Only the API knows the SIRET is taken: its CONFLICT names the field.
    await expect.poll(() => page.getByTestId("estab-siret-error").textContent()).toMatch(/SIRET/);
    await page.getByTestId("error-summary").waitFor();
    await checkScreen(page, "etablissement-siret-existant");
  });

  it("finds the new establishment in the list by search, and opens it", async () => {
    const { page } = b;
    await page.goto("/etablissements");
    await page.getByLabel("Nom, SIRET ou ville").fill(establishmentName);
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect.poll(() => page.getByTestId("total").textContent()).toBe("1 résultat");
    await checkScreen(page, "etablissements-recherche");
    await page.getByRole("link", { name: establishmentName, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: establishmentName }).waitFor();
    expect(await page.title()).toBe(`${establishmentName} – Établissement – Plateforme CléA`);
  });

  it("pages through the establishments and filters them by region", async () => {
    const { page } = b;
    await page.goto("/etablissements");
    await expect.poll(() => page.getByTestId("pager-range").textContent()).toMatch(/^1 à 20 sur \d+$/);
    const total = Number(/sur (\d+)/.exec((await page.getByTestId("pager-range").textContent())!)![1]);
    expect(total).toBeGreaterThan(20);
    const firstPage = await page.locator("tbody tr td:first-child").allTextContents();
    expect(firstPage).toHaveLength(20);
    expect(await page.getByRole("button", { name: "Page précédente" }).isDisabled()).toBe(true);
    await checkScreen(page, "etablissements-liste");

    await page.getByRole("button", { name: "Page suivante" }).click();
    await expect.poll(() => page.getByTestId("pager-range").textContent()).toMatch(/^21 à \d+ sur \d+$/);
    const secondPage = await page.locator("tbody tr td:first-child").allTextContents();
    expect(secondPage.some((n) => firstPage.includes(n))).toBe(false);
    await page.getByRole("button", { name: "Page précédente" }).click();
    await expect.poll(() => page.getByTestId("pager-range").textContent()).toMatch(/^1 à 20 sur \d+$/);
    expect(await page.locator("tbody tr td:first-child").allTextContents()).toEqual(firstPage);

    await page.getByLabel("Région").selectOption({ label: "Auvergne-Rhône-Alpes" });
    await expect
      .poll(async () => Number(/(\d+) résultat/.exec((await page.getByTestId("total").textContent()) ?? "")?.[1] ?? -1))
      .toBeLessThan(total);
    const departments = await page.locator("tbody tr td:nth-child(5)").allTextContents();
    const ara = ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"];
    for (const d of departments) expect(ara).toContain(d);
    await checkScreen(page, "etablissements-filtre-region");
  });
});
