/**
 * The REST routes' doors (`restDoors` of the capability table, packages/schema): `restDoor(ds, key)`
 * is the first handler of every route. It authenticates the caller, checks the route's capability
 * (UNAUTHENTICATED / FORBIDDEN through the one REST error mapping, core/http-errors.ts) and leaves
 * the request context for the route (`restContext(res)`). `assertEveryRouteHasADoor(app)` walks
 * the Express app at start-up and refuses to serve a route without one, or one whose door is not
 * its own method and path.
 */
import type { Application, NextFunction, Request, RequestHandler, Response } from "express";
import type { DataSource } from "typeorm";
import { capabilities, restDoors, type RestDoor } from "@clea/schema";
import { authenticate, clientIp } from "./auth/authenticate.js";
import { RequestContext } from "./context.js";
import { requestIdOf } from "./http-errors.js";
import { assertCan } from "./permissions.js";

const DOOR = Symbol("clea.restDoor");
type DoorHandler = RequestHandler & { [DOOR]: RestDoor };

export function restDoor(ds: DataSource, door: RestDoor): RequestHandler {
  const capability = restDoors[door];
  const handler = (async (req: Request, res: Response, next: NextFunction) => {
    try {
      const principal = capabilities[capability].who === "PUBLIC" ? undefined : await authenticate(ds, req);
      const ctx = new RequestContext(ds, requestIdOf(req, res), ds.manager, principal, { req, res, ip: clientIp(req) });
      assertCan(ctx, capability);
      res.locals.clea = ctx;
      next();
    } catch (e) {
      next(e);
    }
  }) as DoorHandler;
  handler[DOOR] = door;
  return handler;
}

/** The context `restDoor` made for this request (the caller is authenticated and allowed). */
export function restContext(res: Response): RequestContext {
  const ctx = res.locals.clea as RequestContext | undefined;
  if (!ctx) throw new Error("restContext: the route has no restDoor in front of it");
  return ctx;
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: Function }[] };
  handle?: Function & { stack?: Layer[] };
}

/** Every route of `app` with the door in front of it (or none). */
export function routesOf(app: Application): { method: string; path: string; door: RestDoor | null }[] {
  const found: { method: string; path: string; door: RestDoor | null }[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const door = (layer.route.stack[0]?.handle as Partial<DoorHandler> | undefined)?.[DOOR] ?? null;
        for (const method of Object.keys(layer.route.methods)) found.push({ method: method.toUpperCase(), path: layer.route.path, door });
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router?.stack ?? []);
  return found;
}

/** Throws (the server does not start) when a route has no door, or a door that is not its own. */
export function assertEveryRouteHasADoor(app: Application): void {
  const problems = routesOf(app)
    .filter(({ method, path, door }) => {
      if (!door) return true;
      const [doorMethod, doorPath] = door.split(" ") as [string, string];
      return doorMethod !== method || !doorPath.endsWith(path);
    })
    .map(
      ({ method, path, door }) => `${method} ${path} : ${door ? `porte « ${door} » qui n'est pas la sienne` : "aucune porte (restDoors)"}`,
    );
  if (problems.length)
    throw new Error(
      `Routes REST sans entrée dans la table des capacités (packages/schema/src/capabilities.ts) :\n- ${problems.join("\n- ")}`,
    );
}
