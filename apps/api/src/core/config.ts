import { resolve, dirname } from "node:path";
import { availableParallelism } from "node:os";
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
  /** API processes serving HTTP (`pnpm start`): CLEA_API_WORKERS, default one per core Node may use. */
  workers: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 4000),
    production: env.NODE_ENV === "production",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.CLEA_DATA_DIR ?? resolve(repoRoot, ".data")),
    adminDist: resolve(env.ADMIN_DIST ?? resolve(repoRoot, "apps/admin/dist")),
    seedDemo: env.SEED_DEMO !== "false",
    workers: workersFrom(env.CLEA_API_WORKERS),
  };
}

/** CLEA_API_WORKERS: a whole number ≥ 1; unset or invalid: one per core (at most 8). */
function workersFrom(value: string | undefined): number {
  const n = Number(value);
  if (value && Number.isInteger(n) && n >= 1) return n;
  if (value) console.warn(`CLEA_API_WORKERS=${value} ignoré : un nombre entier ≥ 1 est attendu.`);
  return Math.min(8, availableParallelism());
}
