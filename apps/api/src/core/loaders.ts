import { In, type EntityTarget, type ObjectLiteral } from "typeorm";
import type { RequestContext } from "./context.js";

/**
 * Generic request-scoped loaders, so that a relation costs one statement per query level, never
 * one per row.
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
      const rows = await ctx.em.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((i) => map.get(i));
    })
    .load(id);
}

/** Children of a parent by a foreign key column, ordered. */
export function loadChildren<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T> & { name: string },
  foreignKey: keyof T & string,
  parentId: string,
  order: Partial<Record<keyof T & string, "ASC" | "DESC">> = {},
): Promise<T[]> {
  return ctx
    .loader<string, T[]>(`children:${entity.name}.${foreignKey}`, async (ids) => {
      const rows = await ctx.em.getRepository(entity).find({
        where: { [foreignKey]: In([...ids]) } as never,
        order: order as never,
      });
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
      const rows: { key: string; n: string }[] = await ctx.em
        .getRepository(entity)
        .createQueryBuilder("t")
        .select(`t."${foreignKey}"`, "key")
        .addSelect("count(*)", "n")
        .where(`t."${foreignKey}" IN (:...ids)`, { ids: [...ids] })
        .groupBy(`t."${foreignKey}"`)
        .getRawMany();
      const map = new Map(rows.map((r) => [r.key, Number(r.n)]));
      return ids.map((i) => map.get(i) ?? 0);
    })
    .load(parentId);
}
