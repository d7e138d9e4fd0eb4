/**
 * Cross-origin access. The admin SPA is served by the API itself (same origin), and in
 * development Vite proxies /graphql, so by default no other origin is allowed: a page elsewhere
 * gets no Access-Control-Allow-Origin and the browser keeps the response from it. CORS_ORIGINS
 * (a comma-separated list of origins) adds origins, e.g. an SPA hosted on another domain.
 * Credentials are allowed for those origins, because the refresh token travels in a cookie.
 */
import cors from "cors";

export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((origin) => {
      let parsed: URL;
      try {
        parsed = new URL(origin);
      } catch {
        throw new Error(`CORS_ORIGINS: "${origin}" is not an origin such as https://admin.example.fr`);
      }
      if (parsed.origin !== origin.replace(/\/$/, ""))
        throw new Error(`CORS_ORIGINS: "${origin}" must be an origin only (scheme, host, port)`);
      return parsed.origin;
    });
}

/** Exact matches only (no patterns, no "*": a wildcard with credentials would open every session). */
export function corsMiddleware(origins: readonly string[]) {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ["GET", "POST"],
    maxAge: 600,
  });
}
