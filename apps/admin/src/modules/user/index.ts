/**
 * The public surface of modules/user: other modules import from here only (the SPA's boundary
 * rule). Users: the one-time invitation link (shown to whoever invites, staff included).
 */
export { default as InvitationLink } from "./components/InvitationLink.vue";
