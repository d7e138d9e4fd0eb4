/**
 * Benchmark of the analysts' side (issue #6), figures printed, not a timed test:
 *   pnpm bench:reporting [--dossiers 500000] [--clients 32] [--requests 20] [--workers 1,2] [--think 0,1000] [--reuse <dir>] [--generate-only] [--skip <parts>]
 * On a fresh PostgreSQL of its own (embedded, temporary folder) or DATABASE_URL's (which it fills:
 * use a throw-away database), it generates N dossiers over ten years (bulk mode: no per-row
 * foreign-key checks), refreshes the report rollups, then over real HTTP as an ADMIN (query-cost
 * budgets off, as a load test would be refused by them):
 *  - pages of 50 dossiers with candidate, establishment, network and evaluations, with `--clients`
 *    concurrent clients: p50 / p95; the concurrent clients ask the product as `pnpm start` runs it
 *    (dist/main.js) with each number of API processes of `--workers`, asking without pause and with
 *    each `--think` time (ms, on average) between a client's pages;
 *  - the certification rate by region and month over every dossier;
 *  - the criterion difficulty map (NOT_ACQUIRED rate per criterion and network, and national);
 *  - a CSV export of every dossier as a background job: time and the growth of the process's memory.
 * `--reuse <dir>` keeps the embedded cluster in <dir> (created on the first run, generated once,
 * reused as it is by the next runs: 500,000 dossiers take a while); `--generate-only` stops after
 * generating (and filling the rollups); `--refresh` refreshes the rollups of a reused database;
 * `--skip page,aggregates,live,export` leaves parts out.
 */
import "reflect-metadata";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { passwordHasher } from "../core/auth/password-hasher.js";
import { RequestContext } from "../core/context.js";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../core/db/embedded-postgres.js";
import { createApp, createDataSource, startJobs } from "../app/index.js";
import { generateDossierData } from "../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../seed/generator/organisation-data.js";
import { PostgresQueryRunner } from "typeorm/driver/postgres/PostgresQueryRunner.js";
import { refreshRollups } from "../modules/report/report.rollup.js";
import { ensureReferentials } from "../seed/referentials.js";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    dossiers: { type: "string", default: "500000" },
    clients: { type: "string", default: "32" },
    workers: { type: "string", default: "1,2" },
    think: { type: "string", default: "0,1000" },
    requests: { type: "string", default: "20" },
    reuse: { type: "string" },
    "generate-only": { type: "boolean", default: false },
    skip: { type: "string", default: "" },
    refresh: { type: "boolean", default: false },
  },
});
process.env.GRAPHQL_BUDGETS = "off";
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;

