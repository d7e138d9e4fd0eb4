import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    demoPassword: string;
  }
}

/**
 * The demo users' password for this run, given to the API explicitly (DEMO_PASSWORD) so that the
 * tests know it whatever the default documented in the README. It meets the password policy.
 */
export const E2E_DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "Recette e2e CléA : phrase de passe 2026";

const here = dirname(fileURLToPath(import.meta.url));
const adminDir = resolve(here, "..");
const repoRoot = resolve(adminDir, "../..");
const apiMain = join(repoRoot, "apps/api/dist/main.js");
const adminDist = join(adminDir, "dist");

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number, logs: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API stopped (exit ${child.exitCode}) before being ready:\n${logs()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The API was not ready after ${timeoutMs / 1000} s (${url}):\n${logs()}`);
}

/** Starts `node apps/api/dist/main.js` (built API + built SPA), waits for /readyz, stops it with SIGTERM. */
export default async function setup(project: TestProject) {
  if (!existsSync(apiMain)) throw new Error(`Built API not found at ${apiMain}: run \`pnpm build\` first.`);
  if (!existsSync(join(adminDist, "index.html")))
    throw new Error(`Built SPA not found in ${adminDist}: run \`pnpm --filter @clea/admin build\` first.`);
  if (!existsSync("/usr/bin/chromium"))
    throw new Error("Chromium is required for the browser tests: /usr/bin/chromium is missing (apt-get install -y chromium).");

  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "clea-e2e-data-"));
  let output = "";
  const child = spawn(process.execPath, ["--enable-source-maps", apiMain], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      CLEA_DATA_DIR: dataDir,
      ADMIN_DIST: adminDist,
      DATABASE_URL: "",
      DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitReady(`${baseUrl}/readyz`, child, 180_000, () => output);
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
  project.provide("baseUrl", baseUrl);
  project.provide("demoPassword", E2E_DEMO_PASSWORD);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
