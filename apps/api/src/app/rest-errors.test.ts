/**
 * One error mapping for every REST route (core/http-errors.ts): each route of the app (./routes.ts), found by
 * walking Express's router, answers a refusal and an unexpected failure with the same body shape
 * and the status of the code; the unexpected one is masked (request id only) and logged.
 */
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type express from "express";
import { ErrorCode } from "@clea/schema";
import { DomainError } from "../core/errors.js";
import { HTTP_STATUS, httpError, withHttpStatus } from "../core/http-errors.js";
import { logger } from "../core/logger.js";
import { createTestApi, type TestApi } from "../test/helpers.js";
import { createApp } from "./index.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

interface RestRoute {
  /** `METHOD /mount/path` as Express knows it. */
  route: string;
  /** A concrete URL of the route. */
  url: string;
  body?: string;
  contentType?: string;
  /** What a signed-in ADMIN gets for `url`: a refusal of the route itself. */
  refused: { status: number; code: ErrorCode };
}

const ROUTES: RestRoute[] = [
  {
    route: "POST /imports/:kind",
    url: "/imports/nothing?networkId=x&dryRun=true",
    body: "a;b\n",
    contentType: "text/csv",
    refused: { status: 404, code: "NOT_FOUND" },
  },
  { route: "GET /certificates/:file", url: "/certificates/CLEA-0000-0000-0000-0000.pdf", refused: { status: 404, code: "NOT_FOUND" } },
  { route: "GET /exports/jobs/:id/file", url: `/exports/jobs/${randomUUID()}/file`, refused: { status: 404, code: "NOT_FOUND" } },
  {
    route: "POST /exports/:file",
    url: "/exports/nothing.csv",
    body: "{}",
    contentType: "application/json",
    refused: { status: 404, code: "NOT_FOUND" },
  },
  { route: "GET /exports/:file", url: "/exports/nothing.csv", refused: { status: 404, code: "NOT_FOUND" } },
];

/** Every `METHOD /mount/path` of the routers mounted on the app (the REST routes). */
function restRoutesOf(app: express.Express): string[] {
  interface Layer {
    rawPath?: string;
    route?: { path: string; methods: Record<string, boolean> };
    handle: { stack?: Layer[] };
  }
  const stack = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  return stack.flatMap((mount) =>
    (mount.handle.stack ?? []).flatMap((layer) =>
      layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${mount.rawPath}${layer.route!.path}`) : [],
    ),
  );
}

async function call(r: RestRoute, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.baseUrl}${r.url}`, {
    method: r.route.split(" ")[0],
    headers: { ...(r.contentType ? { "content-type": r.contentType } : {}), ...headers },
    body: r.body,
  });
  return { res, body: (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] } };
}

/** The one body shape: `{ errors: [{ message, extensions: { code, … } }] }`, a French message, the request id header. */
function expectErrorShape(res: Response, body: unknown, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.headers.get("x-request-id")).toBeTruthy();
  expect(Object.keys(body as object)).toEqual(["errors"]);
  const errors = (body as { errors: unknown[] }).errors;
  expect(errors).toHaveLength(1);
  expect(errors[0]).toEqual({ message: expect.any(String), extensions: expect.objectContaining({ code }) });
}

describe("every REST route answers errors the same way", () => {
  it("the table covers every REST route of the app", async () => {
    const { app, apollo } = await createApp({ ds: api.ds });
    try {
      expect(restRoutesOf(app).sort()).toEqual(ROUTES.map((r) => r.route).sort());
    } finally {
      await apollo.stop();
    }
  });

  it.each(ROUTES)("$route: a caller without a session is refused (401 UNAUTHENTICATED)", async (r) => {
    const { res, body } = await call(r);
    expectErrorShape(res, body, 401, "UNAUTHENTICATED");
    expect(body.errors[0]!.message).toMatch(/connecté/);
  });

  it.each(ROUTES)("$route: a refusal of the route has its code's status", async (r) => {
    const { res, body } = await call(r, api.admin!.headers);
    expectErrorShape(res, body, r.refused.status, r.refused.code);
    expect(body.errors[0]!.message).toMatch(/inconnu|introuvable/);
  });

  it.each(ROUTES)("$route: an unexpected failure is masked with the request id, and logged", async (r) => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    vi.spyOn(api.ds, "query").mockRejectedValue(new Error('relation "secret_table" does not exist at db.internal:5432'));
    const requestId = `req-${randomUUID()}`;
    const { res, body } = await call(r, { ...api.admin!.headers, "x-request-id": requestId });
    expectErrorShape(res, body, 500, "INTERNAL_SERVER_ERROR");
    expect(res.headers.get("x-request-id")).toBe(requestId);
    expect(body.errors[0]).toEqual({
      message: `Erreur interne. Si elle persiste, communiquez au support l'identifiant de la requête : ${requestId}.`,
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    });
    expect(JSON.stringify(body)).not.toMatch(/secret_table|db\.internal|stack/);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ requestId, err: expect.any(Error) }), "unexpected error");
  });

  it("a body the parser refuses is a French BAD_USER_INPUT, not an HTML page", async () => {
    const r = ROUTES.find((x) => x.route === "POST /exports/:file")!;
    const { res, body } = await call({ ...r, url: "/exports/report.csv", body: "{ pas du JSON" }, api.admin!.headers);
    expectErrorShape(res, body, 400, "BAD_USER_INPUT");
    expect(body.errors[0]!.message).toBe("Le corps de la requête n'est pas un JSON valide.");
  });
});

describe("httpError", () => {
  it("gives every stable code a status: refusals 4xx, the masked error 500", () => {
    for (const code of Object.values(ErrorCode)) {
      const status = HTTP_STATUS[code];
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) expect(status).toBe(500);
      else expect([Math.floor(status / 100), code]).toEqual([4, code]);
    }
  });

  it("sends Retry-After for a refusal that says when to retry, and keeps a thrower's more precise status", () => {
    const limited = httpError(new DomainError(ErrorCode.RATE_LIMITED, "Trop de tentatives.", { retryAfterSeconds: 42 }), "r1");
    expect(limited).toMatchObject({ status: 429, headers: { "retry-after": "42" }, expected: true });
    const tooLarge = httpError(withHttpStatus(new DomainError(ErrorCode.BAD_USER_INPUT, "Trop grand."), 413), "r2");
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({ errors: [{ message: "Trop grand.", extensions: { code: "BAD_USER_INPUT" } }] });
    expect(httpError(new Error("boom"), "r3")).toMatchObject({ status: 500, expected: false });
  });
});
