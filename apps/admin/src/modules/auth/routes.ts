import type { RouteRecordRaw } from "vue-router";

/** Sign-in and invitation are the only pages reachable without a session. */
export const authRoutes: RouteRecordRaw[] = [
  {
    path: "/connexion",
    name: "sign-in",
    component: () => import("./views/SignInView.vue"),
    meta: { titleKey: "titles.signIn", public: true },
  },
  {
    path: "/invitation/:token",
    name: "invitation",
    component: () => import("./views/InvitationView.vue"),
    props: true,
    meta: { titleKey: "titles.invitation", public: true },
  },
  {
    path: "/mon-compte/mot-de-passe",
    name: "change-password",
    component: () => import("./views/ChangePasswordView.vue"),
    meta: { titleKey: "titles.changePassword" },
  },
];
