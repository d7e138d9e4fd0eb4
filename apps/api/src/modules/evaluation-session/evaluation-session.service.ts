import { AuditAction, ErrorCode, EstablishmentStatus, HabilitationRole, HabilitationStatus, labels, type CertificationCode } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { frenchDate, todayInFrance } from "../../core/dates.js";
import { ConflictError, DomainError, InputError, NotFoundError } from "../../core/errors.js";
import { assertIdFilter, findOrFail, isUuid } from "../../core/find.js";
import { paginate, type ConnectionShape, type PageArgs } from "../../core/list.js";
import { assertAllowed, permissions } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { audited } from "../audit/audited.js";
import { changedFieldNames } from "../audit/audit.service.js";
import { Establishment } from "../establishment/establishment.entity.js";
import { Habilitation } from "../habilitation/habilitation.entity.js";
import { Certification } from "../referential/referential.entity.js";
import "../staff/staff.scope.js";
import { RoleAssignment } from "../user/role-assignment.entity.js";
import { EvaluationSession } from "./evaluation-session.entity.js";
import type { EvaluationSessionFilter, PlanEvaluationSessionInput, UpdateEvaluationSessionInput } from "./evaluation-session.inputs.js";
import "./evaluation-session.scope.js";

/** The fields the planning rules judge, as they would be once written. */
interface Plan {
  establishment: Establishment;
  certification: Certification;
  startsAt: Date;
  endsAt: Date;
  evaluatorId: string;
}

const sessionAudit = (s: EvaluationSession) => ({
  entityType: "EvaluationSession",
  entityId: s.id,
  networkId: s.networkId,
  establishmentId: s.establishmentId,
});

/**
 * The planning rules, in the order a person would fix them: dates, the establishment open, its
 * EVALUATOR habilitation for the certification covering the session's days (in France) and not
 * expired, then the evaluator assigned there. Each refusal has a stable code; nothing is written.
 */
async function assertPlannable(ctx: RequestContext, plan: Plan): Promise<void> {
  if (plan.endsAt.getTime() <= plan.startsAt.getTime())
    throw new InputError([{ field: "endsAt", message: "La fin de la session doit être après son début." }]);
  if (plan.establishment.status === EstablishmentStatus.CLOSED)
    throw new DomainError(ErrorCode.ESTABLISHMENT_CLOSED, "Cet établissement est fermé : il ne peut plus planifier de session.");

  const first = todayInFrance(plan.startsAt);
  const last = todayInFrance(plan.endsAt);
  const today = todayInFrance();
  const certificationLabel = labels.CertificationCode[plan.certification.code as CertificationCode] ?? plan.certification.code;
  const habilitations = await scopedQuery(ctx, Habilitation, "h")
    .where(`h."establishmentId" = :e AND h."certificationId" = :c AND h.role = :r`, {
      e: plan.establishment.id,
      c: plan.certification.id,
      r: HabilitationRole.EVALUATOR,
    })
    .orderBy(`h."endDate"`, "DESC", "NULLS FIRST")
    .getMany();
  const granted = habilitations.filter((h) => h.storedStatus === HabilitationStatus.GRANTED);
  const covering = granted.find(
    (h) => (h.startDate === null || h.startDate <= first) && (h.endDate === null || (h.endDate >= last && h.endDate >= today)),
  );
  if (!covering) {
    const ended = granted.find((h) => h.endDate !== null && (h.endDate < last || h.endDate < today));
    if (ended)
      throw new DomainError(
        ErrorCode.HABILITATION_EXPIRED,
        `L'habilitation évaluateur ${certificationLabel} de cet établissement ${ended.endDate! < today ? "a pris" : "prend"} fin le ${frenchDate(ended.endDate!)} : elle ne couvre pas la session du ${frenchDate(first)}.`,
        { field: "startsAt" },
      );
    const suspended = habilitations.find((h) => h.storedStatus === HabilitationStatus.SUSPENDED);
    if (suspended)
      throw new DomainError(
        ErrorCode.NOT_HABILITATED,
        `L'habilitation évaluateur ${certificationLabel} de cet établissement est suspendue : aucune session ne peut être planifiée.`,
        { field: "certificationCode" },
      );
    if (granted.length)
      throw new DomainError(
        ErrorCode.NOT_HABILITATED,
        `L'habilitation évaluateur ${certificationLabel} de cet établissement ne couvre pas la session du ${frenchDate(first)}.`,
        { field: "startsAt" },
      );
    throw new DomainError(
      ErrorCode.NOT_HABILITATED,
      `Cet établissement n'est pas habilité comme évaluateur pour ${certificationLabel}.`,
      { field: "certificationCode" },
    );
  }

  const assigned =
    isUuid(plan.evaluatorId) &&
    (await scopedQuery(ctx, RoleAssignment, "ra")
      .where(`ra."userId" = :u AND ra."establishmentId" = :e AND ra.role = :r AND ra."endedOn" IS NULL`, {
        u: plan.evaluatorId,
        e: plan.establishment.id,
        r: HabilitationRole.EVALUATOR,
      })
      .getExists());
  if (!assigned)
    throw new DomainError(ErrorCode.EVALUATOR_NOT_ASSIGNED, "Cette personne n'est pas affectée comme évaluateur à cet établissement.", {
      field: "evaluatorId",
    });
}

