import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (apps/api/dist/core or apps/api/src/core → ../../../..). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

export interface Config {
  port: number;
  production: boolean;
  databaseUrl?: string;
  /** Folder of the embedded PostgreSQL cluster when DATABASE_URL is absent. */
  dataDir: string;
  /** The built admin SPA served on `/`; absent folder = API only. */
  adminDist: string;
  /** Load demo data into an empty database on start. */
  seedDemo: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 4000),
    production: env.NODE_ENV === "production",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.CLEA_DATA_DIR ?? resolve(repoRoot, ".data")),
    adminDist: resolve(env.ADMIN_DIST ?? resolve(repoRoot, "apps/admin/dist")),
    seedDemo: env.SEED_DEMO !== "false",
  };
}
