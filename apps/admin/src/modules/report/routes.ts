import type { RouteRecordRaw } from "vue-router";

/** The report builder and the saved reports (issue #6): analysts, network managers and ADMIN (session/permissions.ts, `reports.use`). */
export const reportRoutes: RouteRecordRaw[] = [
  { path: "/rapports", name: "reports", component: () => import("./views/ReportView.vue"), meta: { titleKey: "report.title", permission: "reports.use" } },
  {
    path: "/rapports/enregistres",
    name: "saved-reports",
    component: () => import("./views/SavedReportsView.vue"),
    meta: { titleKey: "savedReport.title", permission: "reports.use" },
  },
  {
    path: "/rapports/enregistres/:id",
    name: "saved-report",
    component: () => import("./views/SavedReportView.vue"),
    meta: { titleKey: "savedReport.title", permission: "reports.use" },
  },
];
