import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYST_EMAIL, checkScreen, openBrowser, signIn, type Browser } from "./support.ts";

/**
 * Saved reports (issue #6, ADR 0018), as the demo analyst: a report built and saved in the builder
 * shows in the list of saved reports, opens again in the builder with its choices, runs on its own
 * page (table and chart, in the analyst's scope), exports as an XLSX workbook through the API, and
 * is deleted after a confirmation. axe runs on each screen.
 */
let b: Browser;
const NAME = `Certifiés par région ${Date.now()}`;

beforeAll(async () => {
  b = await openBrowser();
  await signIn(b.page, ANALYST_EMAIL);
});
afterAll(async () => {
  await b?.close();
});

describe("saved reports", () => {
  it("saves a report built in the builder", async () => {
    const { page } = b;
    await page.getByTestId("main-nav").getByRole("link", { name: "Rapports" }).click();
    await page.getByRole("heading", { level: 1, name: "Rapports" }).waitFor();
    await page.getByRole("checkbox", { name: "Région" }).check();
    await page.getByRole("checkbox", { name: "Part certifiée en 5 ans (%)" }).check();
    await page.getByRole("combobox", { name: "Certification", exact: true }).selectOption("CLEA");
    await page.getByLabel("Nom du rapport").fill(NAME);
    await page.getByTestId("report-save").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain(`Rapport « ${NAME} » enregistré.`);
  });

  it("lists it with its owner, visibility and date", async () => {
    const { page } = b;
    await page.getByTestId("report-saved-link").click();
    await page.getByRole("heading", { level: 1, name: "Rapports enregistrés" }).waitFor();
    expect(await page.title()).toBe("Rapports enregistrés – Plateforme CléA");
    const row = page.getByTestId("saved-reports-table").locator("tbody tr", { hasText: NAME });
    await row.waitFor();
    const cells = (await row.locator("th, td").allTextContents()).map((s) => s.trim());
    expect(cells.slice(0, 3)).toEqual([NAME, "Vous", "Moi seulement"]);
    expect(cells[3]).toMatch(/\d{4}/);
    await checkScreen(page, "rapports-enregistres");
  });

  it("opens it again in the builder with its choices", async () => {
    const { page } = b;
    await page.getByRole("link", { name: `Ouvrir « ${NAME} » dans le générateur` }).click();
    await page.getByRole("heading", { level: 1, name: "Rapports" }).waitFor();
    await expect.poll(() => page.getByTestId("report-opened").textContent()).toContain(NAME);
    expect(await page.getByRole("checkbox", { name: "Région" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Part certifiée en 5 ans (%)" }).isChecked()).toBe(true);
    expect(await page.getByRole("combobox", { name: "Certification", exact: true }).inputValue()).toBe("CLEA");
    const query = await page.getByTestId("report-query").textContent();
    expect(query).toContain("groupBy: [REGION]");
    expect(query).toContain("certificationCode: { eq: CLEA }");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain(`Rapport « ${NAME} » ouvert`);
    await checkScreen(page, "rapports-ouvert");
  });

  it("runs it on its page, then exports it as an XLSX workbook", async () => {
    const { page } = b;
    await page.getByTestId("report-saved-link").click();
    await page.getByRole("link", { name: NAME, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    await page.getByTestId("saved-report-run").click();
    const table = page.getByTestId("report-table");
    await table.waitFor();
    expect((await table.locator("thead th").allTextContents()).map((s) => s.trim())).toEqual([
      "Région",
      "Nombre",
      "Part certifiée en 5 ans (%)",
    ]);
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("report-chart").locator("canvas").getAttribute("role")).toBe("img");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain(`Rapport « ${NAME} » exécuté.`);
    await checkScreen(page, "rapport-execute");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("saved-report-export-submit").click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 2).toString()).toBe("PK");
  });

  it("deletes it after a confirmation", async () => {
    const { page } = b;
    await page.getByRole("link", { name: "← Rapports enregistrés" }).click();
    await page.getByRole("heading", { level: 1, name: "Rapports enregistrés" }).waitFor();
    await page.getByRole("button", { name: `Supprimer « ${NAME} »` }).click();
    const dialog = page.getByRole("dialog", { name: "Supprimer le rapport ?" });
    await dialog.waitFor();
    await checkScreen(page, "rapports-suppression");
    await dialog.getByRole("button", { name: "Supprimer" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain(`Rapport « ${NAME} » supprimé.`);
    await expect.poll(() => page.getByTestId("saved-reports-table").locator("tbody tr", { hasText: NAME }).count()).toBe(0);
    // The focus goes back to the page's heading (the row and its button are gone).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await checkScreen(page, "rapports-enregistres-apres");
  });
});
