import { Field, InputType, registerEnumType, type ClassType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { ErrorCode } from "@clea/schema";
import { DomainError } from "./errors.js";
import { encodeCursor, lazyCount, pageWindow, type ConnectionShape, type PageArgs } from "./list.js";

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

export interface OrderFieldSpec {
  /**
   * SQL of the sort value on the row's alias, for the direction asked; must never be NULL
   * (`missingLast`), or keysets break. Cursors carry the value as the database computed it (one
   * source of truth).
   */
  sql: (alias: string, direction: SortDirection) => string;
  description: string;
}

export interface OrderTerm {
  field: string;
  direction: SortDirection;
}

export interface OrderDefinition {
  /** The GraphQL input `<Name>Order` ({ field: <Name>OrderField, direction }). */
  input: ClassType<OrderTerm>;
  fields: Record<string, OrderFieldSpec>;
  /** Used when the caller gives no `orderBy` (the id is added after it). */
  defaultOrder: readonly OrderTerm[];
}

export const MAX_ORDER_TERMS = 3;

/** The sort value of an instant column, to the millisecond (as cursors and JavaScript dates hold it). */
export const instantOrder = (column: string) => (alias: string) => `date_trunc('milliseconds', ${alias}."${column}")`;

/**
 * The sort value of a date or instant that may be missing: rows without one come last in either
 * direction (`infinity` going up, `-infinity` going down), never NULL.
 */
export const missingLast = (value: (alias: string) => string, type: "date" | "timestamptz") => (alias: string, direction: SortDirection) =>
  `COALESCE(${value(alias)}, '${direction === SortDirection.DESC ? "-" : ""}infinity'::${type})`;

export function defineOrder(name: string, fields: Record<string, OrderFieldSpec>, defaultOrder: readonly OrderTerm[]): OrderDefinition {
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

/** A cursor: every sort value, then the row's key (its id, or the columns of a composite key), as text. */
function decode(cursor: string, size: number, keySize: number, field: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString());
    if (Array.isArray(v) && v.length === size + keySize && v.every((k) => typeof k === "string")) return v;
  } catch {
    /* fall through */
  }
  throw new DomainError(ErrorCode.BAD_USER_INPUT, "Curseur de pagination invalide (ou d'un autre tri).", { field });
}

/**
 * Rows after (or before) a cursor in the order `terms` + id: the lexicographic comparison spelled
 * out term by term, so that each term may have its own direction.
 */
function keysetCondition(
  cols: string[],
  dirs: SortDirection[],
  values: unknown[],
  after: boolean,
  param: string,
): { sql: string; params: Record<string, unknown> } {
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
 * Pages a filtered query in the order asked (`orderBy`, or the definition's default), the row's
 * key last (`id`, or the columns of a composite primary key). The total counts the filtered rows,
 * all pages included, when asked for.
 */
export async function paginateOrdered<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  definition: OrderDefinition,
  orderBy: readonly OrderTerm[] | null | undefined,
  key: readonly string[] = ["id"],
): Promise<ConnectionShape<T>> {
  const terms = orderBy?.length ? orderBy : definition.defaultOrder;
  if (terms.length > MAX_ORDER_TERMS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Au plus ${MAX_ORDER_TERMS} critères de tri.`, { field: "orderBy" });
  if (new Set(terms.map((t) => t.field)).size !== terms.length)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Chaque critère de tri ne peut paraître qu'une fois.", { field: "orderBy" });
  const a = qb.alias;
  const specs = terms.map((t) => definition.fields[t.field]!);
  const last = terms.at(-1)?.direction ?? SortDirection.ASC;
  const cols = [...specs.map((s, i) => s.sql(a, terms[i]!.direction)), ...key.map((k) => `${a}."${k}"`)];
  const dirs = [...terms.map((t) => t.direction), ...key.map(() => last)];
  const { backwards, size } = pageWindow(args);

  const count = lazyCount(qb);
  const page = qb.clone();
  if (args.after) {
    const k = keysetCondition(cols, dirs, decode(args.after, specs.length, key.length, "after"), true, "ordA");
    page.andWhere(k.sql, k.params);
  }
  if (args.before) {
    const k = keysetCondition(cols, dirs, decode(args.before, specs.length, key.length, "before"), false, "ordB");
    page.andWhere(k.sql, k.params);
  }
  // Every sort value and key column is selected under an alias that TypeORM orders by, and as the
  // text the database writes it, which the cursor carries and the database reads back exactly
  // (no time zone or number conversion in between). Parenthesised: TypeORM would read a bare
  // `alias.column` as a partial selection of the entity.
  page.orderBy();
  cols.forEach((c, i) => {
    page.addSelect(`(${c})`, `ord_${i}`).addSelect(`(${c})::text`, `cur_${i}`);
    page.addOrderBy(`ord_${i}`, backwards ? (dirs[i] === "ASC" ? "DESC" : "ASC") : dirs[i]!);
  });
  page.take(undefined).limit(size + 1);
  const { entities: rows, raw } = await page.getRawAndEntities();
  const more = rows.length > size;
  if (more) {
    rows.pop();
    raw.pop();
  }
  if (backwards) {
    rows.reverse();
    raw.reverse();
  }
  const edges = rows.map((node, r) => ({ cursor: encodeCursor(cols.map((_, i) => raw[r][`cur_${i}`] as string)), node }));
  return {
    edges,
    get totalCount() {
      return count.totalCount;
    },
    pageInfo: {
      hasNextPage: backwards ? Boolean(args.before) : more,
      hasPreviousPage: backwards ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
