/**
 * The one place that decides which rows a caller may see. Every read of a scoped entity — a
 * node by id, a list, a nested page, a count — starts from `scopedQuery()` (or goes through the
 * loaders, which call `applyScope()`), so a count can never see more than the rows and an id
 * outside the scope answers NOT_FOUND exactly like a missing one.
 *
 * A rule turns the principal into a SQL predicate on the entity's alias. Entities without a rule
 * (the référentiels, the geography) are readable by every signed-in user. Writes ask `can*`
 * questions of core/permissions.ts after a scoped read.
 */
import { Brackets, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { Role } from "@clea/schema";
import type { Principal } from "./auth/principal.js";
import type { RequestContext } from "./context.js";

/** ALL: no restriction; NONE: nothing; otherwise a predicate with its parameters. */
export type ScopePredicate = "ALL" | "NONE" | { sql: string; params: Record<string, unknown> };
export type ScopeRule = (principal: Principal, alias: string) => ScopePredicate;

const rules = new Map<Function, ScopeRule>();

/** Declares how an entity is scoped; called once, beside the entity's service. */
export function defineScope(entity: Function, rule: ScopeRule): void {
  rules.set(entity, rule);
}

export function hasScopeRule(entity: EntityTarget<ObjectLiteral>): boolean {
  return typeof entity === "function" && rules.has(entity);
}

/**
 * The predicate for this request. A context without a principal is anonymous when it serves an
 * HTTP request (it sees nothing), and trusted system work otherwise (seeds, migrations, jobs).
 */
export function scopePredicate(ctx: RequestContext, entity: EntityTarget<ObjectLiteral>, alias: string): ScopePredicate {
  const rule = typeof entity === "function" ? rules.get(entity) : undefined;
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
    if (establishmentIds.length && columns.establishment)
      parts.push(`${columns.establishment(alias)} IN (:...establishmentIds)`);
    if (establishmentIds.length && columns.containsEstablishment) parts.push(columns.containsEstablishment(alias));
    if (!parts.length) return "NONE";
    return { sql: parts.join(" OR "), params: { networkIds, establishmentIds } };
  };
}
