import type { RequestContext } from "../core/context.js";

/** Loads the demo data (scale 1) into an empty database. Written by the organisation modules. */
export async function loadDemoDataIfEmpty(_ctx: RequestContext): Promise<void> {}
