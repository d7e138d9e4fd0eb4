import type { RouteRecordRaw } from "vue-router";

/** Bulk import of a network's establishments and staff (CSV / XLSX). */
export const importRoutes: RouteRecordRaw[] = [
  {
    path: "/reseaux/:networkId/import",
    name: "network-import",
    component: () => import("./views/ImportView.vue"),
    props: true,
    meta: { titleKey: "titles.import", capability: "network.configure" },
  },
];
