import type { RouteRecordRaw } from "vue-router";

/** The GraphQL explorer: analysts, network managers and ADMIN (session/permissions.ts, `explorer.use`). */
export const explorerRoutes: RouteRecordRaw[] = [
  { path: "/explorateur", name: "explorer", component: () => import("./views/ExplorerView.vue"), meta: { titleKey: "explorer.title", permission: "explorer.use" } },
];
