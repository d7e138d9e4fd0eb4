/**
 * The public surface of modules/network: other modules import from here only (the SPA's boundary
 * rule). Networks: the documents other screens read them with (pickers, an organisation's network).
 */
export { NETWORK, NETWORKS } from "./documents/network.documents.ts";
