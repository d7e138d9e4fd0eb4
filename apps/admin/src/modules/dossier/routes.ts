import type { RouteRecordRaw } from "vue-router";

/** Dossiers: the filtered list and a dossier's page (history, outcomes, the actions its state allows). */
export const dossierRoutes: RouteRecordRaw[] = [
  {
    path: "/dossiers",
    name: "dossiers",
    component: () => import("./views/DossierListView.vue"),
    meta: { titleKey: "titles.dossiers", capability: "dossier.read" },
  },
  {
    path: "/dossiers/:id",
    name: "dossier",
    component: () => import("./views/DossierDetailView.vue"),
    props: true,
    meta: { titleKey: "titles.dossier", capability: "dossier.read" },
  },
];
