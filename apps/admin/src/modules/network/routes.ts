import type { RouteRecordRaw } from "vue-router";

/** Networks and their organisations (an organisation always belongs to one network). */
export const networkRoutes: RouteRecordRaw[] = [
  { path: "/reseaux", name: "networks", component: () => import("./views/NetworkListView.vue"), meta: { titleKey: "titles.networks", permission: "organisations.read" } },
  { path: "/reseaux/nouveau", name: "network-new", component: () => import("./views/NetworkFormView.vue"), meta: { titleKey: "titles.networkNew", permission: "networks.manage" } },
  { path: "/reseaux/:id", name: "network", component: () => import("./views/NetworkDetailView.vue"), props: true, meta: { titleKey: "titles.network", permission: "organisations.read" } },
  { path: "/reseaux/:id/modifier", name: "network-edit", component: () => import("./views/NetworkFormView.vue"), props: true, meta: { titleKey: "titles.networkEdit", permission: "networks.manage" } },
  {
    path: "/reseaux/:networkId/organismes/nouveau",
    name: "organisation-new",
    component: () => import("./views/OrganisationFormView.vue"),
    props: true,
    meta: { titleKey: "titles.organisationNew", permission: "network.manage" },
  },
  { path: "/organismes/:id", name: "organisation", component: () => import("./views/OrganisationDetailView.vue"), props: true, meta: { titleKey: "titles.organisation", permission: "organisations.read" } },
  {
    path: "/organismes/:id/modifier",
    name: "organisation-edit",
    component: () => import("./views/OrganisationFormView.vue"),
    props: true,
    meta: { titleKey: "titles.organisationEdit", permission: "network.manage" },
  },
];
