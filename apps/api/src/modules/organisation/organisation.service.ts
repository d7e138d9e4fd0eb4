import { collectProblems, sirenProblem } from "@clea/schema";
import { assertCan } from "../../core/permissions.js";
import type { ListArgs } from "../../core/collection.js";
import { organisationList } from "./organisation.list.js";
import type { SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../../core/context.js";
import { AuditAction } from "@clea/schema";
import { audited, changedFieldNames } from "../audit/index.js";
import { ConflictError, assertNoProblems } from "../../core/errors.js";
import type { ConnectionShape, PageArgs } from "../../core/list.js";
import { findOrFail } from "../../core/find.js";
import { nameProblem, trainingDeclarationNumberProblem } from "@clea/schema";
import { Network } from "../network/index.js";
import { loadChildPage } from "../../core/child-pages.js";
import { whereTextContains } from "../../core/text-search.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import { LEGAL_NAME_MAX, type CreateOrganisationInput, type UpdateOrganisationInput } from "./organisation.inputs.js";
import { Organisation } from "./organisation.entity.js";

const duplicateSiren = (siren: string, legalName?: string) =>
  `Un organisme avec le SIREN ${siren} existe déjà${legalName ? ` (${legalName})` : ""}.`;

/** `search` matches a part of the legal name or of the SIREN, ignoring case and accents. */
function applySearch(qb: SelectQueryBuilder<Organisation>, search: string | null | undefined) {
  whereTextContains(qb, [`${qb.alias}."legalName"`, `${qb.alias}.siren`], search);
}

function organisationProblems(o: { legalName: string; trainingDeclarationNumber: string | null }) {
  return collectProblems({
    legalName: nameProblem(o.legalName, LEGAL_NAME_MAX, "La raison sociale"),
    trainingDeclarationNumber: o.trainingDeclarationNumber == null ? null : trainingDeclarationNumberProblem(o.trainingDeclarationNumber),
  });
}

export const organisationService = {
  /** Organisations in the caller's scope, filtered and sorted as asked (by legal name by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<Organisation>> {
    return organisationList.page(ctx, args);
  },

  /** The page of a network's organisations, batched with the other networks of the query. */
  pageOfNetwork(ctx: RequestContext, networkId: string, args: PageArgs & { search?: string | null }) {
    const search = args.search?.trim() || null;
    return loadChildPage(
      ctx,
      {
        entity: Organisation,
        foreignKey: "networkId",
        sortColumn: "legalName",
        args,
        filter: search ? { key: search, apply: (qb) => applySearch(qb, search) } : undefined,
      },
      networkId,
    );
  },

  get(ctx: RequestContext, id: string): Promise<Organisation> {
    return findOrFail(ctx, Organisation, id, "Organisme");
  },

  async create(ctx: RequestContext, input: CreateOrganisationInput): Promise<Organisation> {
    const row = {
      networkId: input.networkId,
      siren: input.siren.trim(),
      legalName: input.legalName.trim(),
      trainingDeclarationNumber: input.trainingDeclarationNumber?.trim() || null,
      qualiopiValidUntil: input.qualiopiValidUntil ?? null,
    };
    assertNoProblems([...collectProblems({ siren: sirenProblem(row.siren) }), ...organisationProblems(row)]);
    await findOrFail(ctx, Network, row.networkId, "Réseau");
    assertCan(ctx, "network.configure", { networkId: row.networkId }, "Vous ne pouvez pas ajouter d'organisme à ce réseau.");
    const existing = await ctx.em.getRepository(Organisation).findOneBy({ siren: row.siren });
    if (existing) throw new ConflictError(duplicateSiren(row.siren, existing.legalName), { field: "siren" });
    return mapUniqueViolation(
      () =>
        audited(
          ctx,
          (tx) => tx.em.getRepository(Organisation).save(row),
          (o) => ({
            action: AuditAction.CREATE,
            entityType: "Organisation",
            entityId: o.id,
            changedFields: Object.keys(row),
            networkId: o.networkId,
          }),
        ),
      { siren: duplicateSiren(row.siren) },
    );
  },

  async update(ctx: RequestContext, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
    const organisation = await organisationService.get(ctx, id);
    assertCan(ctx, "network.configure", { networkId: organisation.networkId }, "Vous ne pouvez pas modifier cet organisme.");
    const before = { ...organisation };
    if (input.legalName != null) organisation.legalName = input.legalName.trim();
    if (input.trainingDeclarationNumber !== undefined)
      organisation.trainingDeclarationNumber = input.trainingDeclarationNumber?.trim() || null;
    if (input.qualiopiValidUntil !== undefined) organisation.qualiopiValidUntil = input.qualiopiValidUntil;
    assertNoProblems(organisationProblems(organisation));
    const changedFields = changedFieldNames(before, organisation);
    return audited(
      ctx,
      (tx) => tx.em.getRepository(Organisation).save(organisation),
      (o) => ({ action: AuditAction.UPDATE, entityType: "Organisation", entityId: o.id, changedFields, networkId: o.networkId }),
    );
  },
};
