import { ArgsType, Field, type ClassType } from "type-graphql";
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "./context.js";
import { defineFilter, type FilterDefinition, type FilterSpec, type FilterValue, type RelationSpec } from "./filter/define.js";
import { PageArgs, type ConnectionShape } from "./list.js";
import { defineOrder, paginateOrdered, type OrderDefinition, type OrderFieldSpec, type OrderTerm } from "./order.js";
import { scopedQuery } from "./scope.js";

/**
 * One list convention for every collection (docs/adr/0019): a collection is declared once — its
 * entity, the fields and relations one may filter on, the fields one may sort by — and that single
 * definition gives the GraphQL arguments (`first`/`after`/`last`/`before`, `filter: <Name>Filter`,
 * `orderBy: [<Name>Order!]`), the scoped SQL of a page, and the criteria of an export of the same
 * list. Resolvers stay thin: `@Args(() => dossiers.Args) args` then `dossiers.page(ctx, args)`.
 */
export interface CollectionSpec<T> {
  /** Names the GraphQL inputs: `<name>Filter`, `<name>Order`, `<name>OrderField`. */
  name: string;
  entity: EntityTarget<T>;
  /** The alias of the entity's table in the SQL (relations and exports refer to it). */
  alias: string;
  filter: FilterSpec;
  order: Record<string, OrderFieldSpec>;
  defaultOrder: readonly OrderTerm[];
  /** The columns identifying a row, the last tie-break of every order: `id` unless the primary key is composite. */
  key?: readonly (keyof T & string)[];
}

export interface ListArgs extends PageArgs {
  filter?: FilterValue | null;
  orderBy?: OrderTerm[] | null;
}

export interface Collection<T extends ObjectLiteral> {
  name: string;
  entity: EntityTarget<T>;
  alias: string;
  filter: FilterDefinition;
  order: OrderDefinition;
  /** The GraphQL arguments of the list. */
  Args: ClassType<ListArgs>;
  /** The rows the caller may see that pass `filter`, as a query builder on `alias`. */
  query(ctx: RequestContext, filter: FilterValue | null | undefined): SelectQueryBuilder<T>;
  /**
   * A page in the order asked. `narrow` adds conditions the list has besides the filter (the
   * parent of a nested list, a fixed criterion of a view).
   */
  page(ctx: RequestContext, args: ListArgs, narrow?: (qb: SelectQueryBuilder<T>) => void): Promise<ConnectionShape<T>>;
}

/** Applies a compiled filter to a query whose root alias is the filter's. */
export function applyFilter<T extends ObjectLiteral>(
  ctx: RequestContext,
  qb: SelectQueryBuilder<T>,
  definition: FilterDefinition,
  filter: FilterValue | null | undefined,
  alias = qb.alias,
): SelectQueryBuilder<T> {
  const compiled = definition.compile(ctx, filter, alias);
  if (compiled) qb.andWhere(`(${compiled.sql})`, compiled.params);
  return qb;
}

const collections = new Map<string, Collection<ObjectLiteral>>();

/**
 * A collection by its name, for those who refer to lists without importing every module (exports,
 * reports); throws if no module declared it.
 */
export function collectionNamed(name: string): Collection<ObjectLiteral> {
  const c = collections.get(name);
  if (!c) throw new Error(`no collection named ${name} (is its module loaded?)`);
  return c;
}

/**
 * A relation of a filter to the collection named `name` (its filter, its entity's table and scope
 * rule), looked up by name when a filter is built or compiled, so that the lists of different
 * modules never import each other (a dossier's list and its evaluations' list refer to one another).
 * `on` ties a related row (alias `inner`) to the filtered row (alias `outer`).
 */
export function relatedTo(name: string, on: (outer: string, inner: string) => string, description: string): RelationSpec {
  return {
    target: () => collectionNamed(name).filter,
    get entity() {
      return collectionNamed(name).entity;
    },
    on,
    description,
  };
}

/** A relation to the row this one points at through `column` (its parent: a dossier's candidate). */
export const toOne = (name: string, column: string, description: string): RelationSpec =>
  relatedTo(name, (outer, inner) => `${inner}.id = ${outer}."${column}"`, description);

/** A relation to the rows pointing at this one through `column` (its children: a dossier's evaluations). */
export const toMany = (name: string, column: string, description: string): RelationSpec =>
  relatedTo(name, (outer, inner) => `${inner}."${column}" = ${outer}.id`, description);

export function defineCollection<T extends ObjectLiteral>(spec: CollectionSpec<T>): Collection<T> {
  const filter = defineFilter(spec.name, spec.filter);
  const order = defineOrder(spec.name, spec.order, spec.defaultOrder);

  @ArgsType()
  class Args extends PageArgs implements ListArgs {
    @Field(() => filter.input, { nullable: true, description: "Conditions sur les éléments (et leurs relations permises)" })
    filter?: FilterValue | null;

    @Field(() => [order.input], { nullable: true, description: "Tri ; l'identifiant départage toujours en dernier" })
    orderBy?: OrderTerm[] | null;
  }

  const query = (ctx: RequestContext, f: FilterValue | null | undefined) =>
    applyFilter(ctx, scopedQuery(ctx, spec.entity, spec.alias), filter, f, spec.alias);
  const collection: Collection<T> = {
    name: spec.name,
    entity: spec.entity,
    alias: spec.alias,
    filter,
    order,
    Args,
    query,
    page(ctx, args, narrow) {
      const qb = query(ctx, args.filter);
      narrow?.(qb);
      return paginateOrdered(qb, args, order, args.orderBy, spec.key);
    },
  };
  if (collections.has(spec.name)) throw new Error(`collection ${spec.name} declared twice`);
  collections.set(spec.name, collection as unknown as Collection<ObjectLiteral>);
  return collection;
}
