import type { RouteRecordRaw } from "vue-router";

export const referentialRoutes: RouteRecordRaw[] = [
  {
    path: "/referentiels",
    name: "referentials",
    component: () => import("./views/ReferentialView.vue"),
    meta: { titleKey: "titles.referentials" },
  },
];
