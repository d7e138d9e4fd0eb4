import { Field, InputType, registerEnumType, type ClassType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { ErrorCode } from "@clea/schema";
import { DomainError } from "./errors.js";
import { encodeCursor, pageWindow, type ConnectionShape, type PageArgs } from "./list.js";

/**
 * `orderBy` for lists: a list of (field, direction) chosen among the fields a collection declares,
 * always completed by the row's id as a unique tie-break, paged with keyset cursors that hold every
 * sort value (stable under inserts, `first`/`after` and `last`/`before`). See docs/adr/0013.
 */
export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
registerEnumType(SortDirection, {
  name: "SortDirection",
  valuesConfig: { ASC: { description: "Croissant" }, DESC: { description: "Décroissant" } },
});

export interface OrderFieldSpec<T> {
  /** SQL of the sort value on the row's alias; must never be NULL (COALESCE it), or keysets break. */
  sql: (alias: string) => string;
  /** The same value read from a loaded row (for the cursor). */
  value: (row: T) => string | number | Date;
  description: string;
}

export interface OrderTerm {
  field: string;
  direction: SortDirection;
}

export interface OrderDefinition<T> {
  /** The GraphQL input `<Name>Order` ({ field: <Name>OrderField, direction }). */
  input: ClassType<OrderTerm>;
  fields: Record<string, OrderFieldSpec<T>>;
  /** Used when the caller gives no `orderBy` (the id is added after it). */
  defaultOrder: readonly OrderTerm[];
}

export const MAX_ORDER_TERMS = 3;

export function defineOrder<T>(name: string, fields: Record<string, OrderFieldSpec<T>>, defaultOrder: readonly OrderTerm[]): OrderDefinition<T> {
  const values = Object.fromEntries(Object.keys(fields).map((k) => [k, k]));
  registerEnumType(values, {
    name: `${name}OrderField`,
    valuesConfig: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, { description: f.description }])),
  });
  @InputType(`${name}Order`, { description: `Un critère de tri de ${name} (l'identifiant départage toujours en dernier)` })
  class Order implements OrderTerm {
    @Field(() => values)
    field: string;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction: SortDirection;
  }
  return { input: Order, fields, defaultOrder };
}

/** A cursor with every sort value, then the id. */
function decode(cursor: string, size: number, field: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString());
    if (Array.isArray(v) && v.length === size + 1 && typeof v[size] === "string") return v;
  } catch {
    /* fall through */
  }
  throw new DomainError(ErrorCode.BAD_USER_INPUT, "Curseur de pagination invalide (ou d'un autre tri).", { field });
}

/**
 * Rows after (or before) a cursor in the order `terms` + id: the lexicographic comparison spelled
 * out term by term, so that each term may have its own direction.
 */
function keysetCondition(cols: string[], dirs: SortDirection[], values: unknown[], after: boolean, param: string): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const alternatives: string[] = [];
  for (let i = 0; i < cols.length; i++) {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      parts.push(`${cols[j]} = :${param}${j}`);
    }
    const ascending = dirs[i] === "ASC";
    parts.push(`${cols[i]} ${ascending === after ? ">" : "<"} :${param}${i}`);
    alternatives.push(`(${parts.join(" AND ")})`);
    params[`${param}${i}`] = values[i];
  }
  return { sql: `(${alternatives.join(" OR ")})`, params };
}

/**
 * Pages a filtered query in the order asked (`orderBy`, or the definition's default), the id last.
 * The total counts the filtered rows, all pages included.
 */
export async function paginateOrdered<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  definition: OrderDefinition<T>,
  orderBy: readonly OrderTerm[] | null | undefined,
): Promise<ConnectionShape<T>> {
  const terms = orderBy?.length ? orderBy : definition.defaultOrder;
  if (terms.length > MAX_ORDER_TERMS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Au plus ${MAX_ORDER_TERMS} critères de tri.`, { field: "orderBy" });
  if (new Set(terms.map((t) => t.field)).size !== terms.length)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Chaque critère de tri ne peut paraître qu'une fois.", { field: "orderBy" });
  const a = qb.alias;
  const specs = terms.map((t) => definition.fields[t.field]!);
  const cols = [...specs.map((s) => s.sql(a)), `${a}.id`];
  const dirs = [...terms.map((t) => t.direction), terms.at(-1)?.direction ?? SortDirection.ASC];
  const { backwards, size } = pageWindow(args);

  const totalCount = await qb.clone().orderBy().getCount();
  const page = qb.clone();
  if (args.after) {
    const k = keysetCondition(cols, dirs, decode(args.after, specs.length, "after"), true, "ordA");
    page.andWhere(k.sql, k.params);
  }
  if (args.before) {
    const k = keysetCondition(cols, dirs, decode(args.before, specs.length, "before"), false, "ordB");
    page.andWhere(k.sql, k.params);
  }
  // Sort expressions are selected under aliases so that TypeORM can order by them.
  page.orderBy();
  cols.forEach((c, i) => {
    const dir = backwards ? (dirs[i] === "ASC" ? "DESC" : "ASC") : dirs[i]!;
    if (i < specs.length) {
      // Parenthesised: TypeORM would read a bare `alias.column` as a partial selection of the entity.
      page.addSelect(`(${c})`, `ord_${i}`);
      page.addOrderBy(`ord_${i}`, dir);
    } else page.addOrderBy(c, dir);
  });
  page.take(undefined).limit(size + 1);
  const rows = await page.getMany();
  const more = rows.length > size;
  if (more) rows.pop();
  if (backwards) rows.reverse();
  const edges = rows.map((node) => {
    const v = specs.map((s) => {
      const x = s.value(node);
      return x instanceof Date ? x.toISOString() : x;
    });
    return { cursor: encodeCursor([...v, node.id]), node };
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: backwards ? Boolean(args.before) : more,
      hasPreviousPage: backwards ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
