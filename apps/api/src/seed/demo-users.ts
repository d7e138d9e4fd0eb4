/**
 * Demo accounts: one per role in the two fixed demo networks, plus the national ones, all with
 * the password DEMO_PASSWORD (default below). They are created on a platform that has no account
 * yet, never in production unless ALLOW_DEMO_USERS=true, and production refuses to start while
 * they exist (anyone who read the README knows their password).
 */
import { In } from "typeorm";
import {
  CertificationCode,
  EstablishmentStatus,
  HabilitationRole,
  HabilitationStatus,
  Role,
  loadCommonPasswords,
  passwordProblem,
  roleLabels,
} from "@clea/schema";
import { todayInFrance } from "../core/dates.js";
import { passwordHasher } from "../core/auth/password-hasher.js";
import type { RequestContext } from "../core/context.js";
import { Establishment } from "../modules/establishment/establishment.entity.js";
import { Network } from "../modules/network/network.entity.js";
import { RoleAssignment, User } from "../modules/user/user.entity.js";
import { DEMO_NETWORKS } from "./generator/organisation-data.js";

export const DEMO_EMAIL_DOMAIN = "demo.clea.fr";
/** The documented default (README); passes the password policy. */
export const DEFAULT_DEMO_PASSWORD = "Demo-CleA-2026!";

export const demoPassword = (env: NodeJS.ProcessEnv = process.env) => env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;

type Scope = "NATIONAL" | "NETWORK" | "ESTABLISHMENT";
interface DemoAccount {
  local: string;
  displayName: string;
  role: Role;
  scope: Scope;
}

const NATIONAL_ACCOUNTS: DemoAccount[] = [
  { local: "admin", displayName: "Alice Administratrice", role: Role.ADMIN, scope: "NATIONAL" },
  { local: "analyst", displayName: "Antoine Analyste", role: Role.ANALYST, scope: "NATIONAL" },
  { local: "jury", displayName: "Jeanne Jury", role: Role.JURY, scope: "NATIONAL" },
];
const NETWORK_ACCOUNTS: DemoAccount[] = [
  { local: "manager", displayName: "Responsable de réseau", role: Role.NETWORK_MANAGER, scope: "NETWORK" },
  { local: "analyst", displayName: "Analyste du réseau", role: Role.ANALYST, scope: "NETWORK" },
  { local: "centre", displayName: "Responsable de centre", role: Role.CENTRE_MANAGER, scope: "ESTABLISHMENT" },
  { local: "advisor", displayName: "Conseiller", role: Role.ADVISOR, scope: "ESTABLISHMENT" },
  { local: "evaluator", displayName: "Évaluateur", role: Role.EVALUATOR, scope: "ESTABLISHMENT" },
  { local: "trainer", displayName: "Formateur", role: Role.TRAINER, scope: "ESTABLISHMENT" },
];
/** The short name of each demo network in the emails (manager.app@…, manager.greta@…). */
const NETWORK_SLUGS: Record<string, string> = { "Réseau APP Demo": "app", "GRETA Demo": "greta" };

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  /** "national", or the network / establishment the role is on. */
  scope: string;
}

/**
 * Where a network's demo centre staff work: the first establishment by name that is OPEN and
 * habilitated today as EVALUATOR for CléA (GRANTED, today within the period), so that the demo
 * centre can plan a session and open dossiers; failing that the first open one, then the first.
 */
export async function demoCentre(ctx: RequestContext, networkId: string): Promise<Establishment | null> {
  const today = todayInFrance();
  const candidates = ctx.em
    .getRepository(Establishment)
    .createQueryBuilder("e")
    .where(`e."networkId" = :networkId`, { networkId })
    .orderBy("e.name", "ASC")
    .addOrderBy("e.id", "ASC");
  const habilitated = await candidates
    .clone()
    .andWhere(`e.status = :open`, { open: EstablishmentStatus.OPEN })
    .andWhere(
      `EXISTS (SELECT 1 FROM habilitation h JOIN certification c ON c.id = h."certificationId"
                WHERE h."establishmentId" = e.id AND c.code = :clea AND h.role = :evaluator AND h."storedStatus" = :granted
                  AND h."startDate" <= :today AND (h."endDate" IS NULL OR h."endDate" >= :today))`,
      { clea: CertificationCode.CLEA, evaluator: HabilitationRole.EVALUATOR, granted: HabilitationStatus.GRANTED, today },
    )
    .getOne();
  return (
    habilitated ??
    (await candidates.clone().andWhere(`e.status = :open`, { open: EstablishmentStatus.OPEN }).getOne()) ??
    (await candidates.getOne())
  );
}

