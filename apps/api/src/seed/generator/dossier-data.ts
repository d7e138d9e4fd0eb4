/**
 * Candidates and their CléA dossiers in every state, with realistic proportions, for the demo, the
 * tests of analysts' figures and the benchmarks (`pnpm seed --dossiers N`).
 *
 * Each dossier is *simulated* along the process of packages/schema/src/dossier.ts, day by day from
 * its opening to today: évaluation préalable (every criterion scored; outcomes derived with the
 * same `deriveOutcomes` as the API), then the jury directly, or training on the missing domains
 * and an évaluation finale (looping while the 5-year window lasts), the jury, the certificate;
 * some candidates withdraw, some windows end. Where the simulation reaches today, the dossier stays
 * in the state it has. So the proportions come out of the process instead of being typed: about a
 * quarter acquire every domain at the préalable; most others train on one to three domains.
 *
 * Deterministic for a seed and a day (choices, dates, results); database ids are random (évaluation
 * ids time-ordered, so that the ~100 criterion results of each append to their index instead of
 * landing on random pages). Written in batches with `unnest` inserts (a few statements per thousand
 * dossiers), in one transaction; the criterion results of an évaluation travel as one string of
 * scores (one character per criterion of the référentiel), expanded by PostgreSQL. While
 * PostgreSQL writes a batch, the next one is computed (Node and the server work at once).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { base, Faker, fr } from "@faker-js/faker";
import {
  CertificationCode,
  DossierAction,
  DossierState,
  EntryStatus,
  FunderType,
  FundingStatus,
  FundingStep,
  ReferentialStatus,
  deriveOutcomes,
  outcomeRulesOf,
  regions,
  windowEnd,
  type CriterionResultValue,
  type DomainOutcome,
  type OutcomeRules,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { addDays, todayInFrance } from "../../core/dates.js";
import { Candidate } from "../../modules/candidate/candidate.entity.js";
import { readDocument } from "../../modules/referential/referential.document.js";
import { Certification, Referential } from "../../modules/referential/referential.entity.js";
import { buildCandidateRow } from "./candidate-data.js";

export interface DossierDataOptions {
  seed: number;
  /** Number of dossiers (one candidate each). */
  dossiers: number;
  /** Dossiers open over this many years before today (default 6, so some windows end). */
  years?: number;
  today?: string;
  /** Only the establishments of these networks (default: every open establishment habilitated for CléA). */
  networkIds?: string[];
  /** Progress, every batch. */
  progress?: (done: number, total: number) => void;
  /**
   * Bulk load (benchmarks): skip the per-row foreign-key checks (`session_replication_role =
   * replica`, which needs a superuser — silently not applied otherwise). The rows are consistent
   * by construction (the generator's tests check it); this divides the time of tens of millions of
   * criterion results by about three. It also skips any other trigger of the tables written.
   */
  bulk?: boolean;
}

export interface DossierCounts {
  candidates: number;
  dossiers: number;
  evaluations: number;
  criterionResults: number;
  trainingPaths: number;
  fundingLines: number;
  jurySubmissions: number;
  certificates: number;
  byState: Record<string, number>;
  /** Share of done préalables with every domain acquired. */
  directToJuryRate: number;
}

interface Est {
  id: string;
  networkId: string;
  departmentCode: string;
  regionCode: string;
  evaluatorId: string;
  trainerId: string;
}

interface Rules {
  referentialId: string;
  certificationId: string;
  outcome: OutcomeRules;
  domainId: Map<string, string>;
  subDomainId: Map<string, string>;
  criterionId: Map<string, string>;
  /** Criterion codes by domain code. */
  criteriaOf: Map<string, string[]>;
  /** Every criterion id, in a fixed order: the positions of the score strings of a batch. */
  criterionOrder: string[];
  /** Position (0-based) of each criterion code in `criterionOrder`. */
  criterionPosition: Map<string, number>;
}

