import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DEMO_NETWORKS, checkScreen, demoPassword, openBrowser, signIn, signOut, type Browser } from "./support.ts";

/**
 * A candidate's journey, signed in as the demo centre manager (who follows and evaluates the
 * dossiers of the demo centre, open and habilitated as EVALUATOR for CléA): register a candidate
 * (a second one with the same identity is flagged as a likely duplicate and needs a confirmation),
 * open a CléA dossier, plan and enter the évaluation préalable with two domains missing (live
 * outcomes checked as they are entered, partly by keyboard), plan a training path on those two
 * domains, complete it, plan and enter the évaluation finale → "Prêt pour le jury"; present it to
 * a jury session, where the demo jury member certifies it; print its certificate (PDF). Then the direct
 * route (everything acquired at the préalable), a stale edit refused as "modifié entre-temps", and
 * the filtered dossier list. axe runs on every screen.
 */
let b: Browser;
const demo = DEMO_NETWORKS[0]!;
const JURY_EMAIL = "jury@demo.clea.fr";
let establishmentName = "";
const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();
const LAST_NAME = `Parcours-${suffix}`;
const FIRST_NAMES = "Camille Andrée";

const todayInFrance = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
const daysAgo = (n: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() - n * 86_400_000));

let firstDossierUrl = "";
let directDossierUrl = "";
let firstCandidateUrl = "";
let secondCandidateUrl = "";

beforeAll(async () => {
  b = await openBrowser();
  await signIn(b.page, demo.centreManager);
  await b.page.getByTestId("user-menu-button").click();
  const role = (await b.page.getByTestId("user-roles").locator("li").first().textContent())!.trim();
  establishmentName = role.slice(role.indexOf(" – ") + 3);
  await b.page.keyboard.press("Escape");
});
afterAll(async () => {
  await b?.close();
});

async function fillCandidate(page: Page) {
  await page.getByRole("heading", { level: 1, name: "Inscrire un candidat" }).waitFor();
  const establishment = page.locator("#cand-establishmentId");
  await expect.poll(() => establishment.locator("option").count()).toBeGreaterThan(1);
  const value = await establishment.locator("option", { hasText: establishmentName }).first().getAttribute("value");
  await establishment.selectOption(value!);
  await page.locator("#cand-lastName").fill(LAST_NAME);
  await page.locator("#cand-firstNames").fill(FIRST_NAMES);
  await page.locator("#cand-birthDate").fill("1988-04-12");
  await page.locator("#cand-birthPlace").fill("Limoges");
  await page.locator("#cand-gender").selectOption("FEMALE");
  await page.locator("#cand-email").fill(`camille.${suffix.toLowerCase()}@example.fr`);
  await page.locator("#cand-phone").fill("06 12 34 56 78");
  await page.locator("#cand-entryStatus").selectOption("JOB_SEEKER");
  await page.locator("#cand-qualificationLevel").selectOption("LEVEL_3_CAP_BEP");
  await page.locator("#cand-prescriber").selectOption("FRANCE_TRAVAIL");
}

async function stateIs(page: Page, label: string) {
  await expect.poll(() => page.getByTestId("dossier-state").textContent(), { timeout: 15_000 }).toContain(label);
}
/** After a transition the page reloads the dossier, then announces its new state. */
async function transitionedTo(page: Page, label: string) {
  await expect.poll(() => page.getByTestId("status").textContent(), { timeout: 15_000 }).toContain(`État du dossier : ${label}.`);
  await stateIs(page, label);
}

async function openDossier(page: Page) {
  await page.getByTestId("open-dossier").click();
  const form = page.getByTestId("open-dossier-form");
  await form.waitFor();
  await expect.poll(() => page.locator("#od-establishmentId option").count()).toBeGreaterThan(1);
  const value = await page.locator("#od-establishmentId option", { hasText: establishmentName }).first().getAttribute("value");
  await page.locator("#od-establishmentId").selectOption(value!);
  await form.getByRole("button", { name: "Ouvrir le dossier" }).click();
  await page.getByRole("heading", { level: 1, name: /^Dossier CléA/ }).waitFor();
  await stateIs(page, "Ouvert");
}