const skip = new Set(values.skip.split(",").filter(Boolean));
let embedded: EmbeddedPostgres | undefined;
let dataDir: string | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  if (values.reuse) mkdirSync(values.reuse, { recursive: true });
  dataDir = values.reuse ?? mkdtempSync(join(tmpdir(), "clea-bench-"));
  embedded = await startEmbeddedPostgres({ dataDir });
  url = embedded.url;
}
process.env.CLEA_DATA_DIR ??= dataDir ?? mkdtempSync(join(tmpdir(), "clea-bench-files-"));
const ds = createDataSource(url);
try {
  await ds.initialize();
  if (embedded) {
    // A bulk load writes gigabytes of WAL: fewer checkpoints (settings of the bench's own server only).
    await ds.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await ds.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
    await ds.query(`SELECT pg_reload_conf()`);
  }
  let t = Date.now();
  await ds.runMigrations();
  console.log(`migrations applied in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const ctx = new RequestContext(ds);
  const [{ existing }] = await ds.query(`SELECT count(*)::int AS existing FROM dossier`);
  if (existing > 0) {
    const [{ results }] = await ds.query(`SELECT reltuples::bigint AS results FROM pg_class WHERE relname = 'criterion_result'`);
    console.log(`reusing the database in ${dataDir ?? "DATABASE_URL"}: ${existing} dossiers, about ${results} criterion results`);
  } else {
    await ensureReferentials(ctx);
    t = Date.now();
    await generateOrganisationData(ctx, { scale: 10, seed: 1 });
    const generated = await generateDossierData(ctx, {
      seed: 1,
      dossiers: Number(values.dossiers),
      years: 10,
      bulk: true,
      progress: (done, total) =>
        process.stdout.write(`\rgenerating dossiers: ${done} / ${total} (${Math.round(done / ((Date.now() - t) / 1000))} per second)`),
    });
    console.log(
      `\ngenerated ${generated.dossiers} dossiers, ${generated.criterionResults} criterion results in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    t = Date.now();
    await ds.query("VACUUM ANALYZE");
    console.log(`VACUUM ANALYZE in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const [{ at }] = await ds.query(`SELECT min("refreshedAt") AS at FROM report_rollup`);
  if (!at || values.refresh) {
    for (const r of await refreshRollups(ds)) console.log(`rollup ${r.name} refreshed in ${(r.ms / 1000).toFixed(1)} s`);
  }
  if (!values["generate-only"]) await measure(ds);
} finally {
  if (ds.isInitialized) await ds.destroy();
  await embedded?.stop();
  if (dataDir && !values.reuse) rmSync(dataDir, { recursive: true, force: true });
}

/** The measures, over HTTP on an API of this process. */
async function measure(ds: ReturnType<typeof createDataSource>): Promise<void> {
  let t: number;

  const { apollo, listen } = await createApp({ ds });
  const jobs = await startJobs(ds);
  const server = await listen(0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const password = "Banc-d-essai-CleA-2026!";
  const [admin] = await ds.query(
    `INSERT INTO app_user (email, "displayName", "passwordHash") VALUES ('bench-reports@clea.test', 'Banc d''essai', $1)
     ON CONFLICT (email) DO UPDATE SET "passwordHash" = excluded."passwordHash" RETURNING id, (xmax = 0) AS created`,
    [await passwordHasher.hash(password)],
  );
  if (admin.created) await ds.query(`INSERT INTO role_assignment ("userId", role) VALUES ($1, 'ADMIN')`, [admin.id]);
  const headers = {
    "content-type": "application/json",
    authorization: `Bearer ${await signIn(baseUrl, "bench-reports@clea.test", password)}`,
  };
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${baseUrl}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const timed = async (label: string, query: string, variables: Record<string, unknown> = {}, runs = 3) => {
    const times: number[] = [];
    let result: { rows?: unknown[]; source?: string; freshAt?: string } = {};
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      const data = await gql(query, variables);
      times.push(performance.now() - s);
      result = Object.values(data)[0] as typeof result;
    }
    const from = result.source === "ROLLUP" ? `from the rollup as of ${result.freshAt}` : "live";
    console.log(`${label}: ${result.rows?.length ?? 0} groups, ${from}, best ${ms(Math.min(...times))}, last ${ms(times.at(-1)!)}`);
  };

  // 1. Pages of 50 dossiers, concurrent clients
  if (!skip.has("page")) {
    const PAGE = `query($after: String) { dossiers(first: 50, after: $after) { pageInfo { endCursor }
      edges { node { id state openedOn candidate { pseudonym } establishment { name } network { name } lastEvaluation { kind status heldOn } } } } }`;
    const cursors: (string | null)[] = [null];
    const alone: number[] = [];
    // Where a request's time goes: statements (time from sending each to its rows) versus the rest (Node).
    const sql = { ms: 0, statements: 0 };
    const runner = PostgresQueryRunner.prototype as unknown as { query: (...a: unknown[]) => Promise<unknown> };
    const query = runner.query;
    runner.query = async function (this: unknown, ...a: unknown[]) {
      const s = performance.now();
      try {
        return await query.apply(this, a);
      } finally {
        sql.ms += performance.now() - s;
        sql.statements++;
      }
    };
    const cpu = process.cpuUsage();
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      cursors.push((await gql(PAGE, { after: cursors.at(-1) })).dossiers.pageInfo.endCursor);
      alone.push(performance.now() - s);
    }
    const used = process.cpuUsage(cpu);
    runner.query = query;
    console.log(
      `page of 50 dossiers, one client (pages 1 to 20 in turn): p50 ${ms(pct(alone, 50))}   max ${ms(Math.max(...alone))}; per request ` +
        `${(sql.statements / 20).toFixed(1)} statements (summed time until their rows: ${ms(sql.ms / 20)}; they overlap and include waits for the event loop), Node CPU ${ms((used.user + used.system) / 1000 / 20)} (client and server share this process)`,
    );
    const clients = Number(values.clients);
    const perClient = Number(values.requests);
    // The concurrent clients ask the product itself (`node dist/main.js`, the process `pnpm start`
    // runs) with 1, 2… API processes.
    for (const workers of values.workers.split(",").map(Number)) {
      const product = await startProduct(url!, workers);
      try {
        const productHeaders = {
          ...headers,
          authorization: `Bearer ${await signIn(product.baseUrl, "bench-reports@clea.test", password)}`,
        };
        // think 0: each client asks again as soon as it has its answer (the machine saturated);
        // think > 0: each client waits about `think` ms between pages, as a person reading one.
        const ask = (clientCount: number, requests: number, think: number) =>
          concurrentClients({
            url: `${product.baseUrl}/graphql`,
            headers: productHeaders,
            query: PAGE,
            cursors,
            clients: clientCount,
            perClient: requests,
            think,
          });
        // Each process compiles its hot paths during its first requests: not part of the figures.
        await ask(8, 10 * workers, 0);
        for (const think of values.think.split(",").map(Number)) {
          t = Date.now();
          const latencies = await ask(clients, perClient, think);
          const seconds = (Date.now() - t) / 1000;
          console.log(
            `page of 50 dossiers (candidate, establishment, network, last evaluation), ${clients} concurrent clients ${think ? `reading each page ${think} ms on average` : "asking without pause"}, ${workers} API process(es), ${latencies.length} requests in ${seconds.toFixed(1)} s (${Math.round(latencies.length / seconds)} pages/s):\n  p50 ${ms(pct(latencies, 50))}   p95 ${ms(pct(latencies, 95))}   max ${ms(Math.max(...latencies))}`,
          );
        }
      } finally {
        await product.stop();
      }
    }
  }

  // 2. and 3. Aggregates
  if (!skip.has("aggregates")) {
    const AGG = `query($s: ReportSubject!, $g: [ReportDimension!]!, $m: [ReportMeasure!]!, $t: ReportDateTruncation, $live: Boolean) {
      aggregate(subject: $s, groupBy: $g, measures: $m, dateTruncation: $t, live: $live) { source freshAt rows { suppressed } } }`;
    const questions: [string, Record<string, unknown>][] = [
      [
        "certification rate by region and month (all dossiers)",
        { s: "DOSSIERS", g: ["REGION", "OPENED_ON"], m: ["CERTIFICATION_RATE_5Y", "COUNT"], t: "MONTH" },
      ],
      ["criterion difficulty per network", { s: "CRITERION_RESULTS", g: ["CRITERION", "NETWORK"], m: ["NOT_ACQUIRED_RATE"] }],
      ["criterion difficulty, national", { s: "CRITERION_RESULTS", g: ["CRITERION"], m: ["NOT_ACQUIRED_RATE"] }],
    ];
    for (const [label, variables] of questions) await timed(label, AGG, variables);
    // The same, computed from the tables (one run each: at 500,000 dossiers they take long).
    if (!skip.has("live"))
      for (const [label, variables] of questions) await timed(`${label} [live: true]`, AGG, { ...variables, live: true }, 1);
  }

  // 4. CSV export of every dossier as a job
  if (!skip.has("export")) {
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed + before.external;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
    }, 50);
    t = Date.now();
    const job = (await gql(`mutation($i: StartExportInput!) { startExport(input: $i) { id } }`, { i: { list: "DOSSIERS", format: "CSV" } }))
      .startExport;
    let firstRows: number | null = null;
    for (;;) {
      const j = (await gql(`query($id: ID!) { exportJob(id: $id) { status processed total } }`, { id: job.id })).exportJob;
      if (firstRows === null && j.processed > 0) firstRows = Date.now() - t;
      if (["SUCCEEDED", "FAILED", "CANCELLED"].includes(j.status)) {
        clearInterval(sampler);
        console.log(
          `CSV export of ${j.processed} dossiers as a job: ${j.status} in ${((Date.now() - t) / 1000).toFixed(1)} s (first rows written within ${firstRows ?? "?"} ms); process memory: rss before ${mb(before.rss)}, peak ${mb(peakRss)} (growth ${mb(peakRss - before.rss)})`,
        );
        global.gc?.();
        const after = process.memoryUsage();
        console.log(
          `  JavaScript heap (used + external): before ${mb(before.heapUsed + before.external)}, peak ${mb(peakHeap)} (growth ${mb(peakHeap - before.heapUsed - before.external)}), after a full GC ${mb(after.heapUsed + after.external)}`,
        );
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  await jobs.stop();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await apollo.stop();
}

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`,
      variables: { e: email, p: password },
    }),
  });
  return ((await res.json()) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;
}

