import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
export const screenshotDir = join(here, "screenshots");
const CHROMIUM = "/usr/bin/chromium";

export interface Browser {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Console errors and failed requests seen by the page (asserted empty by some tests). */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Chromium, headless, with a fresh profile; fails (never skips) when it is missing. */
export async function openBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is required: ${CHROMIUM} is missing (apt-get install -y chromium).`);
  const baseUrl = inject("baseUrl");
  const profile = mkdtempSync(join(tmpdir(), "clea-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    locale: "fr-FR",
    acceptDownloads: true,
    baseURL: baseUrl,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  return {
    context,
    page,
    baseUrl,
    consoleErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core with the WCAG 2.1 A/AA rules on the current screen; fails on any serious or critical
 * violation, printing each one with its elements. Also saves a screenshot named after the screen.
 */
export async function checkScreen(page: Page, screen: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  // Let transitions end (a closing dialog fading out would be measured at half opacity).
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const res = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return res.violations;
  })) as AxeViolation[];
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of violations)
    console.log(
      `[axe] ${screen}: ${v.impact} ${v.id} — ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`)
          .join("\n"),
    );
  if (!violations.length) console.log(`[axe] ${screen}: no violation`);
  await shot(page, screen, options.fullPage);
  expect(
    blocking.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `axe on ${screen}`,
  ).toEqual([]);
}

/** The visible part (what a person sees first) and, on request, the whole page (slow on the big tree). */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  if (fullPage) await page.screenshot({ path: join(screenshotDir, `${name}-full.png`), fullPage: true });
}

/** The demo accounts the browser tests sign in with (apps/api/src/seed/demo-users.ts). */
export const ADMIN_EMAIL = "admin@demo.clea.fr";
export const ANALYST_EMAIL = "analyst@demo.clea.fr";
/** The two demo networks and some of their staff (apps/api/src/seed/demo-users.ts). */
export const DEMO_NETWORKS: { name: string; networkManager: string; centreManager: string; evaluator: string }[] = [
  {
    name: "Réseau APP Demo",
    networkManager: "manager.app@demo.clea.fr",
    centreManager: "centre.app@demo.clea.fr",
    evaluator: "evaluator.app@demo.clea.fr",
  },
  {
    name: "GRETA Demo",
    networkManager: "manager.greta@demo.clea.fr",
    centreManager: "centre.greta@demo.clea.fr",
    evaluator: "evaluator.greta@demo.clea.fr",
  },
];

/** The demo users' password of this run (set by global-setup.ts as the API's DEMO_PASSWORD). */
export function demoPassword(): string {
  return inject("demoPassword");
}

/**
 * Signs in through the sign-in page (as ADMIN unless told otherwise) and waits for the main
 * navigation; `path` is the page asked for first (the guard brings the user back to it).
 */
export async function signIn(page: Page, email = ADMIN_EMAIL, options: { password?: string; path?: string } = {}): Promise<void> {
  await page.goto(options.path ?? "/connexion");
  await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(options.password ?? demoPassword());
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByTestId("main-nav").waitFor();
}

/** Signs out through the user menu and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  // The menu is a disclosure: open it only if it is not open already (a click would close it).
  const button = page.getByTestId("user-menu-button");
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await page.locator('[data-testid="user-menu-button"][aria-expanded="true"]').waitFor();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
}

/** The labels of the main navigation, in order. */
export async function navigationLinks(page: Page): Promise<string[]> {
  await page.getByTestId("main-nav").waitFor();
  return (await page.getByTestId("main-nav").getByRole("link").allTextContents()).map((s) => s.trim());
}

/** Luhn key digit that makes `digits + key` valid. */
export function luhnKey(digits: string): string {
  for (let k = 0; k < 10; k++) {
    const s = digits + k;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let d = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return String(k);
  }
  throw new Error("unreachable");
}

/** A valid SIREN unlikely to collide with demo data (8 random digits + key). */
export function randomSiren(): string {
  const body = String(Math.floor(10_000_000 + Math.random() * 89_999_999)).slice(0, 8);
  return body + luhnKey(body);
}
export function siretFor(siren: string, nic = "0001"): string {
  const body = siren + nic;
  return body + luhnKey(body);
}
