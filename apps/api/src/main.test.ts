/**
 * The server process as `pnpm start` runs it (here from the sources, as `pnpm dev` does): the
 * primary prepares the database and forks the HTTP workers (docs/adr/0022).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./core/db/embedded-postgres.js";
import { createTestDb, type TestDb } from "./test/helpers.js";

/** The processes the server forked (Linux). */
const workersOf = (child: ChildProcess): number[] =>
  readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, seconds = 90): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const child = spawn(
    process.execPath,
    ["--import", "@swc-node/register/esm-register", fileURLToPath(new URL("./main.ts", import.meta.url))],
    {
      env: { ...process.env, SEED_DEMO: "false", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const ready = (port: number) =>
  fetch(`http://127.0.0.1:${port}/readyz`).then(
    (r) => (r.ok ? true : undefined),
    () => undefined,
  );

describe("the server process", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db.drop();
  });

  it("serves from two HTTP workers, replaces one that dies, and stops on SIGTERM", async () => {
    const port = await freePort();
    const server = startServer({ DATABASE_URL: db.url, PORT: String(port), CLEA_API_WORKERS: "2" });
    try {
      // Ready once every worker listens (the primary says so), not at the first one's answer.
      await until("the server", () => (server.output().includes("Plateforme CléA prête") ? true : undefined));
      expect(await ready(port)).toBe(true);
      const first = workersOf(server.child);
      expect(first).toHaveLength(2);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ apiVersion }" }),
      }).then((r) => r.json() as Promise<{ data?: { apiVersion?: string } }>);
      expect(answer.data?.apiVersion).toBeTruthy();

      process.kill(first[0]!, "SIGKILL");
      const replaced = await until("a new worker", () => {
        const now = workersOf(server.child);
        return now.length === 2 && !now.includes(first[0]!) ? now : undefined;
      });
      expect(replaced).toContain(first[1]);
      await until("the new worker to serve", () => ready(port));
      expect(server.output()).toContain("API worker stopped: starting another");

      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      server.child.kill("SIGKILL");
    }
  }, 180_000);

  it("stops with a message, instead of waiting, when its port is taken", async () => {
    const port = await freePort();
    const taken = createServer().listen(port, "0.0.0.0");
    try {
      const server = startServer({ DATABASE_URL: db.url, PORT: String(port), CLEA_API_WORKERS: "1" });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Le serveur n'a pas pu démarrer (port ${port} déjà pris ?)`);
    } finally {
      taken.close();
    }
  }, 180_000);
});
