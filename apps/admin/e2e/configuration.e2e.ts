import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_NETWORKS, checkScreen, openBrowser, signIn, signOut, type Browser } from "./support.ts";

/**
 * A network manager configures a training centre: the establishment page in tabs (keyboard),
 * reopen a closed establishment, a session refused because the establishment is not habilitated,
 * the habilitation granted through its dialog (dates), the same session then accepted and listed;
 * the network's "À surveiller" section, each item a link.
 */
let b: Browser;
const demo = DEMO_NETWORKS[0]!;
let establishmentName = "";

const pad = (n: number) => String(n).padStart(2, "0");
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);
const sessionDay = day(inDays(30));

beforeAll(async () => {
  b = await openBrowser();
  // The demo evaluator works in the demo centre: their menu names it.
  await signIn(b.page, demo.evaluator);
  await b.page.getByTestId("user-menu-button").click();
  const role = (await b.page.getByTestId("user-roles").locator("li").first().textContent())!.trim();
  establishmentName = role.slice(role.indexOf(" – ") + 3);
  await signOut(b.page);
  await signIn(b.page, demo.networkManager);
});
afterAll(async () => {
  await b?.close();
});

async function planSession(page: Browser["page"]) {
  await page.locator("#sess-certificationCode").selectOption("CLEA");
  await page.locator("#sess-kind").selectOption("FINAL");
  await page.locator("#sess-startsAt").fill(`${sessionDay}T09:00`);
  await page.locator("#sess-endsAt").fill(`${sessionDay}T12:00`);
  await page.getByLabel("Adresse du lieu").fill("3 rue des Écoles, 97100 Basse-Terre");
  await page.getByLabel("Nombre de places").fill("12");
  const evaluator = page.locator("#sess-evaluatorId");
  await expect.poll(() => evaluator.locator("option").count()).toBeGreaterThan(1);
  await evaluator.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Planifier la session" }).click();
}

describe("a network manager configures a centre", () => {
  it("opens the establishment page in tabs, moved through with the arrow keys", async () => {
    const { page } = b;
    expect(establishmentName).not.toBe("");
    await page.goto("/etablissements");
    await page.getByLabel("Nom, SIRET ou ville").fill(establishmentName);
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await page.getByRole("link", { name: establishmentName, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: establishmentName }).waitFor();
    const tabs = page.getByRole("tablist", { name: "Sections de l'établissement" });
    expect((await tabs.getByRole("tab").allTextContents()).map((s) => s.trim())).toEqual(["Identité", "Habilitations", "Personnel", "Sessions"]);
    await checkScreen(page, "etablissement-onglet-identite");

    await page.getByRole("tab", { name: "Identité" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("tab", { name: "Habilitations" }).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Habilitations");
    await page.getByTestId("habilitation-table").waitFor();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("tab", { name: "Personnel" }).getAttribute("aria-selected")).toBe("true");
    await page.getByTestId("staff-current-table").waitFor();
    expect(await page.getByTestId("staff-current-table").textContent()).toContain("Évaluateur");
    await checkScreen(page, "etablissement-onglet-personnel");
    await page.keyboard.press("End");
    await expect.poll(() => page.getByRole("tab", { name: "Sessions" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Home");
    await expect.poll(() => page.getByRole("tab", { name: "Identité" }).getAttribute("aria-selected")).toBe("true");
  });

  it("reopens the establishment after confirming, if it is closed", async () => {
    const { page } = b;
    const reopen = page.getByRole("button", { name: "Rouvrir l'établissement" });
    if (!(await reopen.count())) return;
    await reopen.click();
    await page.getByRole("dialog").waitFor();
    await checkScreen(page, "etablissement-rouvrir-dialogue");
    await page.getByRole("dialog").getByRole("button", { name: "Rouvrir l'établissement" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Établissement rouvert.");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await page.getByRole("main").getByRole("button", { name: "Fermer l'établissement" }).waitFor();
    expect(await page.getByRole("main").textContent()).toContain("Ouvert");
  });

  it("plans a session: refused while the establishment is not habilitated (the API's message next to the field)", async () => {
    const { page } = b;
    await page.getByRole("tab", { name: "Sessions" }).click();
    await page.getByRole("heading", { level: 2, name: "Planifier une session" }).waitFor();
    await checkScreen(page, "etablissement-onglet-sessions");
    await planSession(page);
    await expect.poll(() => page.getByTestId("sess-certificationCode-error").textContent()).toContain("n'est pas habilité comme évaluateur pour CléA");
    await page.getByTestId("error-summary").waitFor();
    await checkScreen(page, "session-refusee");
  });

  it("grants the requested habilitation through its dialog (dates, decision)", async () => {
    const { page } = b;
    await page.getByRole("tab", { name: "Habilitations" }).click();
    const grant = page.getByRole("button", { name: "Accorder l'habilitation CléA (Évaluateur)" });
    if (!(await grant.count())) {
      await page.locator("#hab-certificationCode").selectOption("CLEA");
      await page.locator("#hab-role").selectOption("EVALUATOR");
      await page.getByRole("button", { name: "Envoyer la demande" }).click();
      await grant.waitFor();
    }
    await grant.click();
    const dialog = page.getByRole("dialog", { name: "Accorder l'habilitation CléA (Évaluateur)" });
    await dialog.waitFor();
    // The dates are required.
    await dialog.getByLabel("Date de début").fill("");
    await dialog.getByLabel("Date de fin").fill("");
    await page.getByTestId("habilitation-dialog-submit").click();
    await expect.poll(() => page.getByTestId("hdlg-startDate-error").textContent()).toContain("Ce champ est obligatoire.");
    await checkScreen(page, "habilitation-accorder-dialogue");
    await dialog.getByLabel("Date de début").fill(day(inDays(-1)));
    await dialog.getByLabel("Date de fin").fill(day(inDays(730)));
    await dialog.getByLabel("Référence de la décision").fill("DEC-E2E-001");
    await page.getByTestId("habilitation-dialog-submit").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Habilitation accordée.");
    await expect.poll(() => dialog.count()).toBe(0);
    const row = page.getByTestId("habilitation-table").locator("tr", { hasText: "CléA" }).filter({ hasText: "Évaluateur" }).filter({ hasText: "Accordée" });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await checkScreen(page, "habilitation-accordee");
  });

  it("plans the same session, now accepted and listed with its capacity", async () => {
    const { page } = b;
    await page.getByRole("tab", { name: "Sessions" }).click();
    await planSession(page);
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Session planifiée.");
    const table = page.getByTestId("session-table");
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain("Évaluation finale");
    expect(text).toContain("3 rue des Écoles");
    expect(text).toContain("0 / 12");
    expect(await page.getByTestId("error-summary").count()).toBe(0);
    await checkScreen(page, "session-planifiee");
  });

  it("lists what needs attention on the network page, each item a link", async () => {
    const { page } = b;
    await page.goto("/reseaux");
    await page.getByRole("link", { name: demo.name, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: demo.name }).waitFor();
    const attention = page.getByTestId("attention");
    await attention.getByRole("heading", { level: 2, name: "À surveiller" }).waitFor();
    await expect.poll(() => attention.getByRole("heading", { level: 3 }).count()).toBe(3);
    const items = attention.getByTestId("attention-no-evaluator").getByRole("link");
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    await checkScreen(page, "reseau-a-surveiller");
    const name = (await items.first().textContent())!.trim();
    await items.first().click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await page.getByRole("tab", { name: "Personnel" }).getAttribute("aria-selected")).toBe("true");
  });
});
