import type { RouteRecordRaw } from "vue-router";

/** Certificates for the staff who see them, and the public verification page (no session needed). */
export const certificateRoutes: RouteRecordRaw[] = [
  {
    path: "/certificats",
    name: "certificates",
    component: () => import("./views/CertificateListView.vue"),
    meta: { titleKey: "juryTitles.certificates", capability: "dossier.read" },
  },
  {
    path: "/certificats/:id",
    name: "certificate",
    component: () => import("./views/CertificateView.vue"),
    props: true,
    meta: { titleKey: "juryTitles.certificate", capability: "dossier.read" },
  },
  {
    path: "/verification",
    name: "verification",
    component: () => import("./views/VerificationView.vue"),
    meta: { titleKey: "juryTitles.verification", public: true },
  },
  {
    path: "/verification/:number",
    name: "verification-number",
    component: () => import("./views/VerificationView.vue"),
    props: true,
    meta: { titleKey: "juryTitles.verification", public: true },
  },
];
