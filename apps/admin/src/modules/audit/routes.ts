import type { RouteRecordRaw } from "vue-router";

/** The audit trail: ADMIN (all events) and NETWORK_MANAGER (their networks' events). */
export const auditRoutes: RouteRecordRaw[] = [
  {
    path: "/journal",
    name: "audit",
    component: () => import("./views/AuditView.vue"),
    meta: { titleKey: "titles.audit", capability: "audit.read" },
  },
];