async function planEvaluation(page: Page, kind: "preliminary" | "final") {
  const action = kind === "preliminary" ? "PLAN_PRELIMINARY" : "PLAN_FINAL";
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId(`plan-${kind}-form`);
  await form.waitFor();
  const prefix = kind === "preliminary" ? "#planp-" : "#planf-";
  await page.locator(`${prefix}plannedOn`).fill(todayInFrance());
  const evaluator = page.locator(`${prefix}evaluatorId`);
  await expect.poll(() => evaluator.locator("option").count()).toBeGreaterThan(1);
  await evaluator.selectOption({ index: 1 });
  return form;
}

/** Domain codes of the grid, in order, and the number of criteria of each. */
async function gridDomains(page: Page): Promise<{ code: string; criteria: number }[]> {
  const sections = page.locator('[data-testid^="domain-D"]');
  const out: { code: string; criteria: number }[] = [];
  for (let i = 0; i < (await sections.count()); i++) {
    const s = sections.nth(i);
    out.push({
      code: (await s.getAttribute("data-testid"))!.replace("domain-", ""),
      criteria: await s.locator("fieldset.criterion").count(),
    });
  }
  return out;
}

async function allAcquired(page: Page, domainCode: string) {
  const buttons = page.getByTestId(`domain-${domainCode}`).locator('[data-testid^="all-acquired-"]');
  for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
}

