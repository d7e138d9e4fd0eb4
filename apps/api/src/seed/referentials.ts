import type { RequestContext } from "../core/context.js";

/** Loads the project's référentiels when the database has none. Written by the referential module. */
export async function ensureReferentials(_ctx: RequestContext): Promise<void> {}
