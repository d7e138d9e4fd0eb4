import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_EMAIL, DEMO_NETWORKS, checkScreen, demoPassword, openBrowser, signIn, signOut, type Browser } from "./support.ts";

/**
 * From a ready dossier to the certificate. Two CléA dossiers of the demo centre are brought to
 * "Prêt pour le jury" through the API (candidate, dossier, évaluation préalable with every
 * criterion acquired). Then in the browser: the demo jury member creates a session for today; the
 * centre manager presents the first dossier (and records its funding, totals exact to the cent);
 * the jury certifies it and adjourns the second one (a reason is required); the centre manager
 * sees the adjournment's reason, presents the second dossier again, opens the certificate and
 * downloads its PDF attestation; signed out, the public page verifies the number (certification,
 * date, initials only) and says when no certificate has a number. axe runs on every screen.
 */
const JURY_EMAIL = "jury@demo.clea.fr";
const JURY_NAME = "Jeanne Jury";
const demo = DEMO_NETWORKS[0]!;
const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();
const ORGANISER = `Transitions Pro Démo ${suffix}`;
const todayInFrance = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());

let b: Browser;
let baseUrl = "";
/** The two ready dossiers: the first is certified, the second adjourned. */
const dossiers: { id: string; lastName: string }[] = [];
let sessionUrl = "";
let certificateNumber = "";

// ---------------------------------------------------------------------------------------------
// Set-up through the API, as the demo centre manager

