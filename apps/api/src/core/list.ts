import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Max, Min } from "class-validator";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { ErrorCode } from "@clea/schema";
import { DomainError } from "./errors.js";

/**
 * One list convention: Relay connections with keyset cursors (stable under inserts), `first`/
 * `after` and `last`/`before`, a hard page-size cap and the total count of the filtered rows.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: "Position dans une liste paginée" })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Nombre d'éléments après \`after\` (au plus ${MAX_PAGE_SIZE})` })
  @Min(1, { message: "`first` doit être au moins 1." })
  @Max(MAX_PAGE_SIZE, { message: `Une page compte au plus ${MAX_PAGE_SIZE} éléments.` })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Nombre d'éléments avant \`before\` (au plus ${MAX_PAGE_SIZE})` })
  @Min(1, { message: "`last` doit être au moins 1." })
  @Max(MAX_PAGE_SIZE, { message: `Une page compte au plus ${MAX_PAGE_SIZE} éléments.` })
  last?: number;

  @Field(() => String, { nullable: true })
  before?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise when counted on demand (see lazyCount). */
  totalCount: number | Promise<number>;
}

/**
 * The total of a list, counted only if the query asks for `totalCount` (a count over a large
 * scope costs more than the page itself), once per connection.
 */
export function lazyCount<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): { readonly totalCount: Promise<number> } {
  let total: Promise<number> | undefined;
  const counted = qb.clone().orderBy();
  return {
    get totalCount() {
      return (total ??= counted.getCount());
    },
  };
}

/**
 * The same page with each node turned into its read model. Never spread a page (`{ ...page }`):
 * that reads `totalCount` and so runs the count even when the query does not ask for it.
 */
export function mapConnection<T, U>(page: ConnectionShape<T>, view: (node: T) => U): ConnectionShape<U> {
  return {
    edges: page.edges.map(({ cursor, node }) => ({ cursor, node: view(node) })),
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
  };
}

/** Builds the `XConnection` and `XEdge` GraphQL types of an item type. */
export function Connection<T extends object>(Item: ClassType<T>, name = Item.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => Item) node: T;
  }
  @ObjectType(`${name}Connection`, { description: `Liste paginée de ${name}` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType]) edges: Edge<T>[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: "Nombre total d'éléments du filtre, toutes pages comprises" }) totalCount: number;
  }
  return ConnectionType;
}

/** A keyset cursor: the sort value and the id of a row, opaque to clients. */
export const encodeCursor = (v: unknown[]) => Buffer.from(JSON.stringify(v)).toString("base64url");
export function decodeCursor(cursor: string, field = "after"): [string | number, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString());
    if (Array.isArray(v) && v.length === 2 && typeof v[1] === "string") return v as [string, string];
  } catch {
    /* fall through */
  }
  throw new DomainError(ErrorCode.BAD_USER_INPUT, "Curseur de pagination invalide.", { field });
}

/** Direction and size of the page asked for; `first` and `last` together are refused. */
export function pageWindow(args: PageArgs): { backwards: boolean; size: number } {
  if (args.first != null && args.last != null)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Donnez `first` ou `last`, pas les deux.", { field: "first" });
  const backwards = args.last != null || (args.before != null && args.first == null);
  return { backwards, size: (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE };
}

/**
 * Pages a filtered query on `(sortColumn, id)`. `sortColumn` is a column of the root alias;
 * `id` breaks ties so the order is total. `order` DESC lists the greatest first (newest first
 * for a time column); `after` then means "older than".
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sortColumn: keyof T & string,
  order: "ASC" | "DESC" = "ASC",
): Promise<ConnectionShape<T>> {
  const { backwards, size } = pageWindow(args);
  const a = qb.alias;
  const sort = `${a}."${sortColumn}"`;
  const desc = order === "DESC";
  const count = lazyCount(qb);
  const page = qb.clone();
  if (args.after) {
    const [v, id] = decodeCursor(args.after, "after");
    page.andWhere(`(${sort}, ${a}.id) ${desc ? "<" : ">"} (:afterV, :afterId)`, { afterV: v, afterId: id });
  }
  if (args.before) {
    const [v, id] = decodeCursor(args.before, "before");
    page.andWhere(`(${sort}, ${a}.id) ${desc ? ">" : "<"} (:beforeV, :beforeId)`, { beforeV: v, beforeId: id });
  }
  const dir = backwards !== desc ? "DESC" : "ASC";
  page
    .orderBy(sort, dir)
    .addOrderBy(`${a}.id`, dir)
    .take(undefined)
    .limit(size + 1);
  const rows = await page.getMany();
  const more = rows.length > size;
  if (more) rows.pop();
  if (backwards) rows.reverse();
  const edges = rows.map((node) => ({ cursor: encodeCursor([node[sortColumn], node.id]), node }));
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

/** Escapes LIKE wildcards so that a search for `50%` finds "50%", not everything. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
