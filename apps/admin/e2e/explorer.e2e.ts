import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYST_EMAIL, DEMO_NETWORKS, checkScreen, openBrowser, signIn, signOut, type Browser } from "./support.ts";

/**
 * The GraphQL explorer, as the demo analyst: the documentation pane lists what the API serves to
 * this session (with its French descriptions); a query runs with the session's token and shows
 * its data and cost; an invalid one shows its error code; Tab leaves the editors; the last
 * operation survives a reload. axe runs on each screen.
 */
let b: Browser;

beforeAll(async () => {
  b = await openBrowser();
  await signIn(b.page, ANALYST_EMAIL);
});
afterAll(async () => {
  await b?.close();
});

/** Replaces the text of a CodeMirror editor as a user would (select all, then type/paste). */
async function fill(testId: string, text: string) {
  const editor = b.page.getByTestId(testId);
  await editor.click();
  await b.page.keyboard.press("Control+A");
  await b.page.keyboard.press("Delete");
  await b.page.keyboard.insertText(text);
}

describe("GraphQL explorer", () => {
  it("opens from the main navigation and documents the schema served to the user", async () => {
    const { page } = b;
    await page.getByTestId("main-nav").getByRole("link", { name: "Explorateur GraphQL" }).click();
    await page.getByRole("heading", { level: 1, name: "Explorateur GraphQL" }).waitFor();
    expect(await page.title()).toBe("Explorateur GraphQL – Plateforme CléA");
    const queries = page.getByTestId("explorer-docs-query");
    await queries.getByRole("button", { name: /^dossiers\b/ }).waitFor();
    // The editors are labelled text boxes.
    await page.getByRole("textbox", { name: "Opération GraphQL" }).waitFor();
    await page.getByRole("textbox", { name: "Variables (JSON)" }).waitFor();

    // Searching narrows the list; an entry opens with its French description and arguments.
    await page.getByLabel("Rechercher un champ").fill("dossiers");
    const entry = queries.getByRole("button", { name: /^dossiers\b/ });
    await entry.click();
    expect(await entry.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => queries.textContent()).toContain("Les dossiers visibles");
    expect(await queries.textContent()).toContain("filter: ");
    // A type opens from the keyboard, and Back returns to the list.
    await queries.getByRole("button", { name: "DossierConnection!" }).last().press("Enter");
    await page
      .getByTestId("explorer-docs-type")
      .getByRole("heading", { name: /DossierConnection/ })
      .waitFor();
    await page.getByRole("button", { name: /Retour aux requêtes et mutations/ }).press("Enter");
    await page.getByLabel("Rechercher un champ").waitFor();
    await checkScreen(page, "explorateur");
  });

  it("runs a query with Ctrl+Enter and shows its data and cost", async () => {
    const { page } = b;
    await fill(
      "explorer-query",
      "query Liste($first: Int) {\n  dossiers(first: $first) {\n    totalCount\n    edges { node { id state } }\n  }\n}\n",
    );
    await fill("explorer-variables", '{ "first": 5 }');
    await page.getByTestId("explorer-query").press("Control+Enter");
    await expect.poll(() => page.getByTestId("explorer-json").textContent()).toContain('"totalCount"');
    expect(await page.getByTestId("explorer-cost").textContent()).toMatch(/^\s*\d+\s*\/\s*[\d\s\u202f]+ au plus\s*$/);
    expect(await page.getByTestId("explorer-errors").count()).toBe(0);
    // The remaining budget is shown whenever the API sends one (ADR 0016).
    const answer = JSON.parse((await page.getByTestId("explorer-json").textContent()) ?? "{}") as {
      extensions?: { budget?: { remaining: number } };
    };
    if (answer.extensions?.budget) expect(await page.getByTestId("explorer-budget").textContent()).toMatch(/\d/);
    else expect(await page.getByTestId("explorer-budget").count()).toBe(0);
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Exécution terminée.");
    await checkScreen(page, "explorateur-resultat");
  });

  it("shows the error code and message of an invalid operation", async () => {
    const { page } = b;
    await fill("explorer-query", "{\n  dossiers(first: 5) { champInexistant }\n}\n");
    await page.getByTestId("explorer-run").click();
    const errors = page.getByTestId("explorer-errors");
    await expect.poll(() => errors.textContent()).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(await errors.textContent()).toContain("champInexistant");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("GRAPHQL_VALIDATION_FAILED");
    await checkScreen(page, "explorateur-erreur");
  });

  it("lets the keyboard leave the editors with Tab and Shift+Tab", async () => {
    const { page } = b;
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName);
    await page.getByTestId("explorer-query").click();
    expect(await focused()).toBe("explorer-query");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("explorer-variables");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("explorer-run");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("explorer-query");
    // Tab moved focus: it did not insert anything in the operation.
    expect(await page.getByTestId("explorer-query").textContent()).not.toMatch(/\t/);
  });

  it("keeps the last operation after a reload", async () => {
    const { page } = b;
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Explorateur GraphQL" }).waitFor();
    await expect.poll(() => page.getByTestId("explorer-query").textContent()).toContain("champInexistant");
  });

  it("is not offered to an evaluator, even typed in the address bar", async () => {
    const { page } = b;
    await signOut(page);
    await signIn(page, DEMO_NETWORKS[0]!.evaluator);
    expect(await page.getByTestId("main-nav").getByRole("link", { name: "Explorateur GraphQL" }).count()).toBe(0);
    await page.goto("/explorateur");
    await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
  });
});
