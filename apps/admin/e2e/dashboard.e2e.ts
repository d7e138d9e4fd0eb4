import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYST_EMAIL, DEMO_NETWORKS, checkScreen, navigationLinks, openBrowser, signIn, signOut, type Browser } from "./support.ts";

/**
 * The dashboard (issue #6), the page everyone lands on after sign-in: the demo network manager
 * sees their network's key figures (dossiers by state from the 300 generated dossiers, the
 * direct-to-jury rate, the domains most often missing), the demo centre manager their
 * establishment's dossiers and waiting actions, the demo analyst the national figures. axe runs
 * on each screen.
 */
let b: Browser;
const network = DEMO_NETWORKS[0]!;

beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => {
  await b?.close();
});

/** The French number in a text ("1 234" with no-break spaces) as a number. */
const numberIn = (s: string | null) => Number((/\d[\d\s\u202f\u00a0]*/.exec(s ?? "")?.[0] ?? "").replace(/\D/g, ""));

describe("dashboard", () => {
  it("is where a network manager lands after sign-in, with their network's key figures", async () => {
    const { page } = b;
    await signIn(page, network.networkManager);
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/tableau-de-bord");
    expect(await page.title()).toBe("Tableau de bord – Plateforme CléA");
    expect((await navigationLinks(page))[0]).toBe("Tableau de bord");

    const states = page.getByTestId("dash-states");
    await states.getByRole("heading", { level: 2, name: "Dossiers par état" }).waitFor();
    expect(numberIn(await page.getByTestId("dash-states-total").textContent())).toBeGreaterThan(0);
    // The chart is an image with a label giving the figures; the same figures are in a table.
    const canvas = states.getByRole("img");
    expect(await canvas.getAttribute("aria-label")).toMatch(/^Dossiers : Ouvert/);
    await states.getByRole("button", { name: "Afficher le tableau des données" }).click();
    const table = states.getByRole("table", { name: "Dossiers" });
    await table.waitFor();
    expect(await table.getByRole("row").count()).toBe(11);

    const direct = page.getByTestId("dash-direct");
    await direct.getByRole("heading", { level: 2, name: "Taux de passage direct au jury" }).waitFor();
    expect(await direct.locator(".figure-value").textContent()).toMatch(/^\d{1,3},\d\s%$/);

    const missing = page.getByTestId("dash-missing");
    await missing.getByRole("heading", { level: 2, name: /Domaines le plus souvent manquants/ }).waitFor();
    const domains = await page.getByTestId("dash-missing-list").getByRole("listitem").allTextContents();
    expect(domains.length).toBeGreaterThan(0);
    expect(domains.length).toBeLessThanOrEqual(5);
    // Lowest acquisition rate first.
    const rates = domains.map((d) => Number(/([\d,]+)\s%/.exec(d)![1]!.replace(",", ".")));
    expect([...rates].sort((x, y) => x - y)).toEqual(rates);

    await page
      .getByTestId("dash-certified")
      .getByRole("heading", { level: 2, name: /^Certifiés en \d{4}$/ })
      .waitFor();
    await page.getByTestId("dash-habilitations").getByRole("heading", { level: 2 }).waitFor();
    await page.getByTestId("dash-expiring-dossiers").getByRole("heading", { level: 2 }).waitFor();
    await checkScreen(page, "dashboard-network-manager", { fullPage: true });
    await signOut(page);
  });

  it("shows a centre manager their establishment's dossiers and the actions waiting", async () => {
    const { page } = b;
    await signIn(page, network.centreManager);
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    await page.getByTestId("dash-states").getByRole("heading", { level: 2, name: "Dossiers de l'établissement par état" }).waitFor();
    expect(await page.getByTestId("dash-direct").count()).toBe(0);
    const actions = page.getByTestId("dash-actions");
    const links = actions.getByRole("link");
    expect(await links.count()).toBe(3);
    expect(await links.first().textContent()).toMatch(/^Évaluations préalables planifiées : \d+/);
    await page
      .getByTestId("dash-sessions")
      .getByRole("heading", { level: 2, name: /^Prochaines sessions d'évaluation/ })
      .waitFor();
    await checkScreen(page, "dashboard-centre-manager", { fullPage: true });
    // A waiting action opens the dossier list filtered on its state.
    await actions.getByRole("link", { name: /^Dossiers prêts pour le jury/ }).click();
    await page.getByRole("heading", { level: 1, name: "Dossiers" }).waitFor();
    expect(new URL(page.url()).searchParams.get("etat")).toBe("READY_FOR_JURY");
    await signOut(page);
  });

  it("shows an analyst the national figures, with a line chart of certificates by month", async () => {
    const { page } = b;
    await signIn(page, ANALYST_EMAIL);
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    const byYear = page.getByTestId("dash-direct-year");
    await byYear.getByRole("heading", { level: 2, name: "Taux de passage direct au jury par année" }).waitFor();
    expect(await byYear.getByRole("img").getAttribute("aria-label")).toMatch(/^Taux de passage direct au jury : /);
    const certificates = page.getByTestId("dash-certificates");
    await certificates.getByRole("heading", { level: 2, name: "Certificats délivrés par mois" }).waitFor();
    expect(await certificates.getByRole("img").count()).toBe(1);
    expect(await page.getByTestId("dash-states").count()).toBe(0);
    await checkScreen(page, "dashboard-analyst", { fullPage: true });
    await signOut(page);
  });

  it("shows a jury its coming sessions and the dossiers waiting for a decision", async () => {
    const { page } = b;
    await signIn(page, "jury@demo.clea.fr");
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    const waiting = page.getByTestId("dash-waiting");
    await waiting.getByRole("heading", { level: 2, name: "Dossiers en attente de décision" }).waitFor();
    expect(await waiting.locator(".figure-value").textContent()).toMatch(/^\d+$/);
    await page
      .getByTestId("dash-jury-sessions")
      .getByRole("heading", { level: 2, name: /^Prochaines sessions de jury \(\d+\)$/ })
      .waitFor();
    await checkScreen(page, "dashboard-jury");
    await signOut(page);
  });
});
