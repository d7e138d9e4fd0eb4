/**
 * The public surface of modules/attention: other modules import from here only (the SPA's boundary
 * rule). What needs attention in a network (the network page shows it).
 */
export { default as NetworkAttention } from "./components/NetworkAttention.vue";
export { NETWORK_ATTENTION } from "./documents/attention.documents.ts";
