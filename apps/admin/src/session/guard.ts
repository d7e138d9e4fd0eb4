import type { RouteLocationNormalized, RouteLocationRaw, Router } from "vue-router";
import { can } from "@clea/schema";
import type { Session } from "./session.ts";

/** Only a path of this SPA (never `//evil.example` nor an absolute URL) is followed after sign-in. */
export function safeRedirect(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string" || !v.startsWith("/") || v.startsWith("//") || v.startsWith("/\\")) return null;
  return v;
}

/** The 404 page at the asked address (the URL stays as typed). */
export function notFoundAt(to: RouteLocationNormalized): RouteLocationRaw {
  return { name: "not-found", params: { pathMatch: to.path.substring(1).split("/") }, query: to.query, hash: to.hash };
}

/**
 * Every route needs a session except those marked `meta.public` (sign-in, invitation). The first
 * navigation waits for the session to be restored from the refresh cookie. A signed-in user who
 * may not use a page gets the "introuvable" page, as the API answers NOT_FOUND for what is
 * outside their scope.
 */
export function installSessionGuard(router: Router, session: Pick<Session, "state" | "restore">): void {
  router.beforeEach(async (to) => {
    if (session.state.status === "unknown") await session.restore();
    const user = session.state.user;
    if (to.meta.public) {
      if (to.name === "sign-in" && user) return safeRedirect(to.query.redirect) ?? { name: "dashboard" };
      return true;
    }
    if (!user) return { name: "sign-in", query: to.fullPath === "/" ? {} : { redirect: to.fullPath } };
    if (to.meta.capability && !can(user.roles, to.meta.capability)) return notFoundAt(to);
    return true;
  });
}
