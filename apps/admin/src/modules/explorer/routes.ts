import type { RouteRecordRaw } from "vue-router";

/** The GraphQL explorer: analysts, network managers and ADMIN (@clea/schema's capabilities, `explorer.use`). */
export const explorerRoutes: RouteRecordRaw[] = [
  {
    path: "/explorateur",
    name: "explorer",
    component: () => import("./views/ExplorerView.vue"),
    meta: { titleKey: "explorer.title", capability: "explorer.use" },
  },
];
