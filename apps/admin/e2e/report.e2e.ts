import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYST_EMAIL, checkScreen, openBrowser, signIn, type Browser } from "./support.ts";

/**
 * The report builder (issue #6), as the demo analyst: "dossiers by state" built from the pickers
 * runs the aggregate it shows, and gives a table (masked groups said in words), a chart labelled
 * as an image, a copyable query that also opens in the explorer, and a CSV file from the API (BOM, `;`).
 * The report saves under a name. A choice the API would refuse is stopped with an error summary. axe runs on each screen.
 */
let b: Browser;

beforeAll(async () => {
  b = await openBrowser();
  await b.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: b.baseUrl });
  await signIn(b.page, ANALYST_EMAIL);
});
afterAll(async () => {
  await b?.close();
});

describe("report builder", () => {
  it("opens from the main navigation with the pickers of the subject", async () => {
    const { page } = b;
    await page.getByTestId("main-nav").getByRole("link", { name: "Rapports" }).click();
    await page.getByRole("heading", { level: 1, name: "Rapports" }).waitFor();
    expect(await page.title()).toBe("Rapports – Plateforme CléA");
    expect(await page.getByLabel("Sujet").inputValue()).toBe("DOSSIERS");
    // Only what fits DOSSIERS is offered.
    await page.getByRole("checkbox", { name: "État du dossier" }).waitFor();
    expect(await page.getByRole("checkbox", { name: "Domaine" }).count()).toBe(0);
    expect(await page.getByRole("checkbox", { name: "Montant total (€)" }).count()).toBe(0);
    // The analyst sees both demo networks: a network filter is offered and goes into the query.
    const network = page.getByRole("combobox", { name: "Réseau", exact: true });
    await network.selectOption({ label: "GRETA Demo" });
    await expect.poll(() => page.getByTestId("report-query").textContent()).toMatch(/networkId: \{ eq: "[^"]+" \}/);
    await checkScreen(page, "rapports");
    await network.selectOption({ label: "Tous" });
    expect(await page.getByTestId("report-query").textContent()).not.toContain("networkId");
  });

  it("refuses to run without a measure, with an error summary", async () => {
    const { page } = b;
    await page.getByRole("checkbox", { name: "Nombre", exact: true }).uncheck();
    await page.getByTestId("report-run").click();
    const summary = page.getByTestId("error-summary");
    await expect.poll(() => summary.textContent()).toContain("Choisissez au moins une mesure.");
    await checkScreen(page, "rapports-erreur");
  });

  it("builds dossiers by state, runs it, and shows the table and the chart", async () => {
    const { page } = b;
    await page.getByLabel("Sujet").selectOption("DOSSIERS");
    await page.getByRole("checkbox", { name: "Nombre", exact: true }).check();
    await page.getByRole("checkbox", { name: "État du dossier" }).check();
    const query = page.getByTestId("report-query");
    await expect.poll(() => query.textContent()).toContain("groupBy: [STATE]");
    expect(await query.textContent()).toContain("measures: [COUNT]");
    await page.getByTestId("report-run").click();

    const table = page.getByTestId("report-table");
    await table.waitFor();
    expect((await table.locator("thead th").allTextContents()).map((s) => s.trim())).toEqual(["État du dossier", "Nombre"]);
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(2);
    const states = (await table.locator("tbody th").allTextContents()).map((s) => s.trim());
    expect(states).toContain("Certifié");
    for (const cell of (await table.locator("tbody td").allTextContents()).map((s) => s.trim()))
      expect(cell).toMatch(/^(\d[\d\u202f\u00a0]*|masqué \(moins de 5 candidats\))$/);
    // The chart is an image with a label pointing to the table that follows it.
    const canvas = page.getByTestId("report-chart").locator("canvas");
    expect(await canvas.getAttribute("role")).toBe("img");
    expect(await canvas.getAttribute("aria-label")).toContain("Nombre par État du dossier");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Rapport calculé");
    await checkScreen(page, "rapports-resultat");
  });

  it("copies the query and downloads the CSV through the API", async () => {
    const { page } = b;
    await page.getByTestId("report-copy").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Requête copiée.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByTestId("report-query").textContent());
    expect(copied).toContain("aggregate(");

    // The file comes from the API (POST /exports/report.csv): same aggregate, masked groups kept masked.
    const exporter = page.getByTestId("report-export");
    await exporter.getByRole("radio", { name: "CSV" }).check();
    await exporter.getByRole("checkbox", { name: "Format français" }).uncheck();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-export-submit").click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("État du dossier;Nombre de lignes du sujet (distinctes);Groupe masqué (moins de 5 candidats)");
    expect(lines.length).toBe((await page.getByTestId("report-table").locator("tbody tr").count()) + 1);
    expect(lines.some((l) => /^Certifié;(\d+;non|;oui)$/.test(l))).toBe(true);
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Export téléchargé.");
    await checkScreen(page, "rapports-export");
  });

  it("saves the report under a name (required)", async () => {
    const { page } = b;
    await page.getByTestId("report-save").click();
    const summary = page.getByTestId("report-save-form").getByTestId("error-summary");
    await expect.poll(() => summary.textContent()).toContain("Nom du rapport : Ce champ est obligatoire.");
    await page.getByLabel("Nom du rapport").fill("Dossiers par état");
    expect(await page.getByLabel("Visible par").inputValue()).toBe("PRIVATE");
    await page.getByTestId("report-save").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Rapport « Dossiers par état » enregistré.");
    expect(await page.getByTestId("error-summary").count()).toBe(0);
    await checkScreen(page, "rapports-enregistre");
  });

  it("opens the query in the explorer", async () => {
    const { page } = b;
    const shown = await page.getByTestId("report-query").textContent();
    await page.getByTestId("report-explorer").click();
    await page.getByRole("heading", { level: 1, name: "Explorateur GraphQL" }).waitFor();
    await expect.poll(() => page.getByTestId("explorer-query").textContent()).toContain("groupBy: [STATE]");
    expect(shown).toContain("query Rapport");
  });
});
