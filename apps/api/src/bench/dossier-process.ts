/**
 * Benchmark of the dossier process (issue #5), figures printed, not a timed test:
 *   pnpm bench:dossier [--dossiers 100000] [--samples 200]
 * On a fresh PostgreSQL of its own (embedded, in a temporary folder, fsync on like production) or
 * DATABASE_URL's (which it fills: use a throw-away database), it generates organisations and
 * N dossiers in every state, then over real HTTP as an ADMIN:
 *  - records évaluations préalables (one mutation, ~107 criterion results and derived outcomes in
 *    one transaction) on dossiers planned for one, and prints median / p95 / max;
 *  - loads dossier pages (candidate, history, evaluations with every result, training, funding)
 *    and prints their latency.
 */
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { RequestContext } from "../core/context.js";
import { todayInFrance } from "../core/dates.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../core/db/embedded-postgres.js";
import { createApp, createDataSource } from "../app/index.js";
import { generateDossierData } from "../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../seed/generator/organisation-data.js";
import { ensureReferentials } from "../seed/referentials.js";
import { passwordHasher } from "../core/auth/password-hasher.js";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { dossiers: { type: "string", default: "100000" }, samples: { type: "string", default: "200" } },
});
const dossierCount = Number(values.dossiers);
const samples = Number(values.samples);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

let embedded: EmbeddedPostgres | undefined;
let dataDir: string | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  dataDir = mkdtempSync(join(tmpdir(), "clea-bench-"));
  embedded = await startEmbeddedPostgres({ dataDir });
  url = embedded.url;
}
const ds = createDataSource(url);
try {
  await ds.initialize();
  await ds.runMigrations();
  const ctx = new RequestContext(ds);
  await ensureReferentials(ctx);
  let t = Date.now();
  await generateOrganisationData(ctx, { scale: 3, seed: 1 });
  const generated = await generateDossierData(ctx, {
    seed: 1,
    dossiers: dossierCount,
    years: 3,
    progress: (done, total) => process.stdout.write(`\rgenerating dossiers: ${done} / ${total}`),
  });
  console.log(
    `\ngenerated ${generated.dossiers} dossiers, ${generated.criterionResults} criterion results in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  await ds.query("ANALYZE");

  const { apollo, listen } = await createApp({ ds });
  const server = await listen(0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const password = "Banc-d-essai-CleA-2026!";
  const [admin] = await ds.query(
    `INSERT INTO app_user (email, "displayName", "passwordHash") VALUES ('bench@clea.test', 'Banc d''essai', $1) RETURNING id`,
    [await passwordHasher.hash(password)],
  );
  await ds.query(`INSERT INTO role_assignment ("userId", role) VALUES ($1, 'ADMIN')`, [admin.id]);
  const signedIn = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`,
      variables: { e: "bench@clea.test", p: password },
    }),
  });
  const headers = { authorization: `Bearer ${((await signedIn.json()) as any).data.signIn.accessToken}` };
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  // Évaluations préalables on dossiers planned for one (made by the generator; more if needed).
  const criteria: { code: string }[] = await ds.query(
    `SELECT c.code FROM criterion c JOIN referential r ON r.id = c."referentialId" JOIN certification ce ON ce.id = r."certificationId"
      WHERE ce.code = 'CLEA' AND r.status = 'PUBLISHED' ORDER BY c.code`,
  );
  const planned: { id: string; version: number }[] = await ds.query(
    `SELECT id, version FROM dossier WHERE state = 'PRELIMINARY_PLANNED' ORDER BY id LIMIT $1`,
    [samples],
  );
  const today = todayInFrance();
  const record = `mutation($input: RecordEvaluationInput!) { recordPreliminaryEvaluation(input: $input) { id state version } }`;
  const times: number[] = [];
  for (const [i, d] of planned.entries()) {
    const results = criteria.map((c, k) => ({ criterionCode: c.code, result: (k + i) % 9 === 0 ? "NOT_ACQUIRED" : "ACQUIRED" }));
    t = performance.now();
    await gql(record, {
      input: { dossierId: d.id, version: d.version, heldOn: today, durationMinutes: 360, context: "Banc d'essai", results },
    });
    times.push(performance.now() - t);
  }
  console.log(
    `\nrecordPreliminaryEvaluation (${criteria.length} results, derived outcomes, one transaction) over HTTP, ${times.length} dossiers, ${generated.dossiers} in the database:\n` +
      `  median ${ms(pct(times, 50))}   p95 ${ms(pct(times, 95))}   max ${ms(Math.max(...times))}`,
  );

  // Dossier pages
  const page = `query($id: ID!) { dossier(id: $id) { id state version openedOn windowEndsOn
    candidate { id pseudonym } certification { code } establishment { name } network { name }
    history { action fromState toState at note }
    domainStatuses { acquired acquiredOn validUntil domain { code title } }
    evaluations { kind status plannedOn heldOn durationMinutes
      criterionResults { result criterion { code } } domainResults { acquired domain { code } } }
    trainingPaths { trainingOrganisation startsOn endsOn status domains { plannedHours actualHours domain { code } } }
    fundingLines { step funderType amount status } } }`;
  const certified: { id: string }[] = await ds.query(`SELECT id FROM dossier WHERE state = 'CERTIFIED' ORDER BY id LIMIT $1`, [samples]);
  const pageTimes: number[] = [];
  for (const d of certified) {
    t = performance.now();
    await gql(page, { id: d.id });
    pageTimes.push(performance.now() - t);
  }
  console.log(
    `dossier page (every evaluation with every criterion result), ${pageTimes.length} certified dossiers:\n  median ${ms(pct(pageTimes, 50))}   p95 ${ms(pct(pageTimes, 95))}   max ${ms(Math.max(...pageTimes))}`,
  );

  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await apollo.stop();
} finally {
  if (ds.isInitialized) await ds.destroy();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
