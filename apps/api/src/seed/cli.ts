/**
 * `pnpm seed --scale N --seed S [--dossiers D]`: adds generated networks, organisations,
 * establishments and habilitations, then candidates and their dossiers (every state of the process,
 * with evaluations, training paths, funding lines, jury decisions and certificates) to the database the platform uses (DATABASE_URL, or the embedded PostgreSQL
 * in the persistent data folder), after the migrations and the référentiels.
 * Deterministic: the same seed gives the same data on an empty database.
 */
import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../core/config.js";
import { RequestContext } from "../core/context.js";
import { createDataSource } from "../app/index.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../core/db/embedded-postgres.js";
import { generateDossierData } from "./generator/dossier-data.js";
import { generateOrganisationData } from "./generator/organisation-data.js";
import { ensureReferentials } from "./referentials.js";

const usage = `Usage: pnpm seed [--scale N] [--seed S] [--dossiers D] [--years Y]
  --scale N     1 ≈ 4 networks, 15 organisations, 50 establishments, 1,000 dossiers; N multiplies (default 1)
  --seed S      integer; the same seed gives the same data (default 1)
  --dossiers D  number of dossiers (one candidate each) instead of 1,000 × N; 0 for none
  --years Y     dossiers opened over the last Y years (default 6)`;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    dossiers: { type: "string" },
    years: { type: "string", default: "6" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const scale = Number(values.scale);
const seed = Number(values.seed);
const dossiers = values.dossiers === undefined ? Math.round(1000 * scale) : Number(values.dossiers);
const years = Number(values.years);
if (!(scale > 0) || !Number.isInteger(seed) || !Number.isInteger(dossiers) || dossiers < 0 || !(years > 0)) {
  console.error(`Invalid arguments: --scale must be a positive number and --seed an integer.\n${usage}`);
  process.exit(2);
}

/**
 * When `pnpm start` is running on the embedded server, its postmaster still holds the data
 * folder: seed through it rather than start a second server (which would stop the first as stale).
 */
function runningEmbeddedUrl(dataDir: string): string | undefined {
  const pidFile = join(dataDir, "pg", "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return undefined;
  }
  return port ? `postgres://postgres@127.0.0.1:${port.trim()}/clea` : undefined;
}

const config = loadConfig();
let embedded: EmbeddedPostgres | undefined;
let url = config.databaseUrl ?? runningEmbeddedUrl(config.dataDir);
if (!url) {
  embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log: (m) => console.log(m) });
  url = embedded.url;
}
const ds = createDataSource(url);
let exitCode = 0;
try {
  await ds.initialize();
  const applied = await ds.runMigrations();
  if (applied.length) console.log(`applied ${applied.length} migration(s)`);
  const ctx = new RequestContext(ds);
  await ensureReferentials(ctx);
  const started = Date.now();
  const counts = await generateOrganisationData(ctx, { scale, seed });
  console.log(`Seed ${seed}, scale ${scale}: added in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.table({
    networks: counts.networks,
    organisations: counts.organisations,
    establishments: counts.establishments,
    habilitations: counts.habilitations,
  });
  console.table(counts.habilitationsByStatus);
  if (dossiers > 0) {
    const start = Date.now();
    const generated = await generateDossierData(ctx, {
      seed,
      dossiers,
      years,
      progress: (done, total) => process.stdout.write(`\rdossiers: ${done.toLocaleString("fr-FR")} / ${total.toLocaleString("fr-FR")}`),
    });
    const seconds = (Date.now() - start) / 1000;
    console.log(`\nDossiers added in ${seconds.toFixed(1)} s (${Math.round(generated.dossiers / seconds)} per second)`);
    const { byState, directToJuryRate, ...rows } = generated;
    console.table(rows);
    console.table(byState);
    console.log(`direct-to-jury rate at the préalable: ${(directToJuryRate * 100).toFixed(1)} %`);
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  if (ds.isInitialized) await ds.destroy();
  await embedded?.stop();
}
process.exit(exitCode);