describe("a centre manager takes a candidate from registration to the jury", () => {
  it("lists the candidates and registers one (a likely duplicate needs an explicit confirmation)", async () => {
    const { page } = b;
    await page.getByTestId("main-nav").getByRole("link", { name: "Candidats" }).click();
    await page.getByRole("heading", { level: 1, name: "Candidats" }).waitFor();
    await checkScreen(page, "candidats");

    await page.getByRole("link", { name: "Inscrire un candidat" }).click();
    await fillCandidate(page);
    await checkScreen(page, "candidat-inscription");
    // Submitting twice quickly (double click) creates one candidate: one idempotency key per form.
    await page.getByRole("button", { name: "Enregistrer" }).dblclick();
    await page.getByRole("heading", { level: 1, name: `${LAST_NAME.toUpperCase()} ${FIRST_NAMES}` }).waitFor();
    expect(await page.getByTestId("status").textContent()).toContain("Candidat inscrit.");
    await checkScreen(page, "candidat");
    firstCandidateUrl = page.url();

    // The same identity again: refused as a likely duplicate, shown, then confirmed.
    await page.goto("/candidats/nouveau");
    await fillCandidate(page);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const duplicate = page.getByTestId("likely-duplicate");
    await duplicate.waitFor();
    expect(await duplicate.textContent()).toContain("Ce candidat est peut-être déjà inscrit");
    expect(await duplicate.getByRole("link").first().textContent()).toContain(LAST_NAME.toUpperCase());
    await checkScreen(page, "candidat-doublon");
    await page.getByTestId("confirm-duplicate").click();
    await page.getByRole("heading", { level: 1, name: `${LAST_NAME.toUpperCase()} ${FIRST_NAMES}` }).waitFor();
    secondCandidateUrl = page.url();

    // Exactly two candidates with this name: the double click created one.
    await page.goto("/candidats");
    await page.getByLabel("Nom, prénom ou pseudonyme").fill(LAST_NAME);
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect.poll(() => page.getByTestId("total").textContent()).toContain("2 résultats");
  });

  it("opens a CléA dossier and plans the évaluation préalable", async () => {
    const { page } = b;
    await page.goto(firstCandidateUrl);
    await page.getByRole("heading", { level: 1, name: `${LAST_NAME.toUpperCase()} ${FIRST_NAMES}` }).waitFor();
    await openDossier(page);
    firstDossierUrl = page.url();
    expect(await page.getByTestId("dossier-timeline").textContent()).toContain("Ouverture du dossier");
    await checkScreen(page, "dossier-ouvert");

    const form = await planEvaluation(page, "preliminary");
    await checkScreen(page, "dossier-planifier-prealable");
    await form.getByRole("button", { name: "Planifier l'évaluation préalable" }).click();
    await transitionedTo(page, "Évaluation préalable planifiée");
    expect(await page.getByTestId("evaluations").textContent()).toContain("Planifiée");
  });

  it("enters the évaluation préalable with two domains missing, the outcomes shown live", async () => {
    const { page } = b;
    await page.getByTestId("action-RECORD_PRELIMINARY").click();
    await page.getByTestId("evaluation-form").waitFor();
    await page.locator('[data-testid^="domain-D"]').first().waitFor();
    const domains = await gridDomains(page);
    expect(domains.length).toBeGreaterThanOrEqual(3);
    const total = domains.length;
    expect(await page.getByTestId("grid-summary").textContent()).toBe(`0 domaine acquis sur ${total}`);

    const missing = domains.slice(-2);
    for (const d of domains.slice(0, -2)) await allAcquired(page, d.code);
    // The two last domains by keyboard: focus the first criterion, then N on every criterion (each moves to the next).
    for (const d of missing) {
      await page.getByTestId(`domain-${d.code}`).locator('fieldset.criterion input[value="ACQUIRED"]').first().focus();
      for (let i = 0; i < d.criteria; i++) await page.keyboard.press("n");
      expect(await page.getByTestId(`domain-outcome-${d.code}`).textContent()).toBe("Domaine non acquis");
    }
    expect(await page.getByTestId(`domain-outcome-${domains[0]!.code}`).textContent()).toBe("Domaine acquis");
    expect(await page.getByTestId("grid-summary").textContent()).toBe(`${total - 2} domaines acquis sur ${total}`);
    expect(await page.getByTestId("grid-progress").textContent()).toContain(`sur ${domains.reduce((n, d) => n + d.criteria, 0)}`);
    expect(await page.getByTestId("evaluation-verdict").textContent()).toContain("2 domaine(s) non acquis");

    await page.locator("#eval-durationMinutes").fill("180");
    await page.locator("#eval-context").fill("Situation de travail : accueil en magasin.");
    await checkScreen(page, "dossier-grille-prealable");
    await page.getByTestId("save-evaluation").click();
    await transitionedTo(page, "En formation");
    expect(await page.getByTestId("domains-acquired").textContent()).toBe(`${total - 2} domaines acquis sur ${total}`);
    for (const d of missing) expect(await page.getByTestId(`domain-status-${d.code}`).textContent()).toContain("Non acquis");
    expect(await page.getByTestId("dossier-window").textContent()).not.toContain("Pas encore");
    await checkScreen(page, "dossier-en-formation");
  });

  it("plans a training path on the two missing domains only, then completes it", async () => {
    const { page } = b;
    await page.getByTestId("action-PLAN_TRAINING").click();
    const form = page.getByTestId("training-path-form");
    await form.waitFor();
    const hours = form.locator('input[id^="tp-hours-"]');
    expect(await hours.count()).toBe(2);
    await page.locator("#tp-trainingOrganisation").fill("Organisme de formation des Demo");
    await page.locator("#tp-trainerName").fill("Dominique Formatrice");
    await page.locator("#tp-startsOn").fill(daysAgo(30));
    await page.locator("#tp-endsOn").fill(todayInFrance());
    await hours.nth(0).fill("20");
    await hours.nth(1).fill("12,5");
    await checkScreen(page, "dossier-parcours");
    await form.getByRole("button", { name: "Planifier le parcours" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Parcours de formation planifié.");
    expect(await page.getByTestId("training-paths").textContent()).toContain("12,5 h prévues");

    await page.getByTestId("complete-training").click();
    const complete = page.getByTestId("complete-training-form");
    await complete.waitFor();
    await complete.locator('input[id^="ct-actual-"]').nth(1).fill("14");
    await checkScreen(page, "dossier-parcours-terminer");
    await complete.getByRole("button", { name: "Terminer le parcours" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Parcours de formation terminé.");
    expect(await page.getByTestId("training-paths").textContent()).toContain("Terminé");
    expect(await page.getByTestId("training-paths").textContent()).toContain("14 h réalisées");
  });

  it("plans and enters the évaluation finale on those domains → Prêt pour le jury", async () => {
    const { page } = b;
    const form = await planEvaluation(page, "final");
    // The missing domains, targeted by the training path, are checked.
    const boxes = form.locator('input[type="checkbox"]');
    expect(await boxes.count()).toBe(2);
    for (let i = 0; i < 2; i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    await checkScreen(page, "dossier-planifier-finale");
    await form.getByRole("button", { name: "Planifier l'évaluation finale" }).click();
    await transitionedTo(page, "Évaluation finale planifiée");

    await page.getByTestId("action-RECORD_FINAL").click();
    await page.locator('[data-testid^="domain-D"]').first().waitFor();
    const domains = await gridDomains(page);
    expect(domains).toHaveLength(2);
    expect(await page.getByTestId("grid-summary").textContent()).toBe("0 domaine acquis sur 2");
    for (const d of domains) await allAcquired(page, d.code);
    expect(await page.getByTestId("grid-summary").textContent()).toBe("2 domaines acquis sur 2");
    expect(await page.getByTestId("evaluation-verdict").textContent()).toContain("prêt pour le jury");
    await page.locator("#eval-durationMinutes").fill("90");
    await checkScreen(page, "dossier-grille-finale");
    await page.getByTestId("save-evaluation").click();
    await transitionedTo(page, "Prêt pour le jury");
    const statuses = await page.getByTestId("domain-statuses").locator("tbody tr").count();
    expect(await page.getByTestId("domains-acquired").textContent()).toBe(`${statuses} domaines acquis sur ${statuses}`);
    // The timeline tells the whole story, in order.
    const steps = await page.getByTestId("dossier-timeline").locator("li strong").allTextContents();
    expect(steps).toEqual([
      "Ouverture du dossier",
      "Planifier l'évaluation préalable",
      "Saisir l'évaluation préalable",
      "Planifier l'évaluation finale",
      "Saisir l'évaluation finale",
    ]);
    await checkScreen(page, "dossier-pret-pour-le-jury", { fullPage: true });
  });

  it("presents it to a jury session, where the jury certifies it, and prints the certificate", async () => {
    const { page } = b;
    // A jury session today, organised by the demo jury member (through the API: the jury screens
    // have their own browser test, e2e/jury.e2e.ts).
    const organiser = `Transitions Pro Parcours ${suffix}`;
    const gql = async (token: string | null, query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${b.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join(" / "));
      return body.data;
    };
    const jury = (
      await gql(null, `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken user { id } } }`, {
        e: JURY_EMAIL,
        p: demoPassword(),
      })
    ).signIn;
    const session = (
      await gql(jury.accessToken, `mutation($i: CreateJurySessionInput!) { createJurySession(input: $i) { id } }`, {
        i: {
          organiser,
          certificationCode: "CLEA",
          heldOn: todayInFrance(),
          mode: "REMOTE",
          location: "https://visio.example.fr/jury",
          members: [{ userId: jury.user.id }],
        },
      })
    ).createJurySession;

    // The centre manager presents the dossier.
    await page.goto(firstDossierUrl);
    await stateIs(page, "Prêt pour le jury");
    await page.getByTestId("action-SUBMIT_TO_JURY").click();
    const option = page.locator("#stj-jurySessionId option", { hasText: organiser });
    await option.waitFor({ state: "attached" });
    await page.locator("#stj-jurySessionId").selectOption((await option.getAttribute("value"))!);
    await page.getByTestId("submit-to-jury").click();
    await stateIs(page, "Présenté au jury");
    await signOut(page);

    // The jury certifies it.
    await signIn(page, JURY_EMAIL);
    await page.goto(`/jurys/${session.id}`);
    await page.getByRole("heading", { level: 1, name: /^Jury du/ }).waitFor();
    const dossierId = firstDossierUrl.split("/").pop()!;
    const row = page.getByTestId(`submission-${dossierId}`);
    await row.getByTestId("decision-CERTIFIED").check();
    await row.getByTestId("decision-submit").click();
    await page.getByRole("dialog").getByRole("button", { name: "Certifier" }).click();
    await row.getByTestId("decision").waitFor();
    expect(await row.getByTestId("decision").textContent()).toContain("Décision : Certifié");
    await checkScreen(page, "parcours-jury-decide");
    await signOut(page);

    // Back at the centre: the dossier is certified, the timeline ends with the jury, the certificate prints.
    await signIn(page, demo.centreManager);
    await page.goto(firstDossierUrl);
    await stateIs(page, "Certifié");
    const steps = await page.getByTestId("dossier-timeline").locator("li strong").allTextContents();
    expect(steps.slice(-2)).toEqual(["Présenter au jury", "Certifier"]);
    const panel = page.getByTestId("panel-certificate");
    const number = (await panel.getByTestId("certificate-number").textContent())!.trim();
    await panel.getByTestId("certificate-page-link").click();
    await page.getByRole("heading", { level: 1, name: `Certificat CléA n° ${number}` }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-attestation").click()]);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    await checkScreen(page, "parcours-certificat");
  });
});

describe("the direct route, a stale edit, the list", () => {
  it("all acquired at the préalable → Prêt pour le jury", async () => {
    const { page } = b;
    await page.goto(secondCandidateUrl);
    await page.getByRole("heading", { level: 1, name: `${LAST_NAME.toUpperCase()} ${FIRST_NAMES}` }).waitFor();
    await openDossier(page);
    directDossierUrl = page.url();
    const form = await planEvaluation(page, "preliminary");
    await form.getByRole("button", { name: "Planifier l'évaluation préalable" }).click();
    await transitionedTo(page, "Évaluation préalable planifiée");
    await page.getByTestId("action-RECORD_PRELIMINARY").click();
    await page.locator('[data-testid^="domain-D"]').first().waitFor();
    const domains = await gridDomains(page);
    // Native radio groups: the arrow keys choose within a criterion.
    const first = page.locator('fieldset.criterion input[value="ACQUIRED"]').first();
    await first.focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.locator('fieldset.criterion input[value="NOT_ACQUIRED"]').first().isChecked()).toBe(true);
    expect(await page.getByTestId("grid-progress").textContent()).toMatch(/^1 critère renseigné sur \d+$/);
    for (const d of domains) await allAcquired(page, d.code);
    expect(await page.getByTestId("grid-summary").textContent()).toBe(`${domains.length} domaines acquis sur ${domains.length}`);
    await page.locator("#eval-durationMinutes").fill("150");
    await page.getByTestId("save-evaluation").click();
    await transitionedTo(page, "Prêt pour le jury");
    expect(await page.getByTestId("evaluations").textContent()).toContain(`${domains.length} domaines acquis sur ${domains.length}`);
  });

  it("refuses an action on a dossier changed in the meantime, and reloads it", async () => {
    const { page, context } = b;
    await page.goto(directDossierUrl);
    await stateIs(page, "Prêt pour le jury");
    await page.getByTestId("action-WITHDRAW").click();
    await page.locator("#wd-reason").fill("Le candidat a trouvé un emploi.");
    // Someone else closes the dossier in another tab first.
    const other = await context.newPage();
    await other.goto(directDossierUrl);
    await stateIs(other, "Prêt pour le jury");
    await other.getByTestId("action-WITHDRAW").click();
    await other.locator("#wd-reason").fill("Abandon à la demande du candidat.");
    await other.getByRole("button", { name: "Clore le dossier" }).click();
    await other.getByRole("dialog").getByRole("button", { name: "Oui, clore le dossier" }).click();
    await stateIs(other, "Clos (abandon)");
    await other.close();

    await page.getByRole("button", { name: "Clore le dossier" }).click();
    await checkScreen(page, "dossier-clore-confirmation");
    await page.getByRole("dialog").getByRole("button", { name: "Oui, clore le dossier" }).click();
    const conflict = page.getByTestId("dossier-conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("modifié entre-temps");
    await checkScreen(page, "dossier-conflit");
    await page.getByTestId("dossier-reload").click();
    await stateIs(page, "Clos (abandon)");
    expect(await page.getByTestId("dossier-conflict").count()).toBe(0);
    expect(await page.getByTestId("dossier-timeline").textContent()).toContain("Abandon à la demande du candidat.");
  });

  it("filters the dossiers by state", async () => {
    const { page } = b;
    await page.getByTestId("main-nav").getByRole("link", { name: "Dossiers" }).click();
    await page.getByRole("heading", { level: 1, name: "Dossiers" }).waitFor();
    await page.locator("#dos-state").selectOption("CERTIFIED");
    await expect.poll(() => page.getByTestId("dossier-table").textContent()).toContain(LAST_NAME.toUpperCase());
    expect(page.url()).toContain("etat=CERTIFIED");
    await checkScreen(page, "dossiers-filtres");
    await page.locator("#dos-state").selectOption("WITHDRAWN");
    await expect.poll(() => page.getByTestId("dossier-table").textContent()).toContain(LAST_NAME.toUpperCase());
    // Sorted by the end of the 5-year window (the API's orderBy), kept in the address.
    await page.locator("#dos-sort").selectOption("window");
    await expect.poll(() => page.url()).toContain("tri=window");
    await expect.poll(() => page.getByTestId("dossier-table").textContent()).toContain(LAST_NAME.toUpperCase());
    await page.getByLabel(/Délai de 5 ans finissant/).check();
    await expect.poll(() => page.getByTestId("total").textContent()).toContain("0 résultat");
    await page.goto(firstDossierUrl);
    await stateIs(page, "Certifié");
  });
});

describe("the lists of whoever may not read identities", () => {
  // Network managers, analysts and juries read dossiers and candidates without their identity:
  // the lists show pseudonyms, never "0 résultat" nor a refusal (ADR 0027).
  for (const [who, email, lists] of [
    ["a network manager", demo.networkManager, ["Dossiers", "Candidats"]],
    ["a national analyst", "analyst@demo.clea.fr", ["Dossiers", "Candidats"]],
  ] as const) {
    it(`shows ${who} the rows of their scope, with pseudonyms and no error`, async () => {
      const { page } = b;
      const errors: string[] = [];
      const onConsole = (m: { type(): string; text(): string }) => {
        if (m.type() === "error") errors.push(m.text());
      };
      page.on("console", onConsole);
      try {
        await signOut(page);
        await signIn(page, email);
        for (const list of lists) {
          await page.getByTestId("main-nav").getByRole("link", { name: list }).click();
          await page.getByRole("heading", { level: 1, name: list }).waitFor();
          const table = list === "Dossiers" ? "dossier-table" : "candidate-table";
          await expect.poll(() => page.getByTestId(table).locator("tbody tr").count()).toBeGreaterThan(0);
          expect(await page.getByTestId("total").textContent()).not.toMatch(/^0 résultat/);
          expect(await page.getByRole("alert").count()).toBe(0);
          // No identity shown: the demo candidates' pseudonyms ("C-…") stand for them.
          expect(await page.getByTestId(table).textContent()).not.toContain(LAST_NAME.toUpperCase());
        }
        expect(errors).toEqual([]);
      } finally {
        page.off("console", onConsole);
      }
    });
  }
});
