import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cookieParser from "cookie-parser";
import express from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { DataSource } from "typeorm";
import { ErrorCode, type FieldProblem } from "@clea/schema";
import { authenticate, clientIp, trustProxyFromEnv } from "./auth/authenticate.js";
import { RequestContext } from "./context.js";
import { corsMiddleware, corsOriginsFromEnv } from "./cors.js";
import { DomainError } from "./errors.js";
import { armorProtection, costAndIntrospectionPlugin, graphqlLimitsFromEnv, tokenLimit, type GraphqlLimits } from "./graphql-limits.js";
import { INTERNAL_MESSAGE, restErrorHandler } from "./http-errors.js";
import { jsonBody } from "./json-body.js";
import { assertEveryRouteHasADoor, restDoor } from "./rest-door.js";
import { logger } from "./logger.js";
import { personalDataAuditPlugin } from "./personal-data.js";
import { getSchema } from "./schema.js";

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** class-validator errors → our field problems, with the nested path of each field. */
function validationProblems(errors: ValidationErrorLike[], prefix = ""): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...validationProblems(e.children ?? [], field)];
  });
}

/** Codes whose message the client may read as is; anything else is masked. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

function isClientError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) return true;
  if ((original as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors) return true;
  const code = (error as GraphQLError)?.extensions?.code as string | undefined;
  return Boolean(code && CLIENT_CODES.has(code));
}

/**
 * What a client sees of an error: our refusals and validation problems as they are, anything
 * else masked (no stack, SQL or host name); the request id is added by the plugin below.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const validationErrors = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors;
  if (validationErrors) {
    const problems = validationProblems(validationErrors);
    return {
      message: problems.map((p) => p.message).join(" ") || "Saisie invalide.",
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, problems, field: problems[0]?.field },
    };
  }
  if (original instanceof DomainError) return { message: original.message, path: formatted.path, extensions: original.extensions };
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: INTERNAL_MESSAGE + ".", path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** A REST router of a feature, mounted under `path` (given by the composition root, apps/api/src/app/routes.ts). */
export interface AppRoute {
  path: string;
  router: (ds: DataSource) => express.RequestHandler;
}

export interface AppOptions {
  ds: DataSource;
  /** The features' REST routes, mounted after GraphQL and before the SPA. */
  routes?: readonly AppRoute[];
  production?: boolean;
  adminDist?: string;
  /** Operation limits; default: from the environment (core/graphql-limits.ts). */
  limits?: Partial<GraphqlLimits>;
  /** Origins allowed cross-origin; default: CORS_ORIGINS (none when unset). */
  corsOrigins?: string[];
}

/** The HTTP application: GraphQL on /graphql, health probes, and the admin SPA on /. */
export async function createApp({
  ds,
  routes = [],
  production = false,
  adminDist,
  limits: limitOptions,
  corsOrigins = corsOriginsFromEnv(),
}: AppOptions) {
  const limits: GraphqlLimits = { ...graphqlLimitsFromEnv(), blockSuggestions: production, ...limitOptions };
  const armor = armorProtection(limits);
  const requestIdPlugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const err of errors)
            if (!isClientError(err))
              logger.error({ err: err.originalError ?? err, requestId: contextValue.requestId, path: err.path }, "unexpected error");
        },
        async willSendResponse({ response }) {
          response.http.headers.set("x-request-id", contextValue.requestId);
          if (response.body.kind !== "single") return;
          for (const e of response.body.singleResult.errors ?? []) {
            if (e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              Object.assign(e, { message: `${INTERNAL_MESSAGE} : ${contextValue.requestId}.` });
              Object.assign(e.extensions, { requestId: contextValue.requestId });
            }
          }
        },
      };
    },
  };
  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    hideSchemaDetailsFromClientErrors: production,
    formatError,
    validationRules: armor.validationRules,
    // Cache hints are not used (every answer depends on its caller); the default
    // cache-control plugin would wrap every field resolver of every row.
    plugins: [
      requestIdPlugin,
      personalDataAuditPlugin,
      ...armor.plugins,
      costAndIntrospectionPlugin(limits),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxyFromEnv());
  app.use(corsMiddleware(corsOrigins));
  app.get("/healthz", restDoor(ds, "GET /healthz"), (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", restDoor(ds, "GET /readyz"), async (_req, res) => {
    try {
      await ds.query("SELECT 1");
      const pending = await ds.showMigrations();
      if (pending) res.status(503).json({ status: "migrations pending" });
      else res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });
  app.use(
    "/graphql",
    jsonBody("1mb"),
    cookieParser(),
    tokenLimit(limits),
    expressMiddleware(apollo, {
      // The principal comes from the bearer token (core/auth/authenticate.ts); none = anonymous.
      context: async ({ req, res }) =>
        new RequestContext(ds, (req.headers["x-request-id"] as string) || randomUUID(), ds.manager, await authenticate(ds, req), {
          req,
          res,
          ip: clientIp(req),
        }),
    }),
  );
  for (const route of routes) app.use(route.path, route.router(ds));
  if (adminDist && existsSync(join(adminDist, "index.html"))) {
    app.use(express.static(adminDist, { index: false, maxAge: "1h" }));
    app.get("/{*splat}", restDoor(ds, "GET /{*splat}"), (_req, res) => {
      res.sendFile(join(adminDist, "index.html"));
    });
  }
  // One error mapping for every route above but GraphQL's own answers: refusals with their
  // code's status, body parsers' refusals in French, anything else masked and logged (core/http-errors.ts).
  app.use(restErrorHandler);
  // Every route has its door in the capability table, or the server does not start.
  assertEveryRouteHasADoor(app);

  return {
    app,
    apollo,
    /** Listens on `port`; fails when it cannot (the port is taken…). */
    listen(port: number, host = "0.0.0.0"): Promise<Server> {
      return new Promise((resolve, reject) => {
        const server = createServer(app);
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve(server);
        });
      });
    },
  };
}