/**
 * Creates the demo accounts that do not exist yet (the demo networks must exist: run after the
 * organisation data). The staff of a network work in its demo centre (see `demoCentre`).
 */
export async function createDemoUsers(ctx: RequestContext, password = demoPassword()): Promise<DemoUser[]> {
  const problem = passwordProblem(password, { commonPasswords: await loadCommonPasswords() });
  if (problem) throw new Error(`DEMO_PASSWORD is refused by the password policy: ${problem}`);
  const networks = await ctx.em.getRepository(Network).findBy({ name: In(DEMO_NETWORKS.map((n) => n.name)) });
  const planned: (DemoUser & { networkId: string | null; establishmentId: string | null })[] = NATIONAL_ACCOUNTS.map((a) => ({
    email: `${a.local}@${DEMO_EMAIL_DOMAIN}`,
    displayName: a.displayName,
    role: a.role,
    scope: "national",
    networkId: null,
    establishmentId: null,
  }));
  for (const network of networks.sort((a, b) => a.name.localeCompare(b.name))) {
    const slug = NETWORK_SLUGS[network.name] ?? network.id.slice(0, 8);
    const establishment = await demoCentre(ctx, network.id);
    for (const a of NETWORK_ACCOUNTS) {
      if (a.scope === "ESTABLISHMENT" && !establishment) continue;
      const onEstablishment = a.scope === "ESTABLISHMENT" && establishment;
      planned.push({
        email: `${a.local}.${slug}@${DEMO_EMAIL_DOMAIN}`,
        displayName: `${a.displayName} (${network.name})`,
        role: a.role,
        scope: onEstablishment ? `${establishment.name} (${network.name})` : network.name,
        networkId: network.id,
        establishmentId: onEstablishment ? establishment.id : null,
      });
    }
  }
  const existing = new Set((await ctx.em.getRepository(User).findBy({ email: In(planned.map((p) => p.email)) })).map((u) => u.email));
  const missing = planned.filter((p) => !existing.has(p.email));
  if (!missing.length) return [];
  const passwordHash = await passwordHasher.hash(password); // one hash for all: they share the password anyway
  await ctx.transaction(async (tx) => {
    for (const p of missing) {
      const user = await tx.em
        .getRepository(User)
        .save(tx.em.getRepository(User).create({ email: p.email, displayName: p.displayName, passwordHash }));
      await tx.em
        .getRepository(RoleAssignment)
        .insert({ userId: user.id, role: p.role, networkId: p.networkId, establishmentId: p.establishmentId });
    }
  });
  return missing.map(({ email, displayName, role, scope }) => ({ email, displayName, role, scope }));
}

export async function countDemoUsers(ctx: RequestContext): Promise<number> {
  const rows: { n: string }[] = await ctx.em.query(`SELECT count(*) AS n FROM app_user WHERE email LIKE $1`, [`%@${DEMO_EMAIL_DOMAIN}`]);
  return Number(rows[0]!.n);
}

export const demoUsersAllowed = (env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV !== "production" || env.ALLOW_DEMO_USERS === "true";

/** Why the API must not start (demo accounts in production), or null. */
export async function demoUsersRefusal(ctx: RequestContext, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (demoUsersAllowed(env)) return null;
  const n = await countDemoUsers(ctx);
  if (!n) return null;
  return (
    `Refusing to start in production: ${n} demo account(s) (@${DEMO_EMAIL_DOMAIN}) exist, whose password is public. ` +
    `Delete them (DELETE FROM app_user WHERE email LIKE '%@${DEMO_EMAIL_DOMAIN}'), or set ALLOW_DEMO_USERS=true if this is a demonstration server.`
  );
}

/** The demo accounts as printed on first start (and listed in the README). */
export function formatDemoUsers(users: readonly DemoUser[], env: NodeJS.ProcessEnv = process.env): string {
  const width = Math.max(...users.map((u) => u.email.length));
  const lines = users.map((u) => `    ${u.email.padEnd(width)}  ${roleLabels[u.role]} — ${u.scope}`);
  // A password chosen through DEMO_PASSWORD is not written to the console; the public default is.
  const password = env.DEMO_PASSWORD ? "celui de DEMO_PASSWORD" : `${DEFAULT_DEMO_PASSWORD} (DEMO_PASSWORD le change)`;
  return `  Comptes de démonstration — mot de passe : ${password}\n${lines.join("\n")}\n`;
}
