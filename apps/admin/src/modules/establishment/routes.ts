import type { RouteRecordRaw } from "vue-router";

export const establishmentRoutes: RouteRecordRaw[] = [
  {
    path: "/etablissements",
    name: "establishments",
    component: () => import("./views/EstablishmentListView.vue"),
    meta: { titleKey: "titles.establishments", capability: "organisation.read" },
  },
  {
    path: "/etablissements/nouveau",
    name: "establishment-new",
    component: () => import("./views/EstablishmentFormView.vue"),
    props: (route) => ({ organisationId: typeof route.query.organisation === "string" ? route.query.organisation : undefined }),
    meta: { titleKey: "titles.establishmentNew", capability: "network.configure" },
  },
  {
    path: "/etablissements/:id",
    name: "establishment",
    component: () => import("./views/EstablishmentDetailView.vue"),
    props: true,
    meta: { titleKey: "titles.establishment", capability: "organisation.read" },
  },
  {
    path: "/etablissements/:id/modifier",
    name: "establishment-edit",
    component: () => import("./views/EstablishmentFormView.vue"),
    props: true,
    meta: { titleKey: "titles.establishmentEdit", capability: "network.configure" },
  },
];
