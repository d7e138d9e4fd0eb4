import { AuditAction, EvaluationStatus, type CertificationCode } from "@clea/schema";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import { frenchDate, todayInFrance } from "../../core/dates.js";
import { ConflictError, InputError, NotFoundError } from "../../core/errors.js";
import { findOrFail } from "../../core/find.js";
import type { ConnectionShape } from "../../core/list.js";
import { assertCan } from "../../core/permissions.js";
import { audited, changedFieldNames } from "../audit/index.js";
import { Establishment } from "../establishment/index.js";
import { assertEstablishmentHabilitated, assertEvaluatorAssigned } from "../habilitation/index.js";
import { Certification } from "../referential/index.js";
import { EvaluationSession } from "./evaluation-session.entity.js";
import type { PlanEvaluationSessionInput, UpdateEvaluationSessionInput } from "./evaluation-session.inputs.js";
import { evaluationSessionList } from "./evaluation-session.list.js";

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
  const first = todayInFrance(plan.startsAt);
  await assertEstablishmentHabilitated(ctx, {
    establishment: plan.establishment,
    certification: plan.certification,
    first,
    last: todayInFrance(plan.endsAt),
    what: `la session du ${frenchDate(first)}`,
    refused: "planifier de session",
    dateField: "startsAt",
  });
  await assertEvaluatorAssigned(ctx, plan.establishment.id, plan.evaluatorId);
}

async function certificationByCode(ctx: RequestContext, code: string): Promise<Certification> {
  const certification = await ctx.em.getRepository(Certification).findOneBy({ code: code as CertificationCode });
  if (!certification) throw new NotFoundError("Certification");
  return certification;
}

/** Evaluations that hold a place in their session. */
export const SEAT_HOLDING_STATUSES = [EvaluationStatus.PLANNED, EvaluationStatus.DONE];

/** SQL counting the places taken in the session of alias `s` (see `enrolled`). */
export const enrolledSql = (s: string) =>
  `(SELECT count(*) FROM evaluation ev_seat WHERE ev_seat."sessionId" = ${s}.id AND ev_seat.status IN ('${SEAT_HOLDING_STATUSES.join("','")}'))`;

export const evaluationSessionService = {
  /** The calendar: sessions in the caller's scope, filtered and sorted as asked (by start time by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<EvaluationSession>> {
    return evaluationSessionList.page(ctx, args);
  },

  get(ctx: RequestContext, id: string): Promise<EvaluationSession> {
    return findOrFail(ctx, EvaluationSession, id, "Session d'évaluation");
  },

  /**
   * Places taken in each session: its evaluations planned or done (a cancelled one frees its
   * place), one GROUP BY per query level. Counted over every evaluation of the session, whatever
   * the caller may read of them: a place is taken even when its dossier is outside the caller's scope.
   */
  enrolled(ctx: RequestContext, sessionId: string): Promise<number> {
    return ctx
      .loader<string, number>("evaluationSession.enrolled", async (ids) => {
        const rows: { sessionId: string; n: number }[] = await ctx.em.query(
          `SELECT "sessionId", count(*)::int AS n FROM evaluation
            WHERE "sessionId" = ANY($1::uuid[]) AND status = ANY($2::varchar[]) GROUP BY "sessionId"`,
          [ids, SEAT_HOLDING_STATUSES],
        );
        const map = new Map(rows.map((r) => [r.sessionId, r.n]));
        return ids.map((id) => map.get(id) ?? 0);
      })
      .load(sessionId);
  },

  async plan(ctx: RequestContext, input: PlanEvaluationSessionInput): Promise<EvaluationSession> {
    const establishment = await findOrFail(ctx, Establishment, input.establishmentId, "Établissement");
    assertCan(
      ctx,
      "session.plan",
      { networkId: establishment.networkId, establishmentId: establishment.id },
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
    assertCan(
      ctx,
      "session.plan",
      { networkId: session.networkId, establishmentId: session.establishmentId },
      "Vous ne pouvez pas modifier cette session.",
    );
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
      throw new InputError([
        { field: "capacity", message: `La session compte déjà ${enrolled} inscrits : la capacité ne peut pas être inférieure.` },
      ]);
    const establishment = await findOrFail(ctx, Establishment, session.establishmentId, "Établissement");
    const certification = await findOrFail(ctx, Certification, session.certificationId, "Certification");
    await assertPlannable(ctx, {
      establishment,
      certification,
      startsAt: next.startsAt,
      endsAt: next.endsAt,
      evaluatorId: next.evaluatorId,
    });
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
    assertCan(
      ctx,
      "session.plan",
      { networkId: session.networkId, establishmentId: session.establishmentId },
      "Vous ne pouvez pas annuler cette session.",
    );
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
