import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { RequestContext } from "./context.js";
import { applyScope } from "./scope.js";

/**
 * Generic request-scoped loaders, so that a relation costs one statement per query level, never
 * one per row. Every one of them applies the caller's scope (core/scope.ts): a relation or a count
 * never shows a row the caller could not read directly.
 */

/** Rows by primary key (`id`); a missing id resolves to undefined. */
export function loadById<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | undefined> {
  const name = typeof entity === "function" ? entity.name : String(entity);
  return ctx
    .loader<string, T | undefined>(`byId:${name}`, async (ids) => {
      const qb = ctx.em
        .getRepository(entity)
        .createQueryBuilder("t")
        .where("t.id IN (:...ids)", { ids: [...ids] });
      const rows = await applyScope(ctx, qb, entity).getMany();
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((i) => map.get(i));
    })
    .load(id);
}

/**
 * Children of a parent by a foreign key column, ordered. `entity` may be given by its class name
 * (the same loader as with the class): a module reads the children another module owns without
 * importing it when that module already depends on it (docs/architecture.md, "Boundaries").
 */
export function loadChildren<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: (EntityTarget<T> & { name: string }) | string,
  foreignKey: keyof T & string,
  parentId: string,
  order: Partial<Record<keyof T & string, "ASC" | "DESC">> = {},
): Promise<T[]> {
  const name = typeof entity === "string" ? entity : entity.name;
  return ctx
    .loader<string, T[]>(`children:${name}.${foreignKey}`, async (ids) => {
      const qb = ctx.em
        .getRepository(entity)
        .createQueryBuilder("t")
        .where(`t."${foreignKey}" IN (:...ids)`, { ids: [...ids] });
      for (const [column, dir] of Object.entries(order)) qb.addOrderBy(`t."${column}"`, dir as "ASC" | "DESC");
      const rows = await applyScope(ctx, qb, entity).getMany();
      const groups = new Map<string, T[]>(ids.map((i) => [i, []]));
      for (const r of rows) groups.get(r[foreignKey] as string)?.push(r);
      return ids.map((i) => groups.get(i)!);
    })
    .load(parentId);
}

/** Count of children per parent by a foreign key column. */
export function loadChildCount<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T> & { name: string },
  foreignKey: keyof T & string,
  parentId: string,
): Promise<number> {
  return ctx
    .loader<string, number>(`count:${entity.name}.${foreignKey}`, async (ids) => {
      const qb = ctx.em
        .getRepository(entity)
        .createQueryBuilder("t")
        .select(`t."${foreignKey}"`, "key")
        .addSelect("count(*)", "n")
        .where(`t."${foreignKey}" IN (:...ids)`, { ids: [...ids] })
        .groupBy(`t."${foreignKey}"`);
      const rows: { key: string; n: string }[] = await applyScope(ctx, qb, entity).getRawMany();
      const map = new Map(rows.map((r) => [r.key, Number(r.n)]));
      return ids.map((i) => map.get(i) ?? 0);
    })
    .load(parentId);
}