/** How hard each domain is at the préalable (domain brief §9.3: calculation and digital skills are most often missing). */
const DOMAIN_DIFFICULTY: Record<string, number> = { D1: -0.3, D2: 0.45, D3: 0.6, D4: -0.1, D5: -0.2, D6: 0.1, D7: -0.1 };
const HOURS = [10, 20, 30, 40, 50];
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A certificate number in the format of packages/schema CERTIFICATE_NUMBER. */
function certificateNumber(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let s = "";
  for (let i = 0; i < 16; i++) {
    s = CROCKFORD[Number(bits & 31n)] + s;
    bits >>= 5n;
  }
  return `CLEA-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
}

/**
 * A version-7 UUID (RFC 9562): 48 bits of milliseconds, then random bits. Ids made in a row sort
 * in the order they were made (a monotonic counter stands in for the clock within a run).
 */
let lastMs = 0;
export function timeOrderedUuid(): string {
  lastMs = Math.max(lastMs + 1, Date.now());
  const b = randomBytes(16);
  b.writeUIntBE(lastMs, 0, 6);
  b[6] = 0x70 | (b[6]! & 0x0f);
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, "0")}:00:00+01:00`;

async function loadRules(ctx: RequestContext): Promise<Rules> {
  const referential = await ctx.em
    .getRepository(Referential)
    .createQueryBuilder("r")
    .innerJoin(Certification, "c", `c.id = r."certificationId"`)
    .where("c.code = :code AND r.status = :status", { code: CertificationCode.CLEA, status: ReferentialStatus.PUBLISHED })
    .getOne();
  if (!referential) throw new Error("no published CléA référentiel: load the référentiels first");
  const outcome = outcomeRulesOf(await readDocument(ctx.em, referential));
  const ids = async (table: string) =>
    new Map<string, string>(
      (await ctx.em.query(`SELECT code, id FROM ${table} WHERE "referentialId" = $1`, [referential.id])).map(
        (r: { code: string; id: string }) => [r.code, r.id],
      ),
    );
  const criterionId = await ids("criterion");
  const criterionCodes = [...criterionId.keys()].sort();
  return {
    criterionOrder: criterionCodes.map((c) => criterionId.get(c)!),
    criterionPosition: new Map(criterionCodes.map((c, i) => [c, i])),
    referentialId: referential.id,
    certificationId: referential.certificationId,
    outcome,
    domainId: await ids("domain"),
    subDomainId: await ids("sub_domain"),
    criterionId,
    criteriaOf: new Map(outcome.domains.map((d) => [d.code, d.subDomains.flatMap((s) => s.criteria)])),
  };
}

/**
 * The establishments that can hold CléA dossiers (open, habilitated as CléA evaluator today), each with an evaluator and a trainer (distinct
 * people): their current assignments when they have some, otherwise generated staff accounts
 * (invited, no password).
 */
async function loadEstablishments(ctx: RequestContext, certificationId: string, today: string, networkIds?: string[]): Promise<Est[]> {
  const rows: {
    id: string;
    networkId: string;
    departmentCode: string;
    regionCode: string;
    evaluatorId: string | null;
    trainerId: string | null;
  }[] = await ctx.em.query(
    `SELECT e.id, e."networkId", e."departmentCode", e."regionCode",
              (SELECT ra."userId" FROM role_assignment ra WHERE ra."establishmentId" = e.id AND ra.role = 'EVALUATOR' AND ra."endedOn" IS NULL ORDER BY ra."userId" LIMIT 1) AS "evaluatorId",
              (SELECT ra."userId" FROM role_assignment ra WHERE ra."establishmentId" = e.id AND ra.role = 'TRAINER' AND ra."endedOn" IS NULL ORDER BY ra."userId" LIMIT 1) AS "trainerId"
         FROM establishment e
        WHERE e.status = 'OPEN' AND ($2::uuid[] IS NULL OR e."networkId" = ANY($2::uuid[]))
          AND EXISTS (SELECT 1 FROM habilitation h WHERE h."establishmentId" = e.id AND h."certificationId" = $1
                      AND h.role = 'EVALUATOR' AND h."storedStatus" = 'GRANTED'
                      AND (h."startDate" IS NULL OR h."startDate" <= $3::date) AND (h."endDate" IS NULL OR h."endDate" >= $3::date))
        ORDER BY e.siret`,
    [certificationId, networkIds ?? null, today],
  );
  const users: { id: string; email: string; name: string }[] = [];
  const assignments: { userId: string; role: string; networkId: string; establishmentId: string }[] = [];
  const ests = rows.map((r, i) => {
    const staff = (role: "EVALUATOR" | "TRAINER", existing: string | null) => {
      if (existing && !(role === "TRAINER" && existing === r.evaluatorId)) return existing;
      const id = randomUUID();
      const word = role === "EVALUATOR" ? "evaluateur" : "formateur";
      users.push({
        id,
        email: `${word}.${i + 1}.${id.slice(0, 8)}@generated.clea.test`,
        name: `${role === "EVALUATOR" ? "Évaluateur" : "Formateur"} ${i + 1}`,
      });
      assignments.push({ userId: id, role, networkId: r.networkId, establishmentId: r.id });
      return id;
    };
    const evaluatorId = staff("EVALUATOR", r.evaluatorId);
    return {
      id: r.id,
      networkId: r.networkId,
      departmentCode: r.departmentCode,
      regionCode: r.regionCode,
      evaluatorId,
      trainerId: staff("TRAINER", r.trainerId),
    };
  });
  if (users.length) {
    await ctx.em.query(`INSERT INTO app_user (id, email, "displayName") SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[])`, [
      users.map((u) => u.id),
      users.map((u) => u.email),
      users.map((u) => u.name),
    ]);
    await ctx.em.query(
      `INSERT INTO role_assignment ("userId", role, "networkId", "establishmentId") SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::uuid[])`,
      [
        assignments.map((a) => a.userId),
        assignments.map((a) => a.role),
        assignments.map((a) => a.networkId),
        assignments.map((a) => a.establishmentId),
      ],
    );
  }
  return ests;
}

/** Rows of one batch, column by column (for `unnest` inserts). */
class Batch {
  candidates: Partial<Record<string, unknown>>[] = [];
  dossiers: unknown[][] = [];
  events: unknown[][] = [];
  evaluations: unknown[][] = [];
  /** Per scored évaluation: its id and one character per criterion of `Rules.criterionOrder` ('1' acquired, '0' not acquired, '-' not scored). */
  criterionResults: [string[], string[]] = [[], []];
  criterionResultCount = 0;
  subDomainResults: unknown[][] = [];
  domainResults: unknown[][] = [];
  trainingPaths: unknown[][] = [];
  trainingPathDomains: unknown[][] = [];
  fundingLines: unknown[][] = [];
  submissions: unknown[][] = [];
  certificates: unknown[][] = [];
}

const columns = <T extends unknown[]>(rows: T[], width: number) => Array.from({ length: width }, (_, i) => rows.map((r) => r[i]));

async function flush(ctx: RequestContext, b: Batch, criterionOrder: string[]): Promise<void> {
  const q = (sql: string, rows: unknown[][], width: number) => (rows.length ? ctx.em.query(sql, columns(rows, width)) : Promise.resolve());
  if (b.candidates.length) await ctx.em.getRepository(Candidate).insert(b.candidates);
  await q(
    `INSERT INTO dossier (id, "candidateId", "certificationId", "referentialId", "establishmentId", "networkId", state, version, "openedOn", "preliminaryDate", "windowEndsOn", "stateChangedAt", "createdAt")
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::varchar[], $8::int[], $9::date[], $10::date[], $11::date[], $12::timestamptz[], $13::timestamptz[])`,
    b.dossiers,
    13,
  );
  await q(
    `INSERT INTO dossier_event ("dossierId", "networkId", action, "fromState", "toState", version, at, "actorId", note)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::int[], $7::timestamptz[], $8::uuid[], $9::varchar[])`,
    b.events,
    9,
  );
  await q(
    `INSERT INTO evaluation (id, "dossierId", "networkId", "establishmentId", kind, status, "plannedOn", "evaluatorId", "domainCodes", "heldOn", "durationMinutes", context)
     SELECT a, b, c, d, e, f, g, h, i::varchar[], j, k, l FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::date[], $8::uuid[], $9::text[], $10::date[], $11::int[], $12::varchar[]) AS t(a, b, c, d, e, f, g, h, i, j, k, l)`,
    b.evaluations,
    12,
  );
  if (b.criterionResults[0].length)
    await ctx.em.query(
      `INSERT INTO criterion_result ("evaluationId", "criterionId", acquired)
       SELECT e.id, c.id, substr(e.scores, c.i::int, 1) = '1'
         FROM unnest($1::uuid[], $2::text[]) AS e(id, scores) CROSS JOIN unnest($3::uuid[]) WITH ORDINALITY AS c(id, i)
        WHERE substr(e.scores, c.i::int, 1) <> '-'
        ORDER BY e.id, c.id`,
      [...b.criterionResults, criterionOrder],
    );
  await q(
    `INSERT INTO sub_domain_result ("evaluationId", "subDomainId", "acquiredCount", "criterionCount", validated) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::bool[])`,
    b.subDomainResults,
    5,
  );
  await q(
    `INSERT INTO domain_result ("evaluationId", "domainId", acquired, "acquiredOn", "validUntil") SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bool[], $4::date[], $5::date[])`,
    b.domainResults,
    5,
  );
  await q(
    `INSERT INTO training_path (id, "dossierId", "networkId", "establishmentId", "trainingOrganisation", "trainerId", "startsOn", "endsOn", status, "completedOn")
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::uuid[], $7::date[], $8::date[], $9::varchar[], $10::date[])`,
    b.trainingPaths,
    10,
  );
  await q(
    `INSERT INTO training_path_domain ("trainingPathId", "domainId", "plannedHours", "actualHours") SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[], $4::numeric[])`,
    b.trainingPathDomains,
    4,
  );
  await q(
    `INSERT INTO funding_line ("dossierId", "networkId", "establishmentId", step, "funderType", "funderReference", amount, status)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::varchar[], $7::numeric[], $8::varchar[])`,
    b.fundingLines,
    8,
  );
  await q(
    `INSERT INTO jury_submission (id, "jurySessionId", "dossierId", "networkId", "establishmentId", "submittedById", decision, reason, "decidedAt", "decidedById", "createdAt")
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::varchar[], $8::varchar[], $9::timestamptz[], $10::uuid[], $11::timestamptz[])`,
    b.submissions,
    11,
  );
  await q(
    `INSERT INTO certificate (number, "dossierId", "candidateId", "networkId", "establishmentId", "certificationId", "jurySubmissionId", "issuedOn", "holderInitials")
     SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::date[], $9::varchar[])`,
    b.certificates,
    9,
  );
}

export async function generateDossierData(ctx: RequestContext, options: DossierDataOptions): Promise<DossierCounts> {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(options.seed);
  const today = options.today ?? todayInFrance();
  const years = options.years ?? 6;
  const rnd = () => faker.number.float();
  const int = (min: number, max: number) => faker.number.int({ min, max });

  return ctx.transaction(async (tx) => {
    if (options.bulk) {
      const [{ superuser }] = await tx.em.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`);
      if (superuser) await tx.em.query(`SET LOCAL session_replication_role = replica`);
    }
    const rules = await loadRules(tx);
    const ests = await loadEstablishments(tx, rules.certificationId, today, options.networkIds);
    if (!ests.length) throw new Error("no open establishment habilitated as CléA evaluator: generate organisations first");

    // One jury user organises and decides (generated juries are regional, monthly).
    const [jury] = await tx.em.query(
      `SELECT ra."userId" AS id FROM role_assignment ra WHERE ra.role = 'JURY' AND ra."endedOn" IS NULL LIMIT 1`,
    );
    let juryUserId: string = jury?.id;
    if (!juryUserId) {
      juryUserId = randomUUID();
      await tx.em.query(`INSERT INTO app_user (id, email, "displayName") VALUES ($1, $2, 'Jury (données générées)')`, [
        juryUserId,
        `jury.${juryUserId.slice(0, 8)}@generated.clea.test`,
      ]);
      await tx.em.query(`INSERT INTO role_assignment ("userId", role) VALUES ($1, 'JURY')`, [juryUserId]);
    }
    const regionName = new Map(regions.map((r) => [r.code, r.name]));
    const jurySessions = new Map<string, { id: string; heldOn: string }>();
    /** The first regional jury session (monthly, on the 15th) at least a week after `date`. */
    const juryAfter = (regionCode: string, date: string) => {
      const d = new Date(`${addDays(date, 7)}T00:00:00Z`);
      if (d.getUTCDate() > 15) d.setUTCMonth(d.getUTCMonth() + 1);
      d.setUTCDate(15);
      const heldOn = d.toISOString().slice(0, 10);
      const key = `${regionCode}|${heldOn}`;
      let s = jurySessions.get(key);
      if (!s) jurySessions.set(key, (s = { id: randomUUID(), heldOn }));
      return s;
    };

    const counts: DossierCounts = {
      candidates: 0,
      dossiers: 0,
      evaluations: 0,
      criterionResults: 0,
      trainingPaths: 0,
      fundingLines: 0,
      jurySubmissions: 0,
      certificates: 0,
      byState: {},
      directToJuryRate: 0,
    };
    let preliminariesDone = 0;
    let direct = 0;
    const allDomains = rules.outcome.domains.map((d) => d.code);
    let batch = new Batch();
    /** The batch PostgreSQL is writing while the next one is computed (its error, if any, surfaces at the next await). */
    let writing: Promise<void> = Promise.resolve();

    for (let n = 0; n < options.dossiers; n++) {
      const e = ests[n % ests.length]!;
      const candidate = buildCandidateRow(faker, e, today);
      batch.candidates.push(candidate);
      const dossierId = randomUUID();
      const openedOn = addDays(today, -int(0, years * 365));
      const ability = faker.number.float({ min: 2.0, max: 5.4 });
      let state = DossierState.OPENED as DossierState;
      let version = 1;
      let t = openedOn;
      let preliminaryDate: string | null = null;
      let windowEndsOn: string | null = null;
      let stateChangedAt = at(openedOn, 9);
      const event = (action: DossierAction | null, to: DossierState, date: string, actorId: string | null, note: string | null = null) => {
        batch.events.push([
          dossierId,
          e.networkId,
          action,
          action ? state : null,
          to,
          action ? ++version : version,
          at(date, int(8, 17)),
          actorId,
          note,
        ]);
        state = to;
        stateChangedAt = at(date, 18);
      };
      event(null, DossierState.OPENED, openedOn, null);
      const acquired = new Set<string>();
      const funder = () =>
        candidate.entryStatus === EntryStatus.EMPLOYEE
          ? faker.helpers.arrayElement([FunderType.OPCO, FunderType.OPCO, FunderType.CPF, FunderType.EMPLOYER, FunderType.TRANSITIONS_PRO])
          : candidate.entryStatus === EntryStatus.JOB_SEEKER
            ? faker.helpers.arrayElement([FunderType.FRANCE_TRAVAIL, FunderType.FRANCE_TRAVAIL, FunderType.REGION, FunderType.CPF])
            : faker.helpers.arrayElement([FunderType.CPF, FunderType.SELF, FunderType.OTHER]);
      const fund = (step: FundingStep, amount: string, paid: boolean) => {
        const type = funder();
        batch.fundingLines.push([
          dossierId,
          e.networkId,
          e.id,
          step,
          type,
          type === FunderType.CPF ? `EDOF-${faker.string.numeric(11)}` : null,
          amount,
          paid ? FundingStatus.PAID : FundingStatus.AGREED,
        ]);
      };
      /** Scores `domains` (every criterion of each) and stores the evaluation with its derived outcomes. */
      const evaluate = (kind: "PRELIMINARY" | "FINAL", domains: string[], plannedOn: string, boost: number): DomainOutcome[] | null => {
        const id = timeOrderedUuid();
        const done = plannedOn <= today;
        batch.evaluations.push([
          id,
          dossierId,
          e.networkId,
          e.id,
          kind,
          done ? "DONE" : "PLANNED",
          plannedOn,
          e.evaluatorId,
          kind === "FINAL" ? `{${domains.join(",")}}` : null,
          done ? plannedOn : null,
          done ? int(2, 8) * 60 : null,
          done
            ? faker.helpers.arrayElement([
                "Mise en situation : accueil client",
                "Situation de travail en entrepôt",
                "Atelier bureautique",
                "Situation de travail : restauration collective",
              ])
            : null,
        ]);
        if (!done) return null;
        const results: Record<string, CriterionResultValue> = {};
        const scores = Array<string>(rules.criterionOrder.length).fill("-");
        for (const d of domains)
          for (const c of rules.criteriaOf.get(d)!) {
            const p = 1 / (1 + Math.exp(-(ability + boost - (DOMAIN_DIFFICULTY[d] ?? 0) - 0.8 * rnd())));
            const ok = rnd() < p;
            results[c] = ok ? "ACQUIRED" : "NOT_ACQUIRED";
            scores[rules.criterionPosition.get(c)!] = ok ? "1" : "0";
            batch.criterionResultCount++;
          }
        batch.criterionResults[0].push(id);
        batch.criterionResults[1].push(scores.join(""));
        const outcomes = deriveOutcomes(rules.outcome, results, domains);
        const window = windowEndsOn ?? windowEnd(plannedOn);
        for (const d of outcomes) {
          for (const s of d.subDomains)
            batch.subDomainResults.push([id, rules.subDomainId.get(s.code), s.acquiredCount, s.criterionCount, s.validated === true]);
          batch.domainResults.push([
            id,
            rules.domainId.get(d.code),
            d.acquired === true,
            d.acquired ? plannedOn : null,
            d.acquired ? window : null,
          ]);
          if (d.acquired) acquired.add(d.code);
        }
        counts.evaluations++;
        return outcomes;
      };
      /** Closes the dossier as expired when `next` falls after the window; true when it did. */
      const expiresBefore = (next: string) => {
        if (!windowEndsOn || next <= windowEndsOn) return false;
        const expiredOn = addDays(windowEndsOn, 1);
        if (expiredOn <= today) event(DossierAction.EXPIRE, DossierState.EXPIRED, expiredOn, null, "Délai de 5 ans dépassé");
        return true;
      };
      const withdraws = (date: string, p: number) => {
        if (date > today || rnd() >= p) return false;
        event(
          DossierAction.WITHDRAW,
          DossierState.WITHDRAWN,
          date,
          null,
          faker.helpers.arrayElement(["Reprise d'emploi", "Déménagement", "Raisons personnelles", "Sans nouvelles du candidat"]),
        );
        return true;
      };

      simulate: {
        // Évaluation préalable
        const planned = addDays(t, int(2, 30));
        if (planned > today || withdraws(planned, 0.03)) break simulate;
        event(DossierAction.PLAN_PRELIMINARY, DossierState.PRELIMINARY_PLANNED, planned, e.evaluatorId);
        const heldOn = addDays(planned, int(5, 30));
        if (!evaluate("PRELIMINARY", allDomains, heldOn, 0)) break simulate;
        preliminaryDate = heldOn;
        windowEndsOn = windowEnd(heldOn);
        preliminariesDone++;
        fund(FundingStep.PRELIMINARY, `${int(2, 7)}00.00`, daysBetween(heldOn, today) > 60);
        const all = acquired.size === allDomains.length;
        if (all) direct++;
        event(
          DossierAction.RECORD_PRELIMINARY,
          all ? DossierState.READY_FOR_JURY : DossierState.IN_TRAINING,
          heldOn,
          e.evaluatorId,
          `${acquired.size} domaines acquis sur ${allDomains.length}`,
        );
        t = heldOn;

        // Training and évaluations finales, while domains are missing
        for (let loop = 0; state === DossierState.IN_TRAINING; loop++) {
          if (loop > 0 && rnd() < 0.35) {
            // Some candidates stop after a second failure, and their window ends.
            if (expiresBefore(addDays(windowEndsOn!, 1))) break simulate;
          }
          const missing = allDomains.filter((d) => !acquired.has(d));
          const startsOn = addDays(t, int(7, loop > 0 ? 400 : 90));
          if (expiresBefore(startsOn) || startsOn > today || withdraws(startsOn, 0.14)) break simulate;
          const hours = missing.map(() => faker.helpers.arrayElement(HOURS));
          const total = hours.reduce((a, h) => a + h, 0);
          const endsOn = addDays(startsOn, Math.ceil(total / 6) * 7);
          const pathId = randomUUID();
          const completed = endsOn <= today;
          batch.trainingPaths.push([
            pathId,
            dossierId,
            e.networkId,
            e.id,
            faker.helpers.arrayElement(["Organisme de formation du centre", "AFPA", "GRETA", "Association Savoirs pour réussir"]),
            e.trainerId,
            startsOn,
            endsOn,
            completed ? "COMPLETED" : "PLANNED",
            completed ? endsOn : null,
          ]);
          missing.forEach((d, i) =>
            batch.trainingPathDomains.push([
              pathId,
              rules.domainId.get(d),
              `${hours[i]}.0`,
              completed ? `${Math.max(0, hours[i]! + int(-4, 3))}.${int(0, 9)}` : null,
            ]),
          );
          counts.trainingPaths++;
          fund(FundingStep.TRAINING, `${total * int(12, 18)}.${faker.helpers.arrayElement(["00", "50"])}`, completed);
          if (!completed) break simulate;
          const finalPlanned = addDays(endsOn, int(1, 15));
          if (expiresBefore(finalPlanned) || finalPlanned > today) break simulate;
          event(DossierAction.PLAN_FINAL, DossierState.FINAL_PLANNED, finalPlanned, e.evaluatorId);
          const finalOn = addDays(finalPlanned, int(5, 25));
          if (expiresBefore(finalOn)) break simulate;
          if (!evaluate("FINAL", missing, finalOn, 1.4)) break simulate;
          fund(FundingStep.FINAL, `${int(1, 3)}50.00`, daysBetween(finalOn, today) > 60);
          const nowAll = acquired.size === allDomains.length;
          event(
            DossierAction.RECORD_FINAL,
            nowAll ? DossierState.READY_FOR_JURY : DossierState.IN_TRAINING,
            finalOn,
            e.evaluatorId,
            `${acquired.size} domaines acquis sur ${allDomains.length}`,
          );
          t = finalOn;
        }

        // Jury (and a second presentation after an adjournment)
        for (let attempt = 0; state === DossierState.READY_FOR_JURY; attempt++) {
          const submittedOn = addDays(t, int(1, 12));
          const session = juryAfter(e.regionCode, submittedOn);
          if (expiresBefore(session.heldOn) || submittedOn > today) break simulate;
          event(DossierAction.SUBMIT_TO_JURY, DossierState.SUBMITTED_TO_JURY, submittedOn, e.evaluatorId);
          const submissionId = randomUUID();
          counts.jurySubmissions++;
          if (session.heldOn > today) {
            batch.submissions.push([
              submissionId,
              session.id,
              dossierId,
              e.networkId,
              e.id,
              e.evaluatorId,
              null,
              null,
              null,
              null,
              at(submittedOn, 10),
            ]);
            break simulate;
          }
          const adjourned = attempt === 0 && rnd() < 0.04;
          batch.submissions.push([
            submissionId,
            session.id,
            dossierId,
            e.networkId,
            e.id,
            e.evaluatorId,
            adjourned ? "ADJOURNED" : "CERTIFIED",
            adjourned ? "Dossier incomplet : attestation de formation manquante" : null,
            at(session.heldOn, 16),
            juryUserId,
            at(submittedOn, 10),
          ]);
          if (adjourned) {
            event(
              DossierAction.ADJOURN,
              DossierState.ADJOURNED,
              session.heldOn,
              juryUserId,
              "Dossier incomplet : attestation de formation manquante",
            );
            const back = addDays(session.heldOn, int(5, 40));
            if (expiresBefore(back) || back > today) break simulate;
            event(DossierAction.RETURN_TO_JURY, DossierState.READY_FOR_JURY, back, e.evaluatorId);
            t = back;
            continue;
          }
          event(DossierAction.CERTIFY, DossierState.CERTIFIED, session.heldOn, juryUserId);
          const first = String(candidate.firstNames)[0]!;
          const last = String(candidate.birthLastName)[0]!;
          batch.certificates.push([
            certificateNumber(),
            dossierId,
            candidate.id,
            e.networkId,
            e.id,
            rules.certificationId,
            submissionId,
            session.heldOn,
            `${first}. ${last}.`,
          ]);
          counts.certificates++;
        }
      }

      // Past the window without a certificate: the daily job has closed it.
      if (windowEndsOn && addDays(windowEndsOn, 1) <= today && !["CERTIFIED", "WITHDRAWN", "EXPIRED"].includes(state))
        event(DossierAction.EXPIRE, DossierState.EXPIRED, addDays(windowEndsOn, 1), null, "Délai de 5 ans dépassé");

      batch.dossiers.push([
        dossierId,
        candidate.id,
        rules.certificationId,
        rules.referentialId,
        e.id,
        e.networkId,
        state,
        version,
        openedOn,
        preliminaryDate,
        windowEndsOn,
        stateChangedAt,
        at(openedOn, 9),
      ]);
      counts.byState[state] = (counts.byState[state] ?? 0) + 1;
      counts.dossiers++;
      counts.candidates++;

      // Let the connection send the statements of the batch being written.
      if (n % 50 === 49) await new Promise((r) => setImmediate(r));
      if (batch.dossiers.length === 1000 || n === options.dossiers - 1) {
        await writing;
        // Jury sessions first (submissions refer to them): the new ones of this batch.
        const fresh = [...jurySessions.entries()].filter(([, s]) => !(s as { saved?: boolean }).saved);
        if (fresh.length) {
          await tx.em.query(
            `INSERT INTO jury_session (id, organiser, "certificationId", "heldOn", mode, location, "createdById")
             SELECT a, b, $3::uuid, c, d, e, $4::uuid FROM unnest($1::uuid[], $2::varchar[], $5::date[], $6::varchar[], $7::varchar[]) AS t(a, b, c, d, e)`,
            [
              fresh.map(([, s]) => s.id),
              fresh.map(([k]) => `Transitions Pro ${regionName.get(k.split("|")[0]!) ?? ""}`.trim()),
              rules.certificationId,
              juryUserId,
              fresh.map(([, s]) => s.heldOn),
              fresh.map(([, s]) => (s.heldOn.endsWith("15") && rnd() < 0.3 ? "REMOTE" : "ON_SITE")),
              fresh.map(() => null),
            ],
          );
          for (const [, s] of fresh) (s as { saved?: boolean }).saved = true;
        }
        counts.criterionResults += batch.criterionResultCount;
        counts.fundingLines += batch.fundingLines.length;
        const done = n + 1;
        writing = flush(tx, batch, rules.criterionOrder).then(() => options.progress?.(done, options.dossiers));
        writing.catch(() => {});
        batch = new Batch();
      }
    }
    await writing;
    counts.directToJuryRate = preliminariesDone ? direct / preliminariesDone : 0;
    return counts;
  });
}
