import {
  AuditAction,
  collectProblems,
  departmentProblem,
  EstablishmentStatus,
  findDepartment,
  postalCodeProblem,
  siretProblem,
} from "@clea/schema";
import { assertCan } from "../../core/permissions.js";
import type { RequestContext } from "../../core/context.js";
import { audited, changedFieldNames } from "../audit/index.js";
import { ConflictError, InputError, assertNoProblems } from "../../core/errors.js";
import type { ConnectionShape, PageArgs } from "../../core/list.js";
import { frenchDate, todayInFrance } from "../../core/dates.js";
import { findOrFail } from "../../core/find.js";
import { nameProblem } from "@clea/schema";
import { loadChildPage } from "../../core/child-pages.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import { Organisation } from "../organisation/index.js";
import { Establishment } from "./establishment.entity.js";
import { ESTABLISHMENT_LIMITS, type CreateEstablishmentInput, type UpdateEstablishmentInput } from "./establishment.inputs.js";
import type { ListArgs } from "../../core/collection.js";
import { establishmentList } from "./establishment.list.js";

const establishmentAudit = (e: Establishment) => ({
  entityType: "Establishment",
  entityId: e.id,
  networkId: e.networkId,
  establishmentId: e.id,
});

const changedByOther = "Cet établissement vient d'être modifié par quelqu'un d'autre ; rechargez-le.";

const duplicateSiret = (siret: string, name?: string) => `Un établissement avec le SIRET ${siret} existe déjà${name ? ` (${name})` : ""}.`;

export interface EstablishmentFields {
  siret: string;
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  departmentCode: string;
}

/**
 * Every rule on an establishment's fields, checked on the values it would have once written; the
 * SIRET is checked against the organisation's SIREN when it is known. Used by creation, update and
 * the bulk import, so the three refuse with the same words.
 */
export function establishmentProblems(e: EstablishmentFields, organisationSiren?: string) {
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
  /** Establishments in the caller's scope, filtered and sorted as asked (by name by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<Establishment>> {
    return establishmentList.page(ctx, args);
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
    assertCan(
      ctx,
      "network.configure",
      { networkId: organisation.networkId },
      "Vous ne pouvez pas ajouter d'établissement à cet organisme.",
    );
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
    assertCan(ctx, "network.configure", { networkId: establishment.networkId }, "Vous ne pouvez pas modifier cet établissement.");
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
      (e) => ({
        action: AuditAction.UPDATE,
        entityType: "Establishment",
        entityId: e.id,
        changedFields,
        networkId: e.networkId,
        establishmentId: e.id,
      }),
    );
  },

  /**
   * Closes an establishment on `closedOn` (today or earlier). Nothing is deleted: its
   * habilitations, staff and dossiers stay readable; a closed establishment takes no new candidate
   * (candidate service). The UPDATE is conditional on the status read, so two closings cannot both win.
   */
  async close(ctx: RequestContext, id: string, closedOn: string): Promise<Establishment> {
    const establishment = await establishmentService.get(ctx, id);
    assertCan(ctx, "network.configure", { networkId: establishment.networkId }, "Vous ne pouvez pas fermer cet établissement.");
    if (establishment.status === EstablishmentStatus.CLOSED)
      throw new ConflictError(
        `Cet établissement est déjà fermé${establishment.closedOn ? ` depuis le ${frenchDate(establishment.closedOn)}` : ""}.`,
        { field: "closedOn" },
      );
    if (closedOn > todayInFrance())
      throw new InputError([
        { field: "closedOn", message: "La date de fermeture ne peut pas être dans le futur : fermez l'établissement ce jour-là." },
      ]);
    return establishmentService.setStatus(ctx, establishment, EstablishmentStatus.CLOSED, closedOn);
  },

  /** Reopens a closed establishment: OPEN again, its closing date cleared (the audit trail keeps the closing). */
  async reopen(ctx: RequestContext, id: string): Promise<Establishment> {
    const establishment = await establishmentService.get(ctx, id);
    assertCan(ctx, "network.configure", { networkId: establishment.networkId }, "Vous ne pouvez pas rouvrir cet établissement.");
    if (establishment.status === EstablishmentStatus.OPEN)
      throw new ConflictError("Cet établissement est déjà ouvert.", { field: "status" });
    return establishmentService.setStatus(ctx, establishment, EstablishmentStatus.OPEN, null);
  },

  setStatus(
    ctx: RequestContext,
    establishment: Establishment,
    status: EstablishmentStatus,
    closedOn: string | null,
  ): Promise<Establishment> {
    const changedFields = changedFieldNames(establishment, { status, closedOn });
    return audited(
      ctx,
      async (tx) => {
        const result = await tx.em
          .createQueryBuilder()
          .update(Establishment)
          .set({ status, closedOn })
          .where(`id = :id AND status = :from`, { id: establishment.id, from: establishment.status })
          .execute();
        if (!result.affected) throw new ConflictError(changedByOther);
        return tx.em.getRepository(Establishment).findOneByOrFail({ id: establishment.id });
      },
      (e) => ({ ...establishmentAudit(e), action: AuditAction.TRANSITION, changedFields }),
    );
  },

  /**
   * Moves an establishment to another organisation of the same network. Another network's
   * organisation is NOT_FOUND for a network manager (scoping), and refused for an ADMIN: the
   * establishment's habilitations, staff and dossiers are filed under its network.
   *
   * The SIRET rule holds after a move too: a SIRET is the SIREN of its legal entity followed by
   * the NIC, and organisations have distinct SIRENs, so an establishment taken over by another
   * organisation has a new SIRET (INSEE gives one on a change of legal entity). The move therefore
   * takes the new SIRET, checked against the new organisation's SIREN and for duplicates exactly
   * as at creation; the old one stays on no other row and is free again.
   */
  async move(ctx: RequestContext, id: string, organisationId: string, siret: string): Promise<Establishment> {
    const establishment = await establishmentService.get(ctx, id);
    assertCan(ctx, "network.configure", { networkId: establishment.networkId }, "Vous ne pouvez pas déplacer cet établissement.");
    const target = await findOrFail(ctx, Organisation, organisationId, "Organisme");
    if (target.networkId !== establishment.networkId)
      throw new InputError([
        { field: "organisationId", message: "Un établissement ne change que d'organisme au sein de son réseau, pas de réseau." },
      ]);
    if (target.id === establishment.organisationId)
      throw new InputError([{ field: "organisationId", message: "L'établissement appartient déjà à cet organisme." }]);
    const newSiret = siret.trim();
    const problem = siretProblem(newSiret, target.siren);
    if (problem) throw new InputError([{ field: "siret", message: problem }]);
    const existing = await ctx.em.getRepository(Establishment).findOneBy({ siret: newSiret });
    if (existing && existing.id !== establishment.id) throw new ConflictError(duplicateSiret(newSiret, existing.name), { field: "siret" });
    const changedFields = changedFieldNames(establishment, { organisationId: target.id, siret: newSiret });
    return mapUniqueViolation(
      () =>
        audited(
          ctx,
          async (tx) => {
            const result = await tx.em
              .createQueryBuilder()
              .update(Establishment)
              .set({ organisationId: target.id, siret: newSiret })
              .where(`id = :id AND "organisationId" = :from`, { id: establishment.id, from: establishment.organisationId })
              .execute();
            if (!result.affected) throw new ConflictError(changedByOther);
            return tx.em.getRepository(Establishment).findOneByOrFail({ id: establishment.id });
          },
          (e) => ({ ...establishmentAudit(e), action: AuditAction.UPDATE, changedFields }),
        ),
      { siret: duplicateSiret(newSiret) },
    );
  },
};
