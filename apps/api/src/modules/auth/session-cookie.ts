import type { CookieOptions } from "express";
import type { RequestContext } from "../../core/context.js";

/**
 * The refresh token travels only in this cookie: HttpOnly (no script reads it), SameSite=Strict
 * (no other site sends it), Secure in production, and sent only to /graphql. The access token is
 * kept in memory by the SPA and sent as `Authorization: Bearer`.
 */
export const REFRESH_COOKIE = "clea_refresh";

function options(): CookieOptions {
  return { httpOnly: true, sameSite: "strict", secure: process.env.NODE_ENV === "production", path: "/graphql" };
}

export function setRefreshCookie(ctx: RequestContext, token: string, expiresAt: Date): void {
  ctx.http?.res.cookie(REFRESH_COOKIE, token, { ...options(), expires: expiresAt });
}

export function clearRefreshCookie(ctx: RequestContext): void {
  ctx.http?.res.clearCookie(REFRESH_COOKIE, options());
}

export function readRefreshCookie(ctx: RequestContext): string | undefined {
  const cookies = (ctx.http?.req as { cookies?: Record<string, unknown> } | undefined)?.cookies;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === "string" && value ? value : undefined;
}
