import type { RouteRecordRaw } from "vue-router";

/** Organisations (an organisation always belongs to one network; it is created from its network's page). */
export const organisationRoutes: RouteRecordRaw[] = [
  {
    path: "/reseaux/:networkId/organismes/nouveau",
    name: "organisation-new",
    component: () => import("./views/OrganisationFormView.vue"),
    props: true,
    meta: { titleKey: "titles.organisationNew", capability: "network.configure" },
  },
  {
    path: "/organismes/:id",
    name: "organisation",
    component: () => import("./views/OrganisationDetailView.vue"),
    props: true,
    meta: { titleKey: "titles.organisation", capability: "organisation.read" },
  },
  {
    path: "/organismes/:id/modifier",
    name: "organisation-edit",
    component: () => import("./views/OrganisationFormView.vue"),
    props: true,
    meta: { titleKey: "titles.organisationEdit", capability: "network.configure" },
  },
];
