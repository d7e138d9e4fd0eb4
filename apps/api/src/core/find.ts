import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { RequestContext } from "./context.js";
import { InputError, NotFoundError } from "./errors.js";
import { loadById } from "./loaders.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * A row by id through the request's loader, or NOT_FOUND (also for an id that is not a UUID,
 * which PostgreSQL would otherwise refuse with an internal error).
 */
export async function findOrFail<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  const row = isUuid(id) ? await loadById(ctx, entity, id) : undefined;
  if (!row) throw new NotFoundError(what);
  return row;
}

/** An id used as a list filter must be a UUID; otherwise a clear BAD_USER_INPUT naming the argument. */
export function assertIdFilter(field: string, id: string | null | undefined): void {
  if (id != null && !isUuid(id)) throw new InputError([{ field, message: "Identifiant invalide." }]);
}
