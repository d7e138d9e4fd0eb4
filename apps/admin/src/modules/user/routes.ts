import type { RouteRecordRaw } from "vue-router";

/** Users: ADMIN (everyone) and NETWORK_MANAGER (users of their networks). */
export const userRoutes: RouteRecordRaw[] = [
  {
    path: "/utilisateurs",
    name: "users",
    component: () => import("./views/UserListView.vue"),
    meta: { titleKey: "titles.users", capability: "user.manage" },
  },
  {
    path: "/utilisateurs/inviter",
    name: "user-invite",
    component: () => import("./views/UserInviteView.vue"),
    meta: { titleKey: "titles.userInvite", capability: "user.manage" },
  },
  {
    path: "/utilisateurs/:id",
    name: "user",
    component: () => import("./views/UserDetailView.vue"),
    props: true,
    meta: { titleKey: "titles.user", capability: "user.manage" },
  },
];
