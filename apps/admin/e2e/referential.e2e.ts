import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScreen, openBrowser, signIn, type Browser } from "./support.ts";

/**
 * The référentiel browser: reading the CléA tree, searching, exporting, importing (a refused file,
 * then a good one) and the life of a draft (rename, reorder, publish). axe runs on every screen.
 */
let b: Browser;
const work = mkdtempSync(join(tmpdir(), "clea-e2e-files-"));
let exportedCsv = "";

beforeAll(async () => {
  b = await openBrowser();
  // Every page needs a session: these journeys are the national administrator's.
  await signIn(b.page);
});
afterAll(async () => {
  await b?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("référentiel browser", () => {
  it("shows the CléA référentiel: 7 domains, 28 sub-domains, 107 criteria, in French", async () => {
    const { page } = b;
    await page.goto("/referentiels");
    await expect.poll(() => page.getByTestId("totals").textContent()).toContain("7 domaines, 28 sous-domaines, 107 critères");
    expect(await page.locator("li.domain").count()).toBe(7);
    expect(await page.locator("li.subdomain").count()).toBe(28);
    expect(await page.locator("li.criterion").count()).toBe(107);
    expect(await page.title()).toBe("Référentiels – Plateforme CléA");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Référentiels");
    expect(await page.getByTestId("referential-status").textContent()).toContain("Publiée");
    // Counts per domain, and their sum is the total.
    const counts = await page.locator("[data-testid^=counts-]").allTextContents();
    expect(counts).toHaveLength(7);
    const criteria = counts.map((c) => Number(/(\d+) critères/.exec(c)?.[1]));
    expect(criteria.reduce((a, n) => a + n, 0)).toBe(107);
    // Sub-domains whose official title is unknown show their note and a visible tag.
    const uncertain = page.locator("li.subdomain .uncertain");
    expect(await uncertain.count()).toBeGreaterThan(0);
    expect(await page.locator("li.subdomain .note--uncertain").count()).toBe(await uncertain.count());
    for (const tag of await uncertain.all()) expect(await tag.textContent()).toContain("titre non confirmé");
    await checkScreen(page, "referentiel-clea", { fullPage: true });
  });

  it("searches criteria by text and highlights the matches", async () => {
    const { page } = b;
    await page.getByLabel("Texte recherché (code ou intitulé)").fill("calcul");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    const results = page.getByTestId("search-results").locator("li");
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const marks = await page.getByTestId("search-results").locator("mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toBe("calcul");
    expect(await page.getByTestId("search-count").textContent()).toMatch(/critères? trouvés?/);
    expect(await page.locator("li.criterion.criterion--hit").count()).toBe(await results.count());
    await checkScreen(page, "referentiel-recherche");
  });

  it("exports the version as CSV and as JSON (downloads named by the API)", async () => {
    const { page } = b;
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter en CSV" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const csvPath = join(work, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    exportedCsv = readFileSync(csvPath, "utf8");
    const lines = exportedCsv.split(/\r?\n/).filter((l) => l.trim());
    expect(lines[0]).toContain("domain_code");
    expect(lines).toHaveLength(108); // header + one row per criterion
    await expect.poll(() => page.getByTestId("status").textContent()).toContain(csv.suggestedFilename());

    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter en JSON" }).click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const jsonPath = join(work, json.suggestedFilename());
    await json.saveAs(jsonPath);
    expect(JSON.parse(readFileSync(jsonPath, "utf8")).domains).toHaveLength(7);
  });

  it("refuses an invalid CSV and lists every faulty line, then imports a valid one as a new draft", async () => {
    const { page } = b;
    expect(exportedCsv).not.toBe("");
    const lines = exportedCsv.split(/\r?\n/);
    // The export is French-Excel friendly (";" and a BOM); pick simple rows (no quoted field) to break.
    const sep = lines[0]!.includes(";") ? ";" : ",";
    const header = lines[0]!.replace(/^\uFEFF/, "").split(sep);
    const col = (name: string) => header.indexOf(name);
    expect(col("criterion_code")).toBeGreaterThan(-1);
    const simple = lines
      .map((l, i) => ({ l, i }))
      .filter(({ l, i }) => i > 0 && l && !l.includes('"') && l.split(sep).length === header.length);
    const [first, second] = [simple[1]!, simple[4]!];
    const broken = [...lines];
    const a = first.l.split(sep);
    a[col("criterion_code")] = "X9";
    broken[first.i] = a.join(sep);
    const c = second.l.split(sep);
    c[col("criterion_title")] = "";
    broken[second.i] = c.join(sep);
    const badLines = [first.i + 1, second.i + 1]; // 1-based, the header is line 1
    const badPath = join(work, "referentiel-invalide.csv");
    writeFileSync(badPath, broken.join("\n"));

    await page.locator("#import-file").setInputFiles(badPath);
    await page.locator("#import-version").fill("2026-import-invalide");
    await page.locator("#import-label").fill("Import invalide");
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    const table = page.getByTestId("import-problems");
    await table.waitFor();
    const reportedLines = (await table.locator("tbody tr td:first-child").allTextContents()).map(Number);
    for (const line of badLines) expect(reportedLines).toContain(line);
    expect(await table.textContent()).toContain("criterion_title");
    await checkScreen(page, "referentiel-import-refuse");

    const goodPath = join(work, "referentiel-valide.csv");
    writeFileSync(goodPath, exportedCsv);
    await page.locator("#import-file").setInputFiles(goodPath);
    await page.locator("#import-version").fill("2026-import");
    await page.locator("#import-label").fill("Import de recette");
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Brouillon 2026-import importé.");
    await expect.poll(() => page.getByTestId("referential-status").textContent()).toContain("Brouillon");
    await expect.poll(() => page.getByTestId("totals").textContent()).toContain("107 critères");
    expect(await page.getByTestId("import-problems").count()).toBe(0);
    await checkScreen(page, "referentiel-import-brouillon");
  });

  it("creates a draft from the published version, renames a criterion, reorders a domain and publishes", async () => {
    const { page } = b;
    await page.goto("/referentiels?certification=CLEA");
    await expect.poll(() => page.getByTestId("referential-status").textContent()).toContain("Publiée");
    await page.getByRole("button", { name: "Créer un brouillon" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByLabel("Version du brouillon").fill("2026-e2e");
    await dialog.getByLabel("Libellé").fill("Révision de recette");
    await checkScreen(page, "referentiel-dialogue-brouillon");
    await dialog.getByRole("button", { name: "Créer un brouillon" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => page.getByTestId("referential-status").textContent()).toContain("Brouillon");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Brouillon 2026-e2e créé.");

    // Rename D1.1.1 (keyboard: Enter saves).
    await page.getByRole("button", { name: "Renommer D1.1.1" }).click();
    const input = page.getByLabel("Nouvel intitulé de D1.1.1");
    await input.fill("Intitulé révisé par la recette");
    await input.press("Enter");
    await expect.poll(() => page.locator('li.criterion[data-code="D1.1.1"]').textContent()).toContain("Intitulé révisé par la recette");

    // Move D1 down: D2 comes first.
    await page.getByRole("button", { name: "Descendre D1", exact: true }).click();
    await expect.poll(() => page.locator("li.domain").first().getAttribute("data-code")).toBe("D2");
    expect(await page.locator("li.domain").nth(1).getAttribute("data-code")).toBe("D1");
    await checkScreen(page, "referentiel-brouillon-edition", { fullPage: true });

    await page.getByRole("button", { name: "Publier" }).click();
    const confirm = page.getByRole("dialog");
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain("Publier la version 2026-e2e ?");
    await checkScreen(page, "referentiel-dialogue-publication");
    await confirm.getByRole("button", { name: "Publier" }).click();
    await confirm.waitFor({ state: "detached" });
    await expect.poll(() => page.getByTestId("referential-status").textContent()).toContain("Publiée");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Version 2026-e2e publiée.");
    // The published version keeps the edits; the former one is retired.
    expect(await page.locator('li.criterion[data-code="D1.1.1"]').textContent()).toContain("Intitulé révisé par la recette");
    expect(await page.locator("li.domain").first().getAttribute("data-code")).toBe("D2");
    const options = await page.locator("#version-select option").allTextContents();
    expect(options.some((o) => o.includes("2018") && o.includes("Retirée"))).toBe(true);
    await checkScreen(page, "referentiel-publie");
  });
});
