/**
 * The one place that decides which rows a caller may see. Every read of a scoped entity — a
 * node by id, a list, a nested page, a count — starts from `scopedQuery()` (or goes through the
 * loaders, which call `applyScope()`), so a count can never see more than the rows and an id
 * outside the scope answers NOT_FOUND exactly like a missing one.
 *
 * Every entity declares its rule on its class, beside `@Entity` (docs/adr/0023): `@Scoped(rule)`
 * turns the principal into a SQL predicate on the entity's alias; `@Unscoped("why")` says, with
 * its reason, that every signed-in user reads all its rows (the référentiels, the geography). An
 * entity with neither is refused (fail closed): `scopePredicate` throws, and the API refuses to
 * start (`assertEveryEntityScoped`, called where the data source is made). Writes ask `can*`
 * questions of core/permissions.ts after a scoped read.
 */
import { Brackets, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { Role } from "@clea/schema";
import type { Principal } from "./auth/principal.js";
import type { RequestContext } from "./context.js";

/** ALL: no restriction; NONE: nothing; otherwise a predicate with its parameters. */
export type ScopePredicate = "ALL" | "NONE" | { sql: string; params: Record<string, unknown> };
export type ScopeRule = (principal: Principal, alias: string) => ScopePredicate;

/** What an entity declared: its rule, or why it has none. */
export type ScopeDeclaration = { rule: ScopeRule } | { unscoped: string };

const declarations = new WeakMap<Function, ScopeDeclaration>();

function declare(entity: Function, declaration: ScopeDeclaration): void {
  if (declarations.has(entity)) throw new Error(`scope of ${entity.name} declared twice`);
  declarations.set(entity, declaration);
}

/** Class decorator of an entity whose rows are read through `rule` (placed beside `@Entity`). */
export function Scoped(rule: ScopeRule): ClassDecorator {
  if (typeof rule !== "function") throw new Error("@Scoped needs a rule (is it imported before it is defined?)");
  return (entity) => declare(entity, { rule });
}

/**
 * Class decorator of an entity every signed-in user reads in full (reference data), or one never
 * read through the scoped query builder (its own service guards it); `reason` says which and why.
 */
export function Unscoped(reason: string): ClassDecorator {
  if (!reason?.trim()) throw new Error("@Unscoped needs a reason");
  return (entity) => declare(entity, { unscoped: reason });
}

/** The declaration of `entity`, if it has one. */
export function scopeDeclarationOf(entity: EntityTarget<ObjectLiteral>): ScopeDeclaration | undefined {
  return typeof entity === "function" ? declarations.get(entity) : undefined;
}

export function hasScopeRule(entity: EntityTarget<ObjectLiteral>): boolean {
  const d = scopeDeclarationOf(entity);
  return d !== undefined && "rule" in d;
}

/** The entities among `entities` that declare neither a rule nor a reason to have none. */
export function undeclaredEntities(entities: readonly EntityTarget<ObjectLiteral>[]): string[] {
  return entities
    .filter((e) => !scopeDeclarationOf(e))
    .map((e) => (typeof e === "function" ? e.name : String((e as { name?: string }).name ?? e)));
}

/** Refuses to go on (the API does not start) when an entity of `entities` has no scope declaration. */
export function assertEveryEntityScoped(entities: readonly EntityTarget<ObjectLiteral>[]): void {
  const missing = undeclaredEntities(entities);
  if (missing.length)
    throw new Error(
      `Entities without a scope declaration: ${missing.join(", ")}. Put @Scoped(rule) or @Unscoped("reason") ` +
        "(core/scope.ts) beside @Entity on each (docs/adr/0023-scope-rules-with-their-entity.md).",
    );
}

function ruleOf(entity: EntityTarget<ObjectLiteral>): ScopeRule | undefined {
  const d = scopeDeclarationOf(entity);
  if (!d) {
    const name = typeof entity === "function" ? entity.name : String(entity);
    // An internal error (masked to the client): a read of an entity nobody said how to scope.
    throw new Error(`no scope declaration for ${name}: refused (declare @Scoped(rule) or @Unscoped("reason") on the entity)`);
  }
  return "rule" in d ? d.rule : undefined;
}

/**
 * The predicate for this request. A context without a principal is anonymous when it serves an
 * HTTP request (it sees nothing of a scoped entity), and trusted system work otherwise (seeds,
 * migrations, jobs). An entity without a declaration is refused, whoever asks.
 */
export function scopePredicate(ctx: RequestContext, entity: EntityTarget<ObjectLiteral>, alias: string): ScopePredicate {
  // An entity given by name is the class the data source knows by that name (TypeORM throws for an unknown one).
  const rule = ruleOf(typeof entity === "string" ? ctx.ds.getMetadata(entity).target : entity);
  if (!ctx.principal) return ctx.http ? (rule ? "NONE" : "ALL") : "ALL";
  if (!rule) return "ALL";
  return rule(ctx.principal, alias);
}

let paramSeq = 0;

/** Adds the caller's scope to a query on `entity` whose alias is `alias`. */
export function applyScope<T extends ObjectLiteral>(
  ctx: RequestContext,
  qb: SelectQueryBuilder<T>,
  entity: EntityTarget<T>,
  alias = qb.alias,
): SelectQueryBuilder<T> {
  const p = scopePredicate(ctx, entity as EntityTarget<ObjectLiteral>, alias);
  if (p === "ALL") return qb;
  if (p === "NONE") return qb.andWhere("false");
  // Parameter names are made unique so that two scoped sub-queries never collide.
  const suffix = `_s${++paramSeq % 1_000_000}`;
  let sql = p.sql;
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p.params)) {
    sql = sql.replace(new RegExp(`:(\\.\\.\\.)?${k}\\b`, "g"), (_m, spread = "") => `:${spread}${k}${suffix}`);
    params[`${k}${suffix}`] = v;
  }
  return qb.andWhere(new Brackets((w) => w.where(sql, params)));
}

