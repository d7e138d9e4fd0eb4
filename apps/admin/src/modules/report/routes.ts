import type { RouteRecordRaw } from "vue-router";

/** The report builder (issue #6; saved reports: modules/saved-report/routes.ts): analysts, network managers and ADMIN (@clea/schema's capabilities, `report.use`). */
export const reportRoutes: RouteRecordRaw[] = [
  {
    path: "/rapports",
    name: "reports",
    component: () => import("./views/ReportView.vue"),
    meta: { titleKey: "report.title", capability: "report.use" },
  },
];
