import type { RouteRecordRaw } from "vue-router";

/** The report builder (issue #6): analysts, network managers and ADMIN (session/permissions.ts, `reports.use`). */
export const reportRoutes: RouteRecordRaw[] = [
  { path: "/rapports", name: "reports", component: () => import("./views/ReportView.vue"), meta: { titleKey: "report.title", permission: "reports.use" } },
];
