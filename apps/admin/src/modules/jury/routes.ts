import type { RouteRecordRaw } from "vue-router";

/** Jury sessions: the list (everyone who follows dossiers reads it), creation (ADMIN, JURY) and a session's page. */
export const juryRoutes: RouteRecordRaw[] = [
  {
    path: "/jurys",
    name: "jury-sessions",
    component: () => import("./views/JurySessionListView.vue"),
    meta: { titleKey: "juryTitles.sessions", capability: "dossier.read" },
  },
  {
    path: "/jurys/nouveau",
    name: "jury-session-new",
    component: () => import("./views/JurySessionFormView.vue"),
    meta: { titleKey: "juryTitles.sessionNew", capability: "jury.manage" },
  },
  {
    path: "/jurys/:id",
    name: "jury-session",
    component: () => import("./views/JurySessionView.vue"),
    props: true,
    meta: { titleKey: "juryTitles.session", capability: "dossier.read" },
  },
];
