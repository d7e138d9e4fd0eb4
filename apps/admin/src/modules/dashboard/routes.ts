import type { RouteRecordRaw } from "vue-router";

/** The dashboard: every signed-in user, the landing page after sign-in (issue #6). */
export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: "/tableau-de-bord",
    name: "dashboard",
    component: () => import("./views/DashboardView.vue"),
    meta: { titleKey: "dashboard.title" },
  },
];
