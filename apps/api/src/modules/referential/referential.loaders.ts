import { In } from "typeorm";
import { ReferentialStatus } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { loadById, loadChildCount, loadChildren } from "../../core/loaders.js";
import { Certification, Criterion, Domain, Referential, SubDomain } from "./referential.entity.js";

/**
 * The référentiel tree's relations, one batched statement per level and request (never one per
 * row), built on the generic loaders of core/loaders.ts.
 */

export const certificationOf = (ctx: RequestContext, r: Referential) =>
  loadById(ctx, Certification, r.certificationId) as Promise<Certification>;

/** Every version, newest first. */
export const versionsOf = (ctx: RequestContext, c: Certification) =>
  loadChildren(ctx, Referential, "certificationId", c.id, { createdAt: "DESC", version: "DESC" });

export const domainsOf = (ctx: RequestContext, r: Referential) => loadChildren(ctx, Domain, "referentialId", r.id, { position: "ASC" });

export const subDomainsOf = (ctx: RequestContext, d: Domain) => loadChildren(ctx, SubDomain, "domainId", d.id, { position: "ASC" });

export const criteriaOf = (ctx: RequestContext, s: SubDomain) => loadChildren(ctx, Criterion, "subDomainId", s.id, { position: "ASC" });

export const domainCountOf = (ctx: RequestContext, r: Referential) => loadChildCount(ctx, Domain, "referentialId", r.id);
export const subDomainCountOf = (ctx: RequestContext, r: Referential) => loadChildCount(ctx, SubDomain, "referentialId", r.id);
export const criterionCountOf = (ctx: RequestContext, r: Referential) => loadChildCount(ctx, Criterion, "referentialId", r.id);

export const subDomainById = (ctx: RequestContext, id: string) => loadById(ctx, SubDomain, id) as Promise<SubDomain>;
export const domainById = (ctx: RequestContext, id: string) => loadById(ctx, Domain, id) as Promise<Domain>;

/** The PUBLISHED version of each certification, if any. */
export function currentVersionOf(ctx: RequestContext, c: Certification): Promise<Referential | null> {
  return ctx
    .loader<string, Referential | null>("referential:current", async (ids) => {
      const rows = await ctx.em
        .getRepository(Referential)
        .find({ where: { certificationId: In([...ids]), status: ReferentialStatus.PUBLISHED } });
      const map = new Map(rows.map((r) => [r.certificationId, r]));
      return ids.map((i) => map.get(i) ?? null);
    })
    .load(c.id);
}

/** Criteria per domain, counted in SQL (no row reaches Node). */
export function domainCriterionCount(ctx: RequestContext, d: Domain): Promise<number> {
  return ctx
    .loader<string, number>("referential:domainCriterionCount", async (ids) => {
      const rows: { key: string; n: string }[] = await ctx.em
        .getRepository(Criterion)
        .createQueryBuilder("c")
        .innerJoin(SubDomain, "s", `s.id = c."subDomainId"`)
        .select(`s."domainId"`, "key")
        .addSelect("count(*)", "n")
        .where(`s."domainId" IN (:...ids)`, { ids: [...ids] })
        .groupBy(`s."domainId"`)
        .getRawMany();
      const map = new Map(rows.map((r) => [r.key, Number(r.n)]));
      return ids.map((i) => map.get(i) ?? 0);
    })
    .load(d.id);
}