/** The product as `pnpm start` runs it (dist/main.js) on this database, with `workers` API processes. */
async function startProduct(databaseUrl: string, workers: number): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [fileURLToPath(new URL("../main.js", import.meta.url))], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SEED_DEMO: "false",
      CLEA_API_WORKERS: String(workers),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Ready once every worker listens: the primary says so.
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      output += d;
      if (output.includes("Plateforme CléA prête")) resolve();
    });
    void exited.then(() => reject(new Error(`the product did not start (exit code ${child.exitCode})`)));
  });
  return {
    baseUrl,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

interface ClientsRun {
  url: string;
  headers: Record<string, string>;
  query: string;
  cursors: (string | null)[];
  clients: number;
  perClient: number;
  /** Mean pause between a client's pages (ms; 0: none): each starts within it, then waits 0.5 to 1.5 × it. */
  think: number;
}

/**
 * Latencies of `clients` clients each asking `perClient` pages (a page after each cursor in turn),
 * in a thread of their own so that their HTTP and JSON work does not wait on an API's event loop.
 */
function concurrentClients(run: ClientsRun): Promise<number[]> {
  return new Promise<number[]>((resolve, reject) => {
    const clientsThread = new Worker(
      `const { parentPort, workerData: w } = require("node:worker_threads");
       (async () => {
         const latencies = [];
         await Promise.all(Array.from({ length: w.clients }, async (_, c) => {
           for (let i = 0; i < w.perClient; i++) {
             if (w.think) await new Promise((r) => setTimeout(r, w.think * (i ? 0.5 + Math.random() : Math.random())));
             const s = performance.now();
             const res = await fetch(w.url, { method: "POST", headers: w.headers, body: JSON.stringify({ query: w.query, variables: { after: w.cursors[(c + i) % w.cursors.length] } }) });
             const body = await res.json();
             if (body.errors) throw new Error(JSON.stringify(body.errors));
             latencies.push(performance.now() - s);
           }
         }));
         parentPort.postMessage(latencies);
       })().catch((e) => { throw e; });`,
      { eval: true, workerData: run },
    );
    clientsThread.once("message", resolve);
    clientsThread.once("error", reject);
  });
}
