import { AuditAction, ErrorCode, EstablishmentStatus, roleLabels, type StaffFunction } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { todayInFrance } from "../../core/dates.js";
import { ConflictError, DomainError, InputError } from "../../core/errors.js";
import { findOrFail } from "../../core/find.js";
import { loadChildren } from "../../core/loaders.js";
import { assertCan, ForbiddenError, mayDo } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { auditService, audited } from "../audit/index.js";
import { Establishment } from "../establishment/index.js";
import { Certification } from "../referential/index.js";
import { ESTABLISHMENT_ROLES, RoleAssignment, userService } from "../user/index.js";
import { EvaluatorAccreditation } from "./evaluator-accreditation.entity.js";
import type { AssignStaffInput, RecordEvaluatorAccreditationInput } from "./staff.inputs.js";
import type { StaffAssignmentView } from "./staff.types.js";

export function toStaffAssignmentView(ra: RoleAssignment): StaffAssignmentView {
  return {
    id: ra.id,
    userId: ra.userId,
    establishmentId: ra.establishmentId!,
    networkId: ra.networkId!,
    function: ra.role as StaffFunction,
    startedOn: ra.startedOn,
    endedOn: ra.endedOn,
    current: ra.endedOn === null,
  };
}

const staffAudit = (ra: RoleAssignment) => ({
  entityType: "StaffAssignment",
  entityId: ra.id,
  networkId: ra.networkId,
  establishmentId: ra.establishmentId,
});

const notFuture = (field: string, date: string, message: string) => {
  if (date > todayInFrance()) throw new InputError([{ field, message }]);
};

