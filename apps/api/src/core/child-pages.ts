/**
 * Connections nested under each row of a page (`networks { organisations(first: 10) }`) must not
 * run `paginate()` once per parent. This loads the page of every parent of the query level in two
 * statements, whatever the number of parents: the counts with one GROUP BY, and the rows with
 * ROW_NUMBER() OVER (PARTITION BY parent). Same cursors and page rules as core/list.ts `paginate()`.
 *
 * Cursors are those of core/list.ts, so a client pages a nested list exactly like a root one.
 */
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "./context.js";
import { applyScope } from "./scope.js";
import { decodeCursor, encodeCursor, pageWindow, type ConnectionShape, type PageArgs } from "./list.js";

export interface ChildPageSpec<T extends ObjectLiteral> {
  entity: EntityTarget<T> & { name: string };
  /** Column holding the parent's id. */
  foreignKey: keyof T & string;
  /** Column the page is ordered by (then `id`). */
  sortColumn: keyof T & string;
  args: PageArgs;
  /** Extra predicate on alias `t`; `key` identifies it, so that only equal filters share a batch. */
  filter?: { key: string; apply: (qb: SelectQueryBuilder<T>) => void };
}

export function loadChildPage<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  spec: ChildPageSpec<T>,
  parentId: string,
): Promise<ConnectionShape<T>> {
  const { entity, foreignKey: fk, args, filter } = spec;
  const name = `page:${entity.name}.${fk}:${JSON.stringify([args.first, args.after, args.last, args.before, filter?.key])}`;
  return ctx.loader<string, ConnectionShape<T>>(name, (parentIds) => pagesOf(ctx, spec, parentIds)).load(parentId);
}

async function pagesOf<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  { entity, foreignKey: fk, sortColumn, args, filter }: ChildPageSpec<T>,
  parentIds: readonly string[],
): Promise<ConnectionShape<T>[]> {
  const { backwards, size } = pageWindow(args);
  const dir = backwards ? "DESC" : "ASC";
  const repo = ctx.em.getRepository(entity);
  const base = (alias: string) => {
    const qb = repo.createQueryBuilder(alias).where(`${alias}."${fk}" IN (:...parentIds)`, { parentIds: [...parentIds] });
    filter?.apply(qb);
    return applyScope(ctx, qb, entity, alias);
  };

  const counts: { key: string; n: string }[] = await base("t")
    .select(`t."${fk}"`, "key")
    .addSelect("count(*)", "n")
    .groupBy(`t."${fk}"`)
    .getRawMany();

  const ranked = base("t")
    .select("t.id", "id")
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY t."${fk}" ORDER BY t."${sortColumn}" ${dir}, t.id ${dir})`, "rn");
  if (args.after) {
    const [v, id] = decodeCursor(args.after, "after");
    ranked.andWhere(`(t."${sortColumn}", t.id) > (:afterV, :afterId)`, { afterV: v, afterId: id });
  }
  if (args.before) {
    const [v, id] = decodeCursor(args.before, "before");
    ranked.andWhere(`(t."${sortColumn}", t.id) < (:beforeV, :beforeId)`, { beforeV: v, beforeId: id });
  }
  const rows = await repo
    .createQueryBuilder("p")
    .where(`p.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rn <= :pageLimit)`)
    .setParameters({ ...ranked.getParameters(), pageLimit: size + 1 })
    .orderBy(`p."${sortColumn}"`, dir)
    .addOrderBy("p.id", dir)
    .getMany();

  const total = new Map(counts.map((c) => [c.key, Number(c.n)]));
  const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(row[fk] as string)?.push(row);
  return parentIds.map((parentId) => {
    const page = byParent.get(parentId)!;
    const more = page.length > size;
    if (more) page.pop();
    if (backwards) page.reverse();
    const edges = page.map((node) => ({ cursor: encodeCursor([node[sortColumn], node.id]), node }));
    return {
      edges,
      totalCount: total.get(parentId) ?? 0,
      pageInfo: {
        hasNextPage: backwards ? Boolean(args.before) : more,
        hasPreviousPage: backwards ? more : Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  });
}
