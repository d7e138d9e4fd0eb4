/**
 * Benchmark of the analysts' side (issue #6), figures printed, not a timed test:
 *   pnpm bench:reporting [--dossiers 500000] [--clients 32] [--requests 20]
 * On a fresh PostgreSQL of its own (embedded, temporary folder, fsync on) or DATABASE_URL's (which it
 * fills: use a throw-away database), it generates N dossiers over ten years, then over real HTTP as
 * an ADMIN (query-cost budgets off, as a load test would be refused by them):
 *  - pages of 50 dossiers with candidate, establishment, network and evaluations, with `--clients`
 *    concurrent clients: p50 / p95;
 *  - the certification rate by region and month over every dossier;
 *  - the criterion difficulty map (NOT_ACQUIRED rate per criterion and network, and national);
 *  - a CSV export of every dossier as a background job: time and the growth of the process's memory.
 */
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { passwordHasher } from "../core/auth/password-hasher.js";
import { RequestContext } from "../core/context.js";
import { createDataSource } from "../core/db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../core/db/embedded-postgres.js";
import { startJobs } from "../core/jobs.js";
import { createApp } from "../core/server.js";
import { generateDossierData } from "../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../seed/generator/organisation-data.js";
import { ensureReferentials } from "../seed/referentials.js";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    dossiers: { type: "string", default: "500000" },
    clients: { type: "string", default: "32" },
    requests: { type: "string", default: "20" },
  },
});
process.env.GRAPHQL_BUDGETS = "off";
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;

let embedded: EmbeddedPostgres | undefined;
let dataDir: string | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  dataDir = mkdtempSync(join(tmpdir(), "clea-bench-"));
  embedded = await startEmbeddedPostgres({ dataDir });
  url = embedded.url;
}
process.env.CLEA_DATA_DIR ??= dataDir ?? mkdtempSync(join(tmpdir(), "clea-bench-files-"));
const ds = createDataSource(url);
try {
  await ds.initialize();
  await ds.runMigrations();
  const ctx = new RequestContext(ds);
  await ensureReferentials(ctx);
  let t = Date.now();
  await generateOrganisationData(ctx, { scale: 10, seed: 1 });
  const generated = await generateDossierData(ctx, {
    seed: 1,
    dossiers: Number(values.dossiers),
    years: 10,
    progress: (done, total) => process.stdout.write(`\rgenerating dossiers: ${done} / ${total}`),
  });
  console.log(`\ngenerated ${generated.dossiers} dossiers, ${generated.criterionResults} criterion results in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await ds.query("ANALYZE");

  const { apollo, listen } = await createApp({ ds });
  const jobs = await startJobs(ds);
  const server = await listen(0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const password = "Banc-d-essai-CleA-2026!";
  const [admin] = await ds.query(`INSERT INTO app_user (email, "displayName", "passwordHash") VALUES ('bench-reports@clea.test', 'Banc d''essai', $1) RETURNING id`, [
    await passwordHasher.hash(password),
  ]);
  await ds.query(`INSERT INTO role_assignment ("userId", role) VALUES ($1, 'ADMIN')`, [admin.id]);
  const signedIn = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`, variables: { e: "bench-reports@clea.test", p: password } }),
  });
  const headers = { "content-type": "application/json", authorization: `Bearer ${((await signedIn.json()) as any).data.signIn.accessToken}` };
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${baseUrl}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const timed = async (label: string, query: string, variables: Record<string, unknown> = {}) => {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      const data = await gql(query, variables);
      times.push(performance.now() - s);
      rows = (Object.values(data)[0] as { rows?: unknown[] })?.rows?.length ?? 0;
    }
    console.log(`${label}: ${rows} groups, best ${ms(Math.min(...times))}, last ${ms(times.at(-1)!)}`);
  };

  // 1. Pages of 50 dossiers, concurrent clients
  const PAGE = `query($after: String) { dossiers(first: 50, after: $after) { pageInfo { endCursor }
    edges { node { id state openedOn candidate { pseudonym } establishment { name } network { name } evaluations { kind status heldOn } } } } }`;
  const cursors: (string | null)[] = [null];
  for (let i = 0; i < 20; i++) cursors.push((await gql(PAGE, { after: cursors.at(-1) })).dossiers.pageInfo.endCursor);
  const clients = Number(values.clients);
  const perClient = Number(values.requests);
  const latencies: number[] = [];
  t = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i++) {
        const s = performance.now();
        await gql(PAGE, { after: cursors[(c + i) % cursors.length] });
        latencies.push(performance.now() - s);
      }
    }),
  );
  console.log(
    `page of 50 dossiers (candidate, establishment, network, evaluations), ${clients} concurrent clients, ${latencies.length} requests in ${((Date.now() - t) / 1000).toFixed(1)} s:\n  p50 ${ms(pct(latencies, 50))}   p95 ${ms(pct(latencies, 95))}   max ${ms(Math.max(...latencies))}`,
  );

  // 2. and 3. Aggregates
  const AGG = `query($s: ReportSubject!, $g: [ReportDimension!]!, $m: [ReportMeasure!]!, $t: ReportDateTruncation) {
    aggregate(subject: $s, groupBy: $g, measures: $m, dateTruncation: $t) { rows { suppressed } } }`;
  await timed("certification rate by region and month (all dossiers)", AGG, { s: "DOSSIERS", g: ["REGION", "OPENED_ON"], m: ["CERTIFICATION_RATE_5Y", "COUNT"], t: "MONTH" });
  await timed("criterion difficulty per network", AGG, { s: "CRITERION_RESULTS", g: ["CRITERION", "NETWORK"], m: ["NOT_ACQUIRED_RATE"] });
  await timed("criterion difficulty, national", AGG, { s: "CRITERION_RESULTS", g: ["CRITERION"], m: ["NOT_ACQUIRED_RATE"] });

  // 4. CSV export of every dossier as a job
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  t = Date.now();
  const job = (await gql(`mutation($i: StartExportInput!) { startExport(input: $i) { id } }`, { i: { list: "DOSSIERS", format: "CSV" } })).startExport;
  for (;;) {
    const j = (await gql(`query($id: ID!) { exportJob(id: $id) { status processed total } }`, { id: job.id })).exportJob;
    if (["SUCCEEDED", "FAILED", "CANCELLED"].includes(j.status)) {
      clearInterval(sampler);
      console.log(
        `CSV export of ${j.processed} dossiers as a job: ${j.status} in ${((Date.now() - t) / 1000).toFixed(1)} s; process memory: rss before ${mb(before.rss)}, peak ${mb(peakRss)} (growth ${mb(peakRss - before.rss)})`,
      );
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  await jobs.stop();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await apollo.stop();
} finally {
  if (ds.isInitialized) await ds.destroy();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
