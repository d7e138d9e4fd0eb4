/**
 * The public surface of modules/evaluation-session: other modules import from here only (the SPA's boundary
 * rule). Évaluation sessions: an establishment's sessions tab and a network's calendar.
 */
export { default as SessionCalendar } from "./components/SessionCalendar.vue";
export { default as SessionsPanel } from "./components/SessionsPanel.vue";
