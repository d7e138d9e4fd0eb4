import type { RouteRecordRaw } from "vue-router";

/** Saved reports (ADR 0018): analysts, network managers and ADMIN (@clea/schema's capabilities, `report.use`). */
export const savedReportRoutes: RouteRecordRaw[] = [
  {
    path: "/rapports/enregistres",
    name: "saved-reports",
    component: () => import("./views/SavedReportsView.vue"),
    meta: { titleKey: "savedReport.title", capability: "report.use" },
  },
  {
    path: "/rapports/enregistres/:id",
    name: "saved-report",
    component: () => import("./views/SavedReportView.vue"),
    meta: { titleKey: "savedReport.title", capability: "report.use" },
  },
];