/** A query builder over `entity`, already limited to what the caller may see. */
export function scopedQuery<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>, alias: string): SelectQueryBuilder<T> {
  const qb = applyScope(ctx, ctx.em.getRepository(entity).createQueryBuilder(alias), entity, alias);
  // TypeORM's `.where()` replaces every condition so far — here, the scope. On a scoped query it
  // adds to them instead, so that `scopedQuery(…).where(…)` can never widen what a caller sees.
  qb.where = ((...args: Parameters<typeof qb.andWhere>) => qb.andWhere(...args)) as typeof qb.where;
  return qb;
}

/** Roles that read the organisation model of the whole country. */
export const NATIONAL_READERS = [Role.ADMIN, Role.ANALYST] as const;
/** Roles that read a whole network's organisation model. */
export const NETWORK_READERS = [Role.NETWORK_MANAGER, Role.ANALYST] as const;
/** Roles that read their own establishments (and the organisation and network above them). */
export const ESTABLISHMENT_READERS = [Role.CENTRE_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.TRAINER] as const;

/**
 * The usual rule of the organisation model: national readers see all; network readers see rows of
 * their networks; establishment staff see rows of their establishments. `columns` names the
 * entity's network and establishment columns (or SQL expressions giving them).
 */
export function networkOrEstablishmentRule(columns: {
  network: (alias: string) => string;
  establishment?: (alias: string) => string;
  /** For entities above establishments: the row is visible when it contains one of them. */
  containsEstablishment?: (alias: string) => string;
}): ScopeRule {
  return (principal, alias) => {
    if (principal.national(...NATIONAL_READERS)) return "ALL";
    const networkIds = principal.networkIds(...NETWORK_READERS);
    const establishmentIds = principal.establishmentIds(...ESTABLISHMENT_READERS);
    const parts: string[] = [];
    if (networkIds.length) parts.push(`${columns.network(alias)} IN (:...networkIds)`);
    if (establishmentIds.length && columns.establishment) parts.push(`${columns.establishment(alias)} IN (:...establishmentIds)`);
    if (establishmentIds.length && columns.containsEstablishment) parts.push(columns.containsEstablishment(alias));
    if (!parts.length) return "NONE";
    return { sql: parts.join(" OR "), params: { networkIds, establishmentIds } };
  };
}
