import type { RouteRecordRaw } from "vue-router";

export const establishmentRoutes: RouteRecordRaw[] = [
  { path: "/etablissements", name: "establishments", component: () => import("./views/EstablishmentListView.vue"), meta: { titleKey: "titles.establishments", permission: "organisations.read" } },
  {
    path: "/etablissements/nouveau",
    name: "establishment-new",
    component: () => import("./views/EstablishmentFormView.vue"),
    props: (route) => ({ organisationId: typeof route.query.organisation === "string" ? route.query.organisation : undefined }),
    meta: { titleKey: "titles.establishmentNew", permission: "network.manage" },
  },
  { path: "/etablissements/:id", name: "establishment", component: () => import("./views/EstablishmentDetailView.vue"), props: true, meta: { titleKey: "titles.establishment", permission: "organisations.read" } },
  {
    path: "/etablissements/:id/modifier",
    name: "establishment-edit",
    component: () => import("./views/EstablishmentFormView.vue"),
    props: true,
    meta: { titleKey: "titles.establishmentEdit", permission: "network.manage" },
  },
];