export const staffService = {
  /**
   * The name of a person whose assignment the caller sees (the scope of RoleAssignment decided
   * that): colleagues of one establishment know each other's names, not their accounts.
   */
  displayNameOf(ctx: RequestContext, userId: string): Promise<string> {
    return ctx
      .loader<string, string>("staff.displayName", async (ids) => {
        const rows: { id: string; displayName: string }[] = await ctx.em.query(
          `SELECT id, "displayName" FROM app_user WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        const byId = new Map(rows.map((r) => [r.id, r.displayName]));
        return ids.map((id) => byId.get(id) ?? "");
      })
      .load(userId);
  },

  /** The establishment's staff, current assignments first, then ended ones (most recent first). */
  async ofEstablishment(ctx: RequestContext, establishmentId: string): Promise<RoleAssignment[]> {
    const establishment = await findOrFail(ctx, Establishment, establishmentId, "Établissement");
    return scopedQuery(ctx, RoleAssignment, "ra")
      .andWhere(`ra."establishmentId" = :id`, { id: establishment.id })
      .orderBy(`ra."endedOn"`, "DESC", "NULLS FIRST")
      .addOrderBy(`ra."startedOn"`, "ASC")
      .addOrderBy("ra.role", "ASC")
      .addOrderBy("ra.id", "ASC")
      .getMany();
  },

  /**
   * Gives a person functions in an establishment, by the establishment's network manager (or an
   * ADMIN). The person must be visible to the caller (else NOT_FOUND) and cannot be the caller.
   * New rights need no new token: the principal is read from the current assignments on every request.
   */
  async assign(ctx: RequestContext, input: AssignStaffInput): Promise<RoleAssignment[]> {
    const establishment = await findOrFail(ctx, Establishment, input.establishmentId, "Établissement");
    assertCan(ctx, "staff.manage", { networkId: establishment.networkId }, "Vous ne pouvez pas affecter de personnel à cet établissement.");
    const user = await userService.get(ctx, input.userId);
    if (ctx.principal?.userId === user.id) throw new ForbiddenError("Vous ne pouvez pas vous affecter vous-même.");
    if (establishment.status === EstablishmentStatus.CLOSED)
      throw new DomainError(ErrorCode.ESTABLISHMENT_CLOSED, "Cet établissement est fermé : il ne reçoit plus de nouvelle affectation.");
    const functions = [...new Set(input.functions)];
    if (functions.some((f) => !ESTABLISHMENT_ROLES.includes(f)))
      throw new InputError([{ field: "functions", message: "Fonction inconnue." }]);
    const startedOn = input.startedOn ?? todayInFrance();
    notFuture("startedOn", startedOn, "Une affectation ne peut pas commencer dans le futur.");
    const existing = await ctx.em
      .getRepository(RoleAssignment)
      .createQueryBuilder("ra")
      .where(`ra."userId" = :u AND ra."establishmentId" = :e AND ra."endedOn" IS NULL AND ra.role IN (:...functions)`, {
        u: user.id,
        e: establishment.id,
        functions,
      })
      .getMany();
    if (existing.length)
      throw new ConflictError(
        `Cette personne est déjà affectée à cet établissement comme ${existing.map((r) => `« ${roleLabels[r.role]} »`).join(", ")}.`,
        { field: "functions" },
      );
    return ctx.transaction(async (tx) => {
      const repo = tx.em.getRepository(RoleAssignment);
      const rows = await repo.save(
        functions.map((f) =>
          repo.create({ userId: user.id, role: f, networkId: establishment.networkId, establishmentId: establishment.id, startedOn }),
        ),
      );
      for (const row of rows)
        await auditService.record(tx, {
          ...staffAudit(row),
          action: AuditAction.CREATE,
          changedFields: ["userId", "establishmentId", "function", "startedOn"],
        });
      return rows;
    });
  },

  /**
   * Ends one assignment: the row stays as history, its rights go at once (the person's access
   * tokens stop working, like after a role change; the next one is issued without them).
   */
  async end(ctx: RequestContext, id: string, endedOn: string): Promise<RoleAssignment> {
    const assignment = await findOrFail(ctx, RoleAssignment, id, "Affectation");
    if (!assignment.establishmentId || !assignment.networkId) throw new DomainError(ErrorCode.NOT_FOUND, "Affectation introuvable.");
    assertCan(ctx, "staff.manage", { networkId: assignment.networkId }, "Vous ne pouvez pas mettre fin à cette affectation.");
    if (ctx.principal?.userId === assignment.userId) throw new ForbiddenError("Vous ne pouvez pas mettre fin à votre propre affectation.");
    if (assignment.endedOn !== null) throw new ConflictError(`Cette affectation a déjà pris fin le ${assignment.endedOn}.`);
    notFuture("endedOn", endedOn, "La date de fin ne peut pas être dans le futur : mettez fin à l'affectation le jour venu.");
    if (endedOn < assignment.startedOn)
      throw new InputError([
        { field: "endedOn", message: `La date de fin ne peut pas précéder le début de l'affectation (${assignment.startedOn}).` },
      ]);
    return audited(
      ctx,
      async (tx) => {
        await tx.em.getRepository(RoleAssignment).update({ id: assignment.id }, { endedOn });
        await tx.em.query(`UPDATE app_user SET "authVersion" = "authVersion" + 1, "updatedAt" = now() WHERE id = $1`, [assignment.userId]);
        return { ...assignment, endedOn };
      },
      (ra) => ({ ...staffAudit(ra), action: AuditAction.UPDATE, changedFields: ["endedOn"] }),
    );
  },

  /** The person's accreditations, newest training first (one statement per query level). */
  accreditationsOf(ctx: RequestContext, userId: string): Promise<EvaluatorAccreditation[]> {
    return loadChildren(ctx, EvaluatorAccreditation, "userId", userId, { trainedOn: "DESC" });
  },

  /**
   * Records an evaluator's accreditation, by an ADMIN or by the manager of a network in which the
   * person currently serves.
   */
  async recordAccreditation(ctx: RequestContext, input: RecordEvaluatorAccreditationInput): Promise<EvaluatorAccreditation> {
    const user = await userService.get(ctx, input.userId);
    const networks = (
      await ctx.em
        .getRepository(RoleAssignment)
        .createQueryBuilder("ra")
        .select(`DISTINCT ra."networkId"`, "networkId")
        .where(`ra."userId" = :u AND ra."endedOn" IS NULL AND ra."networkId" IS NOT NULL`, { u: user.id })
        .getRawMany<{ networkId: string }>()
    ).map((r) => r.networkId);
    const networkId = networks.find((n) => mayDo(ctx, "staff.manage", { networkId: n }));
    if (!mayDo(ctx, "staff.manage", { networkId: null }) && networkId === undefined)
      throw new ForbiddenError("Vous ne pouvez pas enregistrer d'habilitation pour cette personne.");
    const reference = input.reference.trim();
    if (!reference) throw new InputError([{ field: "reference", message: "La référence est obligatoire." }]);
    notFuture("trainedOn", input.trainedOn, "La date de formation ne peut pas être dans le futur.");
    const certification = await ctx.em.getRepository(Certification).findOneBy({ code: input.certificationCode });
    if (!certification) throw new DomainError(ErrorCode.NOT_FOUND, "Certification introuvable.");
    const duplicate = await ctx.em
      .getRepository(EvaluatorAccreditation)
      .exists({ where: { userId: user.id, certificationId: certification.id, trainedOn: input.trainedOn } });
    if (duplicate) throw new ConflictError("Cette formation est déjà enregistrée pour cette personne.", { field: "trainedOn" });
    return audited(
      ctx,
      (tx) =>
        tx.em
          .getRepository(EvaluatorAccreditation)
          .save(
            tx.em
              .getRepository(EvaluatorAccreditation)
              .create({ userId: user.id, certificationId: certification.id, trainedOn: input.trainedOn, reference }),
          ),
      (a) => ({
        action: AuditAction.CREATE,
        entityType: "EvaluatorAccreditation",
        entityId: a.id,
        changedFields: ["userId", "certificationId", "trainedOn", "reference"],
        networkId: networkId ?? null,
      }),
    );
  },
};
