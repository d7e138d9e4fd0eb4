import { In } from "typeorm";
import type { RequestContext } from "../core/context.js";
import { logger } from "../core/logger.js";
import { Network } from "../modules/network/network.entity.js";
import { User } from "../modules/user/user.entity.js";
import { createDemoUsers, demoUsersAllowed, type DemoUser } from "./demo-users.js";
import { generateDemoCandidates } from "./generator/candidate-data.js";
import { generateDossierData } from "./generator/dossier-data.js";
import { DEMO_NETWORKS, generateOrganisationData } from "./generator/organisation-data.js";

/** The seed of the demo data: fixed, so that every new user sees the same platform. */
export const DEMO_SEED = 2016;
/** Dossiers generated for the demo networks (one candidate each). */
export const DEMO_DOSSIERS = 300;

/**
 * Loads the demo data (scale 1) into a database that has no network yet, so that a new user
 * sees a populated platform; a database with data of its own is left alone. Then, on a platform
 * with no account at all (and outside production unless ALLOW_DEMO_USERS=true), creates the demo
 * accounts (seed/demo-users.ts), which it returns so that they can be printed.
 */
export async function loadDemoDataIfEmpty(ctx: RequestContext): Promise<DemoUser[]> {
  const fresh = (await ctx.em.getRepository(Network).count()) === 0;
  if (fresh) await loadOrganisationData(ctx);
  const users = demoUsersAllowed() && (await ctx.em.getRepository(User).count()) === 0 ? await createDemoUsers(ctx) : [];
  // After the demo accounts, so that the demo centres' evaluators and trainers are the ones who
  // evaluated and trained the generated candidates.
  if (fresh) await loadDemoDossiers(ctx);
  return users;
}

async function loadOrganisationData(ctx: RequestContext): Promise<void> {
  const counts = await generateOrganisationData(ctx, { scale: 1, seed: DEMO_SEED });
  logger.info(
    { ...counts },
    `demo data loaded: ${counts.networks} networks, ${counts.organisations} organisations, ` +
      `${counts.establishments} establishments, ${counts.habilitations} habilitations`,
  );
  const candidates = await generateDemoCandidates(ctx, { seed: DEMO_SEED });
  logger.info({ candidates }, `demo candidates loaded: ${candidates} in the demo networks' open establishments`);
}

/** Dossiers in every state of the process in the demo networks, over the last three years. */
async function loadDemoDossiers(ctx: RequestContext): Promise<void> {
  const networks = await ctx.em.getRepository(Network).findBy({ name: In(DEMO_NETWORKS.map((n) => n.name)) });
  const counts = await generateDossierData(ctx, {
    seed: DEMO_SEED,
    dossiers: DEMO_DOSSIERS,
    years: 3,
    networkIds: networks.map((n) => n.id),
  });
  logger.info(
    { ...counts.byState },
    `demo dossiers loaded: ${counts.dossiers} with ${counts.evaluations} evaluations and ${counts.certificates} certificates`,
  );
}
