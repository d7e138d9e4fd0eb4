import type { RouteRecordRaw } from "vue-router";

/** "Mes exports" (issue #6, ADR 0015): one's background exports, for whoever can export a list (`exports.use`). */
export const exportRoutes: RouteRecordRaw[] = [
  {
    path: "/exports",
    name: "exports",
    component: () => import("./views/ExportsView.vue"),
    meta: { titleKey: "exports.title", capability: "export.use" },
  },
];
