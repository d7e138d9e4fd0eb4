import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScreen, openBrowser, signIn, type Browser } from "./support.ts";

/**
 * Exports of a list from the SPA (issue #6, ADR 0015), as the national administrator: the dossiers
 * list exports as an XLSX workbook and as a CSV with the list's own filter (the demo's lists are
 * small: they download at once), and "Mes exports" lists the background exports. axe runs on each screen.
 */
let b: Browser;

beforeAll(async () => {
  b = await openBrowser();
  await signIn(b.page);
});
afterAll(async () => {
  await b?.close();
});

describe("list exports", () => {
  it("downloads the dossiers as an XLSX workbook at once", async () => {
    const { page } = b;
    await page.getByTestId("main-nav").getByRole("link", { name: "Dossiers" }).click();
    await page.getByRole("heading", { level: 1, name: "Dossiers" }).waitFor();
    const toggle = page.getByRole("button", { name: "Exporter" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("radio", { name: "Classeur Excel (XLSX)" }).isChecked()).toBe(true);
    await checkScreen(page, "dossiers-export");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-submit").click()]);
    expect(download.suggestedFilename()).toMatch(/^dossiers-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Export téléchargé.");
  });

  it("exports the filtered list as a CSV with French formats: the rows of the list, no more", async () => {
    const { page } = b;
    await page.getByLabel("État", { exact: true }).selectOption({ label: "Certifié" });
    await expect.poll(() => page.url()).toContain("etat=");
    const totalOf = async () => Number(((await page.getByTestId("total").textContent()) ?? "").replace(/\D/g, ""));
    await expect.poll(totalOf).toBeGreaterThan(0);
    await expect.poll(async () => (await page.getByTestId("dossier-table").getAttribute("aria-busy")) ?? "false").toBe("false");
    const total = await totalOf();
    await page.getByRole("button", { name: "Exporter" }).click();
    await page.getByRole("radio", { name: "CSV" }).check();
    expect(await page.getByRole("checkbox", { name: "Format français" }).isChecked()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-submit").click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines.length).toBe(total + 1);
    // French dates (dd/mm/yyyy), never ISO ones.
    expect(lines.slice(1).some((l) => /;\d{2}\/\d{2}\/\d{4}(;|$)/.test(l))).toBe(true);
    expect(lines.slice(1).every((l) => !/;\d{4}-\d{2}-\d{2}(;|$)/.test(l))).toBe(true);
  });

  it("lists one's background exports on « Mes exports »", async () => {
    const { page } = b;
    await page.getByTestId("main-nav").getByRole("link", { name: "Exports" }).click();
    await page.getByRole("heading", { level: 1, name: "Mes exports" }).waitFor();
    expect(await page.title()).toBe("Mes exports – Plateforme CléA");
    await page.getByTestId("exports-table").waitFor();
    await checkScreen(page, "mes-exports");
  });
});