async function gql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${query.trim().split("\n")[0]}: ${body.errors.map((e) => e.message).join(" / ")}`);
  return body.data!;
}

async function apiSignIn(email: string) {
  const data = await gql<{
    signIn: { accessToken: string; user: { id: string; roles: { role: string; establishmentId: string | null }[] } };
  }>(
    null,
    `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken user { id roles { role establishmentId } } } }`,
    { email, password: demoPassword() },
  );
  return data.signIn;
}

/** A candidate of the centre with a CléA dossier whose évaluation préalable acquired every criterion. */
async function readyDossier(token: string, establishmentId: string, evaluatorId: string, lastName: string): Promise<string> {
  const { createCandidate } = await gql<{ createCandidate: { id: string } }>(
    token,
    `mutation C($input: CreateCandidateInput!) { createCandidate(input: $input, confirmLikelyDuplicate: true) { id } }`,
    {
      input: {
        establishmentId,
        lastName,
        firstNames: "Dominique",
        birthDate: "1979-09-03",
        birthPlace: "Brest",
        gender: "MALE",
        email: `${lastName.toLowerCase()}@example.fr`,
        entryStatus: "EMPLOYEE",
        qualificationLevel: "LEVEL_3_CAP_BEP",
        prescriber: "EMPLOYER",
      },
    },
  );
  const { openDossier } = await gql<{ openDossier: { id: string; version: number; referentialId: string } }>(
    token,
    `mutation O($input: OpenDossierInput!) { openDossier(input: $input) { id version referentialId } }`,
    { input: { candidateId: createCandidate.id, certificationCode: "CLEA", establishmentId } },
  );
  const { planPreliminaryEvaluation } = await gql<{ planPreliminaryEvaluation: { version: number } }>(
    token,
    `mutation P($input: PlanPreliminaryEvaluationInput!) { planPreliminaryEvaluation(input: $input) { version } }`,
    { input: { dossierId: openDossier.id, version: openDossier.version, plannedOn: todayInFrance(), evaluatorId } },
  );
  const { referential } = await gql<{ referential: { domains: { subDomains: { criteria: { code: string }[] }[] }[] } }>(
    token,
    `query R($id: ID!) { referential(id: $id) { domains { subDomains { criteria { code } } } } }`,
    { id: openDossier.referentialId },
  );
  const codes = referential.domains.flatMap((d) => d.subDomains.flatMap((s) => s.criteria.map((c) => c.code)));
  expect(codes.length).toBeGreaterThan(20);
  const { recordPreliminaryEvaluation } = await gql<{ recordPreliminaryEvaluation: { state: string } }>(
    token,
    `mutation E($input: RecordEvaluationInput!) { recordPreliminaryEvaluation(input: $input) { state } }`,
    {
      input: {
        dossierId: openDossier.id,
        version: planPreliminaryEvaluation.version,
        heldOn: todayInFrance(),
        durationMinutes: 150,
        context: "Mise en situation professionnelle.",
        results: codes.map((criterionCode) => ({ criterionCode, result: "ACQUIRED" })),
      },
    },
  );
  expect(recordPreliminaryEvaluation.state).toBe("READY_FOR_JURY");
  return openDossier.id;
}

beforeAll(async () => {
  b = await openBrowser();
  baseUrl = b.baseUrl;
  const centre = await apiSignIn(demo.centreManager);
  const establishmentId = centre.user.roles.find((r) => r.role === "CENTRE_MANAGER")!.establishmentId!;
  const { establishmentStaff } = await gql<{ establishmentStaff: { userId: string; function: string; current: boolean }[] }>(
    centre.accessToken,
    `query S($id: ID!) { establishmentStaff(establishmentId: $id) { userId function current } }`,
    { id: establishmentId },
  );
  const evaluatorId = establishmentStaff.find((s) => s.function === "EVALUATOR" && s.current)!.userId;
  for (const name of [`Certifie-${suffix}`, `Ajourne-${suffix}`])
    dossiers.push({ id: await readyDossier(centre.accessToken, establishmentId, evaluatorId, name), lastName: name });
});
afterAll(async () => {
  await b?.close();
});

async function stateIs(page: Page, label: string) {
  await expect.poll(() => page.getByTestId("dossier-state").textContent(), { timeout: 15_000 }).toContain(label);
}

async function openDossierPage(page: Page, id: string) {
  await page.goto(`/dossiers/${id}`);
  await page.getByRole("heading", { level: 1, name: /^Dossier CléA/ }).waitFor();
}

// ---------------------------------------------------------------------------------------------

describe("jury, certificate and funding", () => {
  it("a jury member creates a session for today (the form refuses a missing place on site)", async () => {
    const { page } = b;
    await signIn(page, JURY_EMAIL);
    await page.getByTestId("main-nav").getByRole("link", { name: "Jurys" }).click();
    await page.getByRole("heading", { level: 1, name: "Sessions de jury" }).waitFor();
    await checkScreen(page, "jurys");

    await page.getByTestId("new-jury-session").click();
    await page.getByRole("heading", { level: 1, name: "Nouvelle session de jury" }).waitFor();
    await page.locator("#js-organiser").fill(ORGANISER);
    await page.locator("#js-heldOn").fill(todayInFrance());
    // The jury member sits in the session they create.
    expect(await page.getByTestId(`js-member-${JURY_NAME}`).isChecked()).toBe(true);
    await page.getByTestId("js-submit").click();
    await page.getByTestId("error-summary").waitFor();
    expect(await page.getByTestId("js-location-error").textContent()).toContain("Indiquez le lieu d'une session sur place.");
    await checkScreen(page, "jury-nouvelle-session-erreur");
    await page.locator("#js-location").fill("Rennes, 12 rue de la Démo");
    await page.getByTestId("js-submit").click();
    await page.getByRole("heading", { level: 1, name: /^Jury du .* — CléA$/ }).waitFor();
    expect(await page.getByTestId("status").textContent()).toContain("Session de jury créée.");
    expect(await page.getByTestId("jury-members").textContent()).toContain("Jury");
    sessionUrl = page.url();
    await checkScreen(page, "jury-session-vide");

    // Upcoming sessions list it.
    await page.goto("/jurys");
    await page
      .getByRole("link", { name: new RegExp(ORGANISER) })
      .or(page.getByRole("cell", { name: ORGANISER }))
      .first()
      .waitFor();
    await signOut(page);
  });

  it("the centre manager presents a ready dossier to the session and records its funding", async () => {
    const { page } = b;
    await signIn(page, demo.centreManager);
    await openDossierPage(page, dossiers[0]!.id);
    await stateIs(page, "Prêt pour le jury");
    await expect.poll(() => page.getByTestId("panel-juryPresentations").textContent()).toContain("pas encore été présenté");
    await page.getByTestId("action-SUBMIT_TO_JURY").click();
    const form = page.getByTestId("submit-to-jury-form");
    await form.waitFor();
    // Submitting without a session is refused on the spot.
    await page.getByTestId("submit-to-jury").click();
    expect(await page.getByTestId("stj-jurySessionId-error").textContent()).toContain("Choisissez une session de jury.");
    const option = page.locator("#stj-jurySessionId option", { hasText: ORGANISER });
    await option.waitFor({ state: "attached" });
    await page.locator("#stj-jurySessionId").selectOption((await option.getAttribute("value"))!);
    await checkScreen(page, "dossier-presenter-au-jury");
    await page.getByTestId("submit-to-jury").click();
    await stateIs(page, "Présenté au jury");
    await expect.poll(() => page.getByTestId("jury-presentations").textContent()).toContain("En attente de décision");
    expect(await page.getByTestId("jury-presentations").textContent()).toContain(ORGANISER);

    // Funding: amounts typed the French way, checked before sending, totals exact to the cent.
    await page.getByTestId("funding-add").click();
    const add = page.getByTestId("funding-add-form");
    await add.waitFor();
    await page.locator("#fl-new-funderType").selectOption("OPCO");
    await page.locator("#fl-new-amount").fill("12,345");
    await page.getByTestId("funding-save").click();
    expect(await page.getByTestId("fl-new-amount-error").textContent()).toContain("Montant invalide");
    await checkScreen(page, "dossier-financement-erreur");
    await page.locator("#fl-new-amount").fill("0,10");
    await page.getByTestId("funding-save").click();
    await page.getByTestId("funding-step-PRELIMINARY").waitFor();
    for (const [funder, amount] of [
      ["REGION", "0,20"],
      ["EMPLOYER", "1 250,5"],
    ] as const) {
      await page.getByTestId("funding-add").click();
      await page.locator("#fl-new-funderType").selectOption(funder);
      await page.locator("#fl-new-amount").fill(amount);
      await page.getByTestId("funding-save").click();
      await page.getByTestId("funding-add-form").waitFor({ state: "detached" });
    }
    const total = page.getByTestId("funding-total-PRELIMINARY");
    await expect.poll(async () => (await total.textContent())!.replace(/[\u00a0\u202f]/g, " ").trim()).toBe("1 250,80 €");
    // Cancelling a line takes it out of the total (it stays listed).
    const employerRow = page.locator('[data-testid^="funding-line-"]', { hasText: "Employeur" });
    await employerRow.getByTestId("funding-cancel").click();
    await page.getByRole("dialog").getByRole("button", { name: "Oui, annuler le financement" }).click();
    await expect.poll(async () => (await total.textContent())!.replace(/[\u00a0\u202f]/g, " ").trim()).toBe("0,30 €");
    expect(await employerRow.textContent()).toContain("Annulé");
    await checkScreen(page, "dossier-presente-financements", { fullPage: true });

    // The second dossier is presented through the API (same session).
    const centre = await apiSignIn(demo.centreManager);
    const { dossier } = await gql<{ dossier: { version: number } }>(
      centre.accessToken,
      `query D($id: ID!) { dossier(id: $id) { version } }`,
      { id: dossiers[1]!.id },
    );
    const sessionId = sessionUrl.split("/").pop()!;
    await gql(centre.accessToken, `mutation S($input: SubmitToJuryInput!) { submitToJury(input: $input) { id } }`, {
      input: { dossierId: dossiers[1]!.id, version: dossier.version, jurySessionId: sessionId },
    });
    await signOut(page);
  });

  it("the jury certifies the first dossier and adjourns the second (a reason is required)", async () => {
    const { page } = b;
    await signIn(page, JURY_EMAIL);
    await page.goto(sessionUrl);
    await page.getByRole("heading", { level: 1, name: /^Jury du/ }).waitFor();
    const first = page.getByTestId(`submission-${dossiers[0]!.id}`);
    const second = page.getByTestId(`submission-${dossiers[1]!.id}`);
    await first.getByTestId("jury-decision-form").waitFor();
    // Each presented dossier shows its domains, all acquired with their validity end.
    expect(await first.locator("table").textContent()).toContain("valable jusqu'au");
    expect(await first.locator("table").textContent()).not.toContain("Non acquis");
    await checkScreen(page, "jury-session-a-decider", { fullPage: true });

    await first.getByTestId("decision-CERTIFIED").check();
    await first.getByTestId("decision-submit").click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("sera certifié");
    await checkScreen(page, "jury-confirmer-certification");
    await dialog.getByRole("button", { name: "Certifier" }).click();
    await first.getByTestId("decision").waitFor();
    expect(await first.getByTestId("decision").textContent()).toContain("Décision : Certifié");
    const certificateLink = first.getByRole("link", { name: /^Certificat n° / });
    certificateNumber = (await certificateLink.textContent())!.replace("Certificat n° ", "").trim();
    expect(certificateNumber).toMatch(/^CLEA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // Ajourner without a reason is refused on the spot, then with one.
    await second.getByTestId("decision-ADJOURNED").check();
    await second.getByTestId("decision-submit").click();
    await second.getByTestId("error-summary").waitFor();
    expect(await second.textContent()).toContain("Indiquez le motif de l'ajournement.");
    await second.getByTestId("decision-reason").fill("Pièces du dossier incomplètes : attestation employeur manquante.");
    await second.getByTestId("decision-submit").click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ajourner" }).click();
    await second.getByTestId("decision").waitFor();
    expect(await second.getByTestId("decision-reason-shown").textContent()).toContain("attestation employeur manquante");
    expect(await page.getByTestId("pending-count").textContent()).toContain("Chaque dossier présenté a sa décision.");
    await checkScreen(page, "jury-session-decidee", { fullPage: true });

    // Every dossier decided: the session can be closed.
    await page.getByTestId("close-session").click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Clore la session" }).click();
    await expect.poll(() => page.getByTestId("session-status").textContent()).toContain("Close le");
    expect(await page.getByTestId("close-session").count()).toBe(0);

    // The jury reads the certificate, but its PDF (which names the holder) is for the centre and ADMIN.
    await certificateLink.click();
    await page.getByRole("heading", { level: 1, name: `Certificat CléA n° ${certificateNumber}` }).waitFor();
    await page.getByTestId("download-reserved").waitFor();
    expect(await page.getByTestId("download-attestation").count()).toBe(0);
    await checkScreen(page, "certificat-jury");
    await signOut(page);
  });

  it("the centre manager sees the adjournment's reason, presents the dossier again, and downloads the certificate", async () => {
    const { page } = b;
    await signIn(page, demo.centreManager);
    await openDossierPage(page, dossiers[1]!.id);
    await stateIs(page, "Ajourné");
    expect(await page.getByTestId("jury-adjourned").textContent()).toContain("attestation employeur manquante");
    await page.getByTestId("action-RESUME_TRAINING").waitFor();
    await checkScreen(page, "dossier-ajourne");
    await page.getByTestId("action-RETURN_TO_JURY").click();
    await page.getByTestId("return-to-jury").click();
    await stateIs(page, "Prêt pour le jury");

    await openDossierPage(page, dossiers[0]!.id);
    await stateIs(page, "Certifié");
    const panel = page.getByTestId("panel-certificate");
    expect(await panel.getByTestId("certificate-number").textContent()).toBe(certificateNumber);
    await panel.getByTestId("certificate-page-link").click();
    await page.getByRole("heading", { level: 1, name: `Certificat CléA n° ${certificateNumber}` }).waitFor();
    await checkScreen(page, "certificat");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-attestation").click()]);
    expect(download.suggestedFilename()).toBe(`attestation-${certificateNumber}.pdf`);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("Attestation téléchargée.");

    // The certificates list has it.
    await page.getByTestId("main-nav").getByRole("link", { name: "Certificats" }).click();
    await page.getByRole("heading", { level: 1, name: "Certificats délivrés" }).waitFor();
    await page.getByRole("link", { name: certificateNumber }).waitFor();
    await checkScreen(page, "certificats");
    await signOut(page);
  });

  it("signed out, the public page verifies the number and shows only the certification, date and initials", async () => {
    const { page } = b;
    await page.goto("/verification");
    await page.getByRole("heading", { level: 1, name: "Vérifier un certificat CléA" }).waitFor();
    expect(await page.getByTestId("main-nav").count()).toBe(0);
    // Typed loosely (lower case, no dashes): read as the canonical number.
    await page.getByLabel(/^Numéro du certificat/).fill(certificateNumber.toLowerCase().replace(/-/g, " "));
    await page.getByTestId("verify-submit").click();
    await page.getByRole("heading", { level: 2, name: "Certificat authentique" }).waitFor();
    expect(page.url()).toContain(`/verification/${certificateNumber}`);
    expect(await page.getByTestId("verif-certification").textContent()).toBe("CléA");
    expect(await page.getByTestId("verif-initials").textContent()).toBe("D. C.");
    const result = (await page.getByTestId("verification-result").textContent())!;
    expect(result).not.toContain(dossiers[0]!.lastName.toUpperCase());
    expect(result).not.toContain("Dominique");
    await checkScreen(page, "verification-authentique");

    await page.goto("/verification/CLEA-0000-0000-0000-0000");
    await page.getByRole("heading", { level: 2, name: "Aucun certificat ne porte ce numéro" }).waitFor();
    await checkScreen(page, "verification-inconnu");

    await page.getByLabel(/^Numéro du certificat/).fill("pas un numéro");
    await page.getByTestId("verify-submit").click();
    expect(await page.getByTestId("verif-number-error").textContent()).toContain("Ce n'est pas un numéro de certificat");
  });

  it("the admin may open the session too (read)", async () => {
    const { page } = b;
    await signIn(page, ADMIN_EMAIL);
    await page.goto(sessionUrl);
    await page.getByRole("heading", { level: 1, name: /^Jury du/ }).waitFor();
    expect(await page.getByTestId("session-status").textContent()).toContain("Close le");
    // An ADMIN picks the members among every JURY account (not themself: they hold no JURY role).
    await page.goto("/jurys/nouveau");
    await page.getByRole("heading", { level: 1, name: "Nouvelle session de jury" }).waitFor();
    const jury = page.getByTestId(`js-member-${JURY_NAME}`);
    await jury.waitFor();
    expect(await jury.isChecked()).toBe(false);
    await checkScreen(page, "jury-nouvelle-session-admin");
    await signOut(page);
  });
});