async function certificationByCode(ctx: RequestContext, code: string): Promise<Certification> {
  const certification = await ctx.em.getRepository(Certification).findOneBy({ code: code as CertificationCode });
  if (!certification) throw new NotFoundError("Certification");
  return certification;
}

export const evaluationSessionService = {
  /** The calendar: sessions by start time, within the caller's scope, filtered by every criterion given. */
  list(ctx: RequestContext, args: PageArgs, filter: EvaluationSessionFilter | null | undefined): Promise<ConnectionShape<EvaluationSession>> {
    const f = filter ?? {};
    assertIdFilter("filter.establishmentId", f.establishmentId);
    assertIdFilter("filter.networkId", f.networkId);
    const qb = scopedQuery(ctx, EvaluationSession, "s");
    if (!f.includeCancelled) qb.andWhere(`s."cancelledAt" IS NULL`);
    if (f.establishmentId) qb.andWhere(`s."establishmentId" = :establishmentId`, { establishmentId: f.establishmentId });
    if (f.networkId) qb.andWhere(`s."networkId" = :networkId`, { networkId: f.networkId });
    if (f.from) qb.andWhere(`s."startsAt" >= :from`, { from: f.from });
    if (f.to) qb.andWhere(`s."startsAt" < :to`, { to: f.to });
    if (f.kind) qb.andWhere(`s.kind = :kind`, { kind: f.kind });
    if (f.certificationCode)
      qb.andWhere(`s."certificationId" IN (SELECT c.id FROM certification c WHERE c.code = :certificationCode)`, {
        certificationCode: f.certificationCode,
      });
    return paginate(qb, args, "startsAt");
  },

  get(ctx: RequestContext, id: string): Promise<EvaluationSession> {
    return findOrFail(ctx, EvaluationSession, id, "Session d'évaluation");
  },

  /**
   * Places taken in each session. Until dossiers can be enrolled (a later issue) every session
   * has none; the loader is where that count will be made, one GROUP BY per query level.
   */
  enrolled(ctx: RequestContext, sessionId: string): Promise<number> {
    return ctx.loader<string, number>("evaluationSession.enrolled", async (ids) => ids.map(() => 0)).load(sessionId);
  },

  async plan(ctx: RequestContext, input: PlanEvaluationSessionInput): Promise<EvaluationSession> {
    const establishment = await findOrFail(ctx, Establishment, input.establishmentId, "Établissement");
    assertAllowed(
      permissions.planSessions(ctx, establishment.networkId, establishment.id),
      "Vous ne pouvez pas planifier de session pour cet établissement.",
    );
    const certification = await certificationByCode(ctx, input.certificationCode);
    const plan = { establishment, certification, startsAt: input.startsAt, endsAt: input.endsAt, evaluatorId: input.evaluatorId };
    await assertPlannable(ctx, plan);
    return audited(
      ctx,
      (tx) =>
        tx.em.getRepository(EvaluationSession).save(
          tx.em.getRepository(EvaluationSession).create({
            establishmentId: establishment.id,
            networkId: establishment.networkId,
            certificationId: certification.id,
            kind: input.kind,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            siteAddress: input.siteAddress.trim(),
            capacity: input.capacity,
            evaluatorId: input.evaluatorId,
            cancelledAt: null,
          }),
        ),
      (s) => ({
        ...sessionAudit(s),
        action: AuditAction.CREATE,
        changedFields: ["certificationId", "kind", "startsAt", "endsAt", "siteAddress", "capacity", "evaluatorId"],
      }),
    );
  },

  async update(ctx: RequestContext, id: string, input: UpdateEvaluationSessionInput): Promise<EvaluationSession> {
    const session = await evaluationSessionService.get(ctx, id);
    assertAllowed(permissions.planSessions(ctx, session.networkId, session.establishmentId), "Vous ne pouvez pas modifier cette session.");
    if (session.cancelledAt) throw new ConflictError("Cette session est annulée : elle ne peut plus être modifiée.");
    const changes: Partial<EvaluationSession> = {};
    if (input.kind != null) changes.kind = input.kind;
    if (input.startsAt != null) changes.startsAt = input.startsAt;
    if (input.endsAt != null) changes.endsAt = input.endsAt;
    if (input.siteAddress != null) changes.siteAddress = input.siteAddress.trim();
    if (input.capacity != null) changes.capacity = input.capacity;
    if (input.evaluatorId != null) changes.evaluatorId = input.evaluatorId;
    const changedFields = changedFieldNames(session, changes);
    if (!changedFields.length) return session;
    const next = { ...session, ...changes };
    const enrolled = await evaluationSessionService.enrolled(ctx, session.id);
    if (next.capacity < enrolled)
      throw new InputError([{ field: "capacity", message: `La session compte déjà ${enrolled} inscrits : la capacité ne peut pas être inférieure.` }]);
    const establishment = await findOrFail(ctx, Establishment, session.establishmentId, "Établissement");
    const certification = await findOrFail(ctx, Certification, session.certificationId, "Certification");
    await assertPlannable(ctx, { establishment, certification, startsAt: next.startsAt, endsAt: next.endsAt, evaluatorId: next.evaluatorId });
    return audited(
      ctx,
      async (tx) => {
        await tx.em.getRepository(EvaluationSession).update({ id: session.id }, changes);
        return tx.em.getRepository(EvaluationSession).findOneByOrFail({ id: session.id });
      },
      (s) => ({ ...sessionAudit(s), action: AuditAction.UPDATE, changedFields }),
    );
  },

  async cancel(ctx: RequestContext, id: string): Promise<EvaluationSession> {
    const session = await evaluationSessionService.get(ctx, id);
    assertAllowed(permissions.planSessions(ctx, session.networkId, session.establishmentId), "Vous ne pouvez pas annuler cette session.");
    if (session.cancelledAt) throw new ConflictError("Cette session est déjà annulée.");
    return audited(
      ctx,
      async (tx) => {
        // Conditional, so that two concurrent cancellations record one event.
        const res = await tx.em
          .getRepository(EvaluationSession)
          .createQueryBuilder()
          .update()
          .set({ cancelledAt: () => "now()" })
          .where(`id = :id AND "cancelledAt" IS NULL`, { id: session.id })
          .execute();
        if (!res.affected) throw new ConflictError("Cette session est déjà annulée.");
        return tx.em.getRepository(EvaluationSession).findOneByOrFail({ id: session.id });
      },
      (s) => ({ ...sessionAudit(s), action: AuditAction.TRANSITION, changedFields: ["cancelledAt"] }),
    );
  },
};
