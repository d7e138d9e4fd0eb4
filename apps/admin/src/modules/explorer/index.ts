/**
 * The public surface of modules/explorer: other modules import from here only (the SPA's boundary
 * rule). The GraphQL explorer: running an operation, handing one over to it.
 */
export { runOperation, save } from "./explorer.ts";
