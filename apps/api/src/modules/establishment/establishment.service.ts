import { AuditAction, collectProblems, departmentProblem, findDepartment, HabilitationStatus, postalCodeProblem, siretProblem } from "@clea/schema";
import { assertAllowed, permissions } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import "./establishment.scope.js";
import type { RequestContext } from "../../core/context.js";
import { audited } from "../audit/audited.js";
import { changedFieldNames } from "../audit/audit.service.js";
import { ConflictError, assertNoProblems } from "../../core/errors.js";
import { paginate, type ConnectionShape, type PageArgs } from "../../core/list.js";
import { todayInFrance } from "../../core/dates.js";
import { assertIdFilter, findOrFail } from "../../core/find.js";
import { nameProblem } from "@clea/schema";
import { loadChildPage } from "../../core/child-pages.js";
import { whereTextContains } from "../../core/text-search.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Establishment } from "./establishment.entity.js";
import { ESTABLISHMENT_LIMITS, type CreateEstablishmentInput, type UpdateEstablishmentInput } from "./establishment.inputs.js";
import type { EstablishmentFilter } from "./establishment.types.js";

const duplicateSiret = (siret: string, name?: string) =>
  `Un établissement avec le SIRET ${siret} existe déjà${name ? ` (${name})` : ""}.`;

interface EstablishmentFields {
  siret: string;
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  departmentCode: string;
}

/** Every rule on an establishment's fields, checked on the values it would have once written. */
function establishmentProblems(e: EstablishmentFields, organisationSiren: string) {
  const departmentKnown = Boolean(findDepartment(e.departmentCode));
  return collectProblems({
    siret: siretProblem(e.siret, organisationSiren),
    name: nameProblem(e.name, ESTABLISHMENT_LIMITS.name, "Le nom de l'établissement"),
    addressLine: nameProblem(e.addressLine, ESTABLISHMENT_LIMITS.addressLine, "L'adresse"),
    postalCode: postalCodeProblem(e.postalCode, departmentKnown ? e.departmentCode : undefined),
    city: nameProblem(e.city, ESTABLISHMENT_LIMITS.city, "La ville"),
    departmentCode: departmentProblem(e.departmentCode),
  });
}

export const establishmentService = {
  /** Establishments ordered by name, filtered by every criterion given. */
  list(ctx: RequestContext, args: PageArgs, filter: EstablishmentFilter | null | undefined): Promise<ConnectionShape<Establishment>> {
    const f = filter ?? {};
    assertIdFilter("filter.networkId", f.networkId);
    assertIdFilter("filter.organisationId", f.organisationId);
    const qb = scopedQuery(ctx, Establishment, "e");
    whereTextContains(qb, ["e.name", "e.siret", "e.city"], f.search);
    if (f.networkId) qb.andWhere(`e."networkId" = :networkId`, { networkId: f.networkId });
    if (f.organisationId) qb.andWhere(`e."organisationId" = :organisationId`, { organisationId: f.organisationId });
    if (f.regionCode) qb.andWhere(`e."regionCode" = :regionCode`, { regionCode: f.regionCode });
    if (f.departmentCode) qb.andWhere(`e."departmentCode" = :departmentCode`, { departmentCode: f.departmentCode });
    if (f.status) qb.andWhere(`e.status = :status`, { status: f.status });
    if (f.certificationCode)
      // EXISTS, not a join: an establishment with two such habilitations is still one row.
      qb.andWhere(
        `EXISTS (SELECT 1 FROM habilitation h JOIN certification c ON c.id = h."certificationId"
                 WHERE h."establishmentId" = e.id AND c.code = :certificationCode
                   AND h."storedStatus" = :granted AND (h."endDate" IS NULL OR h."endDate" >= :today))`,
        { certificationCode: f.certificationCode, granted: HabilitationStatus.GRANTED, today: todayInFrance() },
      );
    return paginate(qb, args, "name");
  },

  /** The page of an organisation's establishments, batched with the other organisations of the query. */
  pageOfOrganisation(ctx: RequestContext, organisationId: string, args: PageArgs) {
    return loadChildPage(ctx, { entity: Establishment, foreignKey: "organisationId", sortColumn: "name", args }, organisationId);
  },

  get(ctx: RequestContext, id: string): Promise<Establishment> {
    return findOrFail(ctx, Establishment, id, "Établissement");
  },

  async create(ctx: RequestContext, input: CreateEstablishmentInput): Promise<Establishment> {
    const organisation = await findOrFail(ctx, Organisation, input.organisationId, "Organisme");
    assertAllowed(permissions.manageNetwork(ctx, organisation.networkId), "Vous ne pouvez pas ajouter d'établissement à cet organisme.");
    const fields: EstablishmentFields = {
      siret: input.siret.trim(),
      name: input.name.trim(),
      addressLine: input.addressLine.trim(),
      postalCode: input.postalCode.trim(),
      city: input.city.trim(),
      departmentCode: input.departmentCode.trim().toUpperCase(),
    };
    assertNoProblems(establishmentProblems(fields, organisation.siren));
    const existing = await ctx.em.getRepository(Establishment).findOneBy({ siret: fields.siret });
    if (existing) throw new ConflictError(duplicateSiret(fields.siret, existing.name), { field: "siret" });
    return mapUniqueViolation(
      () =>
        audited(
          ctx,
          (tx) =>
            tx.em.getRepository(Establishment).save({
              ...fields,
              organisationId: organisation.id,
              networkId: organisation.networkId,
              regionCode: findDepartment(fields.departmentCode)!.regionCode,
            }),
          (e) => ({
            action: AuditAction.CREATE,
            entityType: "Establishment",
            entityId: e.id,
            changedFields: [...Object.keys(fields), "organisationId", "regionCode"],
            networkId: e.networkId,
            establishmentId: e.id,
          }),
        ),
      { siret: duplicateSiret(fields.siret) },
    );
  },

  async update(ctx: RequestContext, id: string, input: UpdateEstablishmentInput): Promise<Establishment> {
    const establishment = await establishmentService.get(ctx, id);
    assertAllowed(permissions.manageNetwork(ctx, establishment.networkId), "Vous ne pouvez pas modifier cet établissement.");
    const before = { ...establishment };
    const organisation = await findOrFail(ctx, Organisation, establishment.organisationId, "Organisme");
    for (const key of ["name", "addressLine", "postalCode", "city"] as const) {
      const value = input[key];
      if (value != null) establishment[key] = value.trim();
    }
    if (input.departmentCode != null) establishment.departmentCode = input.departmentCode.trim().toUpperCase();
    assertNoProblems(establishmentProblems(establishment, organisation.siren));
    establishment.regionCode = findDepartment(establishment.departmentCode)!.regionCode;
    const changedFields = changedFieldNames(before, establishment);
    return audited(
      ctx,
      (tx) => tx.em.getRepository(Establishment).save(establishment),
      (e) => ({ action: AuditAction.UPDATE, entityType: "Establishment", entityId: e.id, changedFields, networkId: e.networkId, establishmentId: e.id }),
    );
  },
};
