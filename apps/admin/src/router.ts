import { createRouter, createWebHistory, type RouteRecordRaw } from "vue-router";
import { establishmentRoutes } from "./modules/establishment/routes.ts";
import { networkRoutes } from "./modules/network/routes.ts";
import { referentialRoutes } from "./modules/referential/routes.ts";

declare module "vue-router" {
  interface RouteMeta {
    /** i18n key of the page title (document.title). */
    titleKey?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: "/", redirect: { name: "referentials" } },
  ...referentialRoutes,
  ...networkRoutes,
  ...establishmentRoutes,
  {
    path: "/:pathMatch(.*)*",
    name: "not-found",
    component: () => import("./components/NotFoundView.vue"),
    meta: { titleKey: "titles.notFound" },
  },
];

export function createAppRouter() {
  return createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
}
