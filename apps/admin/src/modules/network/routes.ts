import type { RouteRecordRaw } from "vue-router";

/** Networks and their organisations (an organisation always belongs to one network). */
export const networkRoutes: RouteRecordRaw[] = [
  { path: "/reseaux", name: "networks", component: () => import("./views/NetworkListView.vue"), meta: { titleKey: "titles.networks" } },
  { path: "/reseaux/nouveau", name: "network-new", component: () => import("./views/NetworkFormView.vue"), meta: { titleKey: "titles.networkNew" } },
  { path: "/reseaux/:id", name: "network", component: () => import("./views/NetworkDetailView.vue"), props: true, meta: { titleKey: "titles.network" } },
  { path: "/reseaux/:id/modifier", name: "network-edit", component: () => import("./views/NetworkFormView.vue"), props: true, meta: { titleKey: "titles.networkEdit" } },
  {
    path: "/reseaux/:networkId/organismes/nouveau",
    name: "organisation-new",
    component: () => import("./views/OrganisationFormView.vue"),
    props: true,
    meta: { titleKey: "titles.organisationNew" },
  },
  { path: "/organismes/:id", name: "organisation", component: () => import("./views/OrganisationDetailView.vue"), props: true, meta: { titleKey: "titles.organisation" } },
  {
    path: "/organismes/:id/modifier",
    name: "organisation-edit",
    component: () => import("./views/OrganisationFormView.vue"),
    props: true,
    meta: { titleKey: "titles.organisationEdit" },
  },
];
