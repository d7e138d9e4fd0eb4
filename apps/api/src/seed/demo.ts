import type { RequestContext } from "../core/context.js";
import { logger } from "../core/logger.js";
import { Network } from "../modules/network/network.entity.js";
import { User } from "../modules/user/user.entity.js";
import { createDemoUsers, demoUsersAllowed, type DemoUser } from "./demo-users.js";
import { generateDemoCandidates } from "./generator/candidate-data.js";
import { generateOrganisationData } from "./generator/organisation-data.js";

/** The seed of the demo data: fixed, so that every new user sees the same platform. */
export const DEMO_SEED = 2016;

/**
 * Loads the demo data (scale 1) into a database that has no network yet, so that a new user
 * sees a populated platform; a database with data of its own is left alone. Then, on a platform
 * with no account at all (and outside production unless ALLOW_DEMO_USERS=true), creates the demo
 * accounts (seed/demo-users.ts), which it returns so that they can be printed.
 */
export async function loadDemoDataIfEmpty(ctx: RequestContext): Promise<DemoUser[]> {
  if ((await ctx.em.getRepository(Network).count()) === 0) await loadOrganisationData(ctx);
  if (!demoUsersAllowed() || (await ctx.em.getRepository(User).count()) > 0) return [];
  return createDemoUsers(ctx);
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
