import type { RouteRecordRaw } from "vue-router";

/** Networks (their organisations: modules/organisation/routes.ts). */
export const networkRoutes: RouteRecordRaw[] = [
  {
    path: "/reseaux",
    name: "networks",
    component: () => import("./views/NetworkListView.vue"),
    meta: { titleKey: "titles.networks", capability: "organisation.read" },
  },
  {
    path: "/reseaux/nouveau",
    name: "network-new",
    component: () => import("./views/NetworkFormView.vue"),
    meta: { titleKey: "titles.networkNew", capability: "network.create" },
  },
  {
    path: "/reseaux/:id",
    name: "network",
    component: () => import("./views/NetworkDetailView.vue"),
    props: true,
    meta: { titleKey: "titles.network", capability: "organisation.read" },
  },
  {
    path: "/reseaux/:id/modifier",
    name: "network-edit",
    component: () => import("./views/NetworkFormView.vue"),
    props: true,
    meta: { titleKey: "titles.networkEdit", capability: "network.create" },
  },
];
