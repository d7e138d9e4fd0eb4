import { createRouter, createWebHistory, type RouteRecordRaw } from "vue-router";
import { auditRoutes } from "./modules/audit/routes.ts";
import { authRoutes } from "./modules/auth/routes.ts";
import { candidateRoutes } from "./modules/candidate/routes.ts";
import { certificateRoutes } from "./modules/certificate/routes.ts";
import { dashboardRoutes } from "./modules/dashboard/routes.ts";
import { dossierRoutes } from "./modules/dossier/routes.ts";
import { establishmentRoutes } from "./modules/establishment/routes.ts";
import { explorerRoutes } from "./modules/explorer/routes.ts";
import { exportRoutes } from "./modules/export/routes.ts";
import { importRoutes } from "./modules/import/routes.ts";
import { juryRoutes } from "./modules/jury/routes.ts";
import { networkRoutes } from "./modules/network/routes.ts";
import { organisationRoutes } from "./modules/organisation/routes.ts";
import { referentialRoutes } from "./modules/referential/routes.ts";
import { reportRoutes } from "./modules/report/routes.ts";
import { savedReportRoutes } from "./modules/saved-report/routes.ts";
import { userRoutes } from "./modules/user/routes.ts";
import type { CapabilityName } from "@clea/schema";

declare module "vue-router" {
  interface RouteMeta {
    /** i18n key of the page title (document.title). */
    titleKey?: string;
    /** Reachable without a session (sign-in, invitation). Every other route needs one. */
    public?: boolean;
    /** What the user must be allowed to do (somewhere) to open the page: a capability of @clea/schema's table. */
    capability?: CapabilityName;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: "/", redirect: { name: "dashboard" } },
  ...authRoutes,
  ...dashboardRoutes,
  ...referentialRoutes,
  ...networkRoutes,
  ...organisationRoutes,
  ...establishmentRoutes,
  ...candidateRoutes,
  ...dossierRoutes,
  ...juryRoutes,
  ...certificateRoutes,
  ...importRoutes,
  ...userRoutes,
  ...auditRoutes,
  ...reportRoutes,
  ...savedReportRoutes,
  ...explorerRoutes,
  ...exportRoutes,
  {
    path: "/:pathMatch(.*)*",
    name: "not-found",
    component: () => import("./shared/components/NotFoundView.vue"),
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
