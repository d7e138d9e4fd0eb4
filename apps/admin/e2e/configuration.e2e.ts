import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_NETWORKS, checkScreen, openBrowser, signIn, signOut, type Browser } from "./support.ts";

/**
 * A network manager configures a training centre: the establishment page in tabs (keyboard),
 * close then reopen the establishment (confirmed), a session refused because the establishment is
 * not habilitated for CléA Management, the habilitation granted through its dialog (dates) and
 * shown on the timeline, the same session then accepted and listed in the calendar; staff
 * assigned, invited, given an accreditation and ended (confirmed); the network's overview (key
 * figures, regional chart and its table), its "À surveiller" section, and its sessions calendar.
 *
 * The demo centre (where the demo evaluator works) is open and habilitated as EVALUATOR for CléA
 * (apps/api/src/seed/demo-users.ts), not for CléA Management.
 */
let b: Browser;
const demo = DEMO_NETWORKS[0]!;
let establishmentName = "";

const pad = (n: number) => String(n).padStart(2, "0");
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);
const sessionDay = day(inDays(30));
/** A certification the demo centre is not habilitated for as EVALUATOR. */
const CERTIFICATION = { code: "CLEA_MANAGEMENT", name: "CléA Management" };
const SITE = "3 rue des Écoles, 97100 Basse-Terre";

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
  await page.locator("#sess-certificationCode").selectOption(CERTIFICATION.code);
  await page.locator("#sess-kind").selectOption("FINAL");
  await page.locator("#sess-startsAt").fill(`${sessionDay}T09:00`);
  await page.locator("#sess-endsAt").fill(`${sessionDay}T12:00`);
  await page.getByLabel("Adresse du lieu").fill(SITE);
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
    expect((await tabs.getByRole("tab").allTextContents()).map((s) => s.trim())).toEqual([
      "Identité",
      "Habilitations",
      "Personnel",
      "Sessions",
    ]);
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

  it("closes the establishment after confirming, then reopens it", async () => {
    const { page } = b;
    const main = page.getByRole("main");
    await main.getByRole("button", { name: "Fermer l'établissement" }).click();
    const closeDialog = page.getByRole("dialog", { name: "Fermer l'établissement" });
    await closeDialog.waitFor();
    await checkScreen(page, "etablissement-fermer-dialogue");
    await closeDialog.getByRole("button", { name: "Fermer l'établissement" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Établissement fermé.");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    const reopen = main.getByRole("button", { name: "Rouvrir l'établissement" });
    await reopen.waitFor();
    expect(await main.textContent()).toContain("Fermé le");
    await reopen.click();
    await page.getByRole("dialog").waitFor();
    await checkScreen(page, "etablissement-rouvrir-dialogue");
    await page.getByRole("dialog").getByRole("button", { name: "Rouvrir l'établissement" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Établissement rouvert.");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await main.getByRole("button", { name: "Fermer l'établissement" }).waitFor();
    expect(await main.textContent()).toContain("Ouvert");
  });

  it("plans a session: refused while the establishment is not habilitated (the API's message next to the field)", async () => {
    const { page } = b;
    await page.getByRole("tab", { name: "Sessions" }).click();
    await page.getByRole("heading", { level: 2, name: "Planifier une session" }).waitFor();
    await checkScreen(page, "etablissement-onglet-sessions");
    await planSession(page);
    await expect
      .poll(() => page.getByTestId("sess-certificationCode-error").textContent())
      .toContain(`n'est pas habilité comme évaluateur pour ${CERTIFICATION.name}`);
    await page.getByTestId("error-summary").waitFor();
    await checkScreen(page, "session-refusee");
  });

  it("grants the requested habilitation through its dialog (dates, decision)", async () => {
    const { page } = b;
    await page.getByRole("tab", { name: "Habilitations" }).click();
    const grant = page.getByRole("button", { name: `Accorder l'habilitation ${CERTIFICATION.name} (Évaluateur)` });
    if (!(await grant.count())) {
      await page.locator("#hab-certificationCode").selectOption(CERTIFICATION.code);
      await page.locator("#hab-role").selectOption("EVALUATOR");
      await page.getByRole("button", { name: "Envoyer la demande" }).click();
      await grant.waitFor();
    }
    await grant.click();
    const dialog = page.getByRole("dialog", { name: `Accorder l'habilitation ${CERTIFICATION.name} (Évaluateur)` });
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
    const row = page
      .getByTestId("habilitation-table")
      .locator("tr", { hasText: CERTIFICATION.name })
      .filter({ hasText: "Évaluateur" })
      .filter({ hasText: "Accordée" });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await checkScreen(page, "habilitation-accordee");
  });

  it("shows the habilitation periods on a timeline, each period's status and dates in text", async () => {
    const { page } = b;
    const timeline = page.getByTestId("habilitation-timeline");
    await timeline.getByRole("heading", { name: "Chronologie des habilitations" }).waitFor();
    expect(await timeline.textContent()).toContain("Aujourd'hui");
    // The CléA line (the demo centre's habilitation) and the one just granted.
    await timeline.getByTestId("timeline-lane-CLEA-EVALUATOR").waitFor();
    const lane = timeline.getByTestId(`timeline-lane-${CERTIFICATION.code}-EVALUATOR`);
    const periods = lane.getByRole("list", { name: `${CERTIFICATION.name} – Évaluateur` }).getByRole("listitem");
    await expect.poll(() => periods.count()).toBeGreaterThan(0);
    const text = (await periods.last().textContent())!;
    expect(text).toContain("Accordée");
    expect(text).toMatch(/du .+ au .+/);
    await checkScreen(page, "habilitation-chronologie");
  });

  it("plans the same session, now accepted and listed with its capacity", async () => {
    const { page } = b;
    await page.getByRole("tab", { name: "Sessions" }).click();
    await planSession(page);
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Session planifiée.");
    // The calendar turns to the session's month and lists it, with its capacity.
    const table = page.getByTestId("calendar-table");
    await expect.poll(async () => ((await table.count()) ? await table.textContent() : "")).toContain("3 rue des Écoles");
    const text = await table.textContent();
    expect(text).toContain("Évaluation finale");
    expect(text).toContain(CERTIFICATION.name);
    expect(text).toContain("0 occupées sur 12, 12 libres");
    expect(await page.getByTestId("error-summary").count()).toBe(0);
    await checkScreen(page, "session-planifiee");
  });

  it("assigns an existing person (functions checked as you type), then ends the assignment after confirming", async () => {
    const { page } = b;
    await page.getByRole("tab", { name: "Personnel" }).click();
    const form = page.getByTestId("staff-assign");
    await form.getByRole("heading", { name: "Affecter une personne" }).waitFor();
    await form.getByLabel("Rechercher une personne").fill("analyst.app");
    const person = form.locator("#staff-userId");
    await expect.poll(() => person.locator("option").count()).toBe(2);
    await person.selectOption({ index: 1 });
    // No function chosen: refused on the spot, nothing sent.
    await page.getByTestId("staff-assign-submit").click();
    await expect.poll(() => form.locator("#staff-functions-error").textContent()).toContain("Indiquez au moins une fonction.");
    await page.getByTestId("error-summary").waitFor();
    await checkScreen(page, "personnel-affecter-erreur");
    await page.getByTestId("staff-function-TRAINER").check();
    await page.getByTestId("staff-assign-submit").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Personne affectée.");
    const current = page.getByTestId("staff-current-table");
    const row = current.locator("tr", { hasText: "Analyste du réseau" }).filter({ hasText: "Formateur" });
    await expect.poll(() => row.count()).toBe(1);

    await row.getByRole("button", { name: "Mettre fin" }).click();
    const dialog = page.getByRole("dialog", { name: "Mettre fin à l'affectation" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Analyste du réseau");
    await checkScreen(page, "personnel-fin-dialogue");
    await dialog.getByRole("button", { name: "Mettre fin" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Affectation terminée.");
    await expect.poll(() => row.count()).toBe(0);
    await expect
      .poll(() => page.getByTestId("staff-past-table").locator("tr", { hasText: "Analyste du réseau" }).count())
      .toBeGreaterThan(0);
  });

  it("invites a new evaluator by e-mail into the establishment, and records an evaluator's training", async () => {
    const { page } = b;
    const form = page.getByTestId("staff-assign");
    await page.getByTestId("staff-mode-invite").check();
    const email = `evaluatrice-${Date.now()}@e2e.clea.fr`;
    await form.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await form.getByLabel("Adresse e-mail").blur();
    await expect.poll(() => page.getByTestId("staff-email-error").count()).toBe(1);
    await form.getByLabel("Adresse e-mail").fill(email);
    await form.getByLabel("Nom et prénom").fill("Évaluatrice E2E");
    await page.getByTestId("staff-function-EVALUATOR").check();
    await page.getByTestId("staff-assign-submit").click();
    await page.getByTestId("invitation-link").waitFor();
    await expect.poll(() => page.getByTestId("staff-current-table").locator("tr", { hasText: "Évaluatrice E2E" }).count()).toBe(1);
    await checkScreen(page, "personnel-invitation");

    const accreditation = page.getByTestId("accreditation-form");
    await accreditation.locator("#accr-userId").selectOption({ label: "Évaluatrice E2E" });
    await accreditation.locator("#accr-certificationCode").selectOption("CLEA");
    await accreditation.getByLabel("Date de la formation").fill(day(inDays(-10)));
    await accreditation.getByLabel("Référence de l'attestation").fill("FORM-E2E-001");
    await page.getByTestId("accreditation-submit").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Formation enregistrée.");
    const row = page.getByTestId("staff-current-table").locator("tr", { hasText: "Évaluatrice E2E" });
    await expect.poll(() => row.textContent()).toContain("CléA (");
    await checkScreen(page, "personnel-formation");
  });

  it("shows the network's key figures and the regional chart with its data table", async () => {
    const { page } = b;
    await page.goto("/reseaux");
    await page.getByRole("link", { name: demo.name, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: demo.name }).waitFor();
    const overview = page.getByTestId("network-overview");
    await overview.getByRole("heading", { level: 2, name: "Vue d'ensemble" }).waitFor();
    const figure = async (key: string) => Number((await overview.getByTestId(`figure-${key}`).locator("dd").textContent())!.trim());
    await expect.poll(() => figure("establishmentsOpen")).toBeGreaterThan(0);
    expect(await figure("activeHabilitations")).toBeGreaterThan(0);
    expect(await figure("staff")).toBeGreaterThan(0);
    expect(await figure("upcomingSessions")).toBeGreaterThan(0);
    await expect.poll(() => figure("attentionItems")).toBeGreaterThanOrEqual(0);
    expect(await overview.getByTestId("overview-habilitations").textContent()).toContain(CERTIFICATION.name);
    // The chart is an image with a text alternative, and its figures are in a table.
    const canvas = overview.getByRole("img", { name: /^Graphique en barres/ });
    await canvas.waitFor();
    const table = overview.getByTestId("region-table");
    expect(await table.isVisible()).toBe(false);
    await overview.getByRole("button", { name: "Afficher les données du graphique" }).click();
    await table.waitFor();
    expect(await overview.getByRole("button", { name: "Masquer les données du graphique" }).getAttribute("aria-expanded")).toBe("true");
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const first = (await rows.first().locator("th").textContent())!.trim();
    expect(await canvas.getAttribute("aria-label")).toContain(first);
    await checkScreen(page, "reseau-apercu", { fullPage: true });
  });

  it("lists what needs attention on the network page, each item a link", async () => {
    const { page } = b;
    await page.goto("/reseaux");
    await page.getByRole("link", { name: demo.name, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: demo.name }).waitFor();
    const attention = page.getByTestId("attention");
    await attention.getByRole("heading", { level: 2, name: "À surveiller" }).waitFor();
    // Habilitations ending, Qualiopi past, no evaluator, sessions with no free place.
    await expect.poll(() => attention.getByRole("heading", { level: 3 }).count()).toBe(4);
    const items = attention.getByTestId("attention-no-evaluator").getByRole("link");
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    await checkScreen(page, "reseau-a-surveiller");
    const name = (await items.first().textContent())!.trim();
    await items.first().click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await page.getByRole("tab", { name: "Personnel" }).getAttribute("aria-selected")).toBe("true");
  });

  it("lists the network's sessions by month in its calendar, with filters and places used / free", async () => {
    const { page } = b;
    await page.goto("/reseaux");
    await page.getByRole("link", { name: demo.name, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: demo.name }).waitFor();
    await page.getByRole("tab", { name: "Calendrier des sessions" }).click();
    const calendar = page.getByTestId("session-calendar");
    await calendar.getByRole("heading", { level: 2, name: "Calendrier des sessions" }).waitFor();
    // Turn to the month of the session planned above.
    const now = new Date();
    const target = new Date(`${sessionDay}T12:00:00`);
    const months = (target.getFullYear() - now.getFullYear()) * 12 + target.getMonth() - now.getMonth();
    for (let i = 0; i < months; i++) await page.getByTestId("calendar-next").click();
    const monthName = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric" }).format(target);
    await expect.poll(() => page.getByTestId("calendar-month").textContent()).toBe(monthName);
    const row = calendar.getByTestId("calendar-table").locator("tr", { hasText: SITE });
    await expect.poll(() => row.count()).toBe(1);
    const text = (await row.textContent())!;
    expect(text).toContain(establishmentName);
    expect(text).toContain("0 occupées sur 12, 12 libres");
    await checkScreen(page, "reseau-calendrier");
    // Filters cumulate: the certification keeps it, another kind hides it.
    await calendar.getByLabel("Certification").selectOption(CERTIFICATION.code);
    await calendar.getByLabel("Établissement").selectOption({ label: establishmentName });
    await expect.poll(() => row.count()).toBe(1);
    await calendar.getByLabel("Type").selectOption("PRELIMINARY");
    await expect.poll(() => row.count()).toBe(0);
    expect(await page.getByTestId("calendar-count").textContent()).toContain("Aucune session");
    await calendar.getByLabel("Type").selectOption("FINAL");
    await expect.poll(() => row.count()).toBe(1);
    // The establishment's own calendar is the same view, filtered to it.
    await row.getByRole("link", { name: establishmentName }).click();
    await page.getByRole("heading", { level: 1, name: establishmentName }).waitFor();
    expect(await page.getByRole("tab", { name: "Sessions" }).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.getByTestId("calendar-month").textContent()).toBe(monthName);
    await expect.poll(() => page.getByTestId("calendar-table").locator("tr", { hasText: SITE }).count()).toBe(1);
  });
});
