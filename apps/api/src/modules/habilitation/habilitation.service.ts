import {
  AuditAction,
  allowedHabilitationActions,
  dateRangeProblem,
  effectiveHabilitationStatus,
  ErrorCode,
  habilitationTransition,
  habilitationTransitions,
  HabilitationAction,
  HabilitationStatus,
  HABILITATION_PERIOD_STATUSES,
  labels,
  type FieldProblem,
} from "@clea/schema";
import { assertCan } from "../../core/permissions.js";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import { audited, changedFieldNames } from "../audit/index.js";
import { ConflictError, DomainError, NotFoundError, assertNoProblems } from "../../core/errors.js";
import type { ConnectionShape } from "../../core/list.js";
import { Establishment } from "../establishment/index.js";
import { findOrFail } from "../../core/find.js";
import { Certification } from "../referential/index.js";
import { Habilitation } from "./habilitation.entity.js";
import { habilitationList } from "./habilitation.list.js";
import type {
  ChangeHabilitationStatusInput,
  CreateHabilitationInput,
  HabilitationDatesInput,
  RenewHabilitationInput,
  UpdateHabilitationInput,
} from "./habilitation.inputs.js";
import { assertNoOverlappingPeriod, mapPeriodOverlap, type Period } from "./habilitation.periods.js";
import { addDays, frenchDate, todayInFrance } from "../../core/dates.js";

type Dates = Pick<Habilitation, "decisionDate" | "decisionReference" | "startDate" | "endDate">;

/** Stored statuses whose habilitation must keep its validity period. */
const DATED: readonly HabilitationStatus[] = [HabilitationStatus.GRANTED, HabilitationStatus.SUSPENDED];

/** The given fields of `input` over `current`: undefined keeps a value, null clears it. */
function mergeDates(current: Dates, input: HabilitationDatesInput | null | undefined): Dates {
  const merged = { ...current };
  for (const key of ["decisionDate", "decisionReference", "startDate", "endDate"] as const) {
    const value = input?.[key];
    if (value !== undefined) merged[key] = typeof value === "string" ? value.trim() || null : null;
  }
  return merged;
}

function periodProblems(d: Dates, required: boolean, why: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (required && !d.startDate) problems.push({ field: "startDate", message: `La date de début est obligatoire ${why}.` });
  if (required && !d.endDate) problems.push({ field: "endDate", message: `La date de fin est obligatoire ${why}.` });
  const range = dateRangeProblem(d.startDate, d.endDate);
  if (range) problems.push({ field: "endDate", message: range });
  return problems;
}

/** The period `dates` would hold with stored status `status`, or null when it holds none (see HABILITATION_PERIOD_STATUSES). */
function periodInForce(status: HabilitationStatus, dates: Dates): Period | null {
  return HABILITATION_PERIOD_STATUSES.includes(status) && dates.startDate && dates.endDate
    ? { startDate: dates.startDate, endDate: dates.endDate }
    : null;
}

/** The label of an action, from the transitions data. */
const actionLabel = (a: HabilitationAction) => habilitationTransitions.find((t) => t.action === a)?.label ?? a;

function invalidTransition(action: HabilitationAction, current: HabilitationStatus): DomainError {
  const allowed = allowedHabilitationActions(current);
  return new DomainError(
    ErrorCode.INVALID_TRANSITION,
    `Action « ${actionLabel(action)} » impossible sur une habilitation au statut « ${labels.HabilitationStatus[current]} »` +
      (allowed.length ? ` (possible : ${allowed.map(actionLabel).join(", ")}).` : " (aucune action possible)."),
    { status: current, action, allowedActions: allowed },
  );
}

const habilitationAudit = (h: Habilitation) => ({
  entityType: "Habilitation",
  entityId: h.id,
  networkId: h.networkId,
  establishmentId: h.establishmentId,
});

export const habilitationService = {
  /** What people see: a GRANTED habilitation past its end date is EXPIRED. */
  status(habilitation: Habilitation, today = todayInFrance()): HabilitationStatus {
    return effectiveHabilitationStatus(habilitation.storedStatus, habilitation.endDate, today);
  },

  allowedActions(habilitation: Habilitation): HabilitationAction[] {
    return allowedHabilitationActions(habilitationService.status(habilitation));
  },

  /** Habilitations in the caller's scope, filtered (on the effective status) and sorted as asked. */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<Habilitation>> {
    return habilitationList.page(ctx, args);
  },

  get(ctx: RequestContext, id: string): Promise<Habilitation> {
    return findOrFail(ctx, Habilitation, id, "Habilitation");
  },

  async create(ctx: RequestContext, input: CreateHabilitationInput): Promise<Habilitation> {
    const establishment = await findOrFail(ctx, Establishment, input.establishmentId, "Établissement");
    assertCan(
      ctx,
      "habilitation.request",
      { networkId: establishment.networkId },
      "Vous ne pouvez pas demander d'habilitation pour cet établissement.",
    );
    const certification = await ctx.em.getRepository(Certification).findOneBy({ code: input.certificationCode });
    if (!certification) throw new NotFoundError("Certification");
    const dates = mergeDates({ decisionDate: null, decisionReference: null, startDate: null, endDate: null }, input);
    assertNoProblems(periodProblems(dates, false, ""));
    // One open request or habilitation per establishment, certification and role; a new request
    // after a refusal, a withdrawal or an expiry is fine.
    const open = await ctx.em
      .getRepository(Habilitation)
      .createQueryBuilder("h")
      .where(`h."establishmentId" = :e AND h."certificationId" = :c AND h.role = :r`, {
        e: establishment.id,
        c: certification.id,
        r: input.role,
      })
      .andWhere(`(h."storedStatus" IN (:...open) OR (h."storedStatus" = :granted AND (h."endDate" IS NULL OR h."endDate" >= :today)))`, {
        open: [HabilitationStatus.REQUESTED, HabilitationStatus.SUSPENDED],
        granted: HabilitationStatus.GRANTED,
        today: todayInFrance(),
      })
      .getOne();
    if (open)
      throw new ConflictError(
        `Cet établissement a déjà une habilitation ${labels.CertificationCode[input.certificationCode]} (${labels.HabilitationRole[input.role].toLowerCase()}) au statut « ${labels.HabilitationStatus[habilitationService.status(open)]} ».`,
        { field: "certificationCode" },
      );
    return audited(
      ctx,
      (tx) =>
        tx.em.getRepository(Habilitation).save({
          ...dates,
          establishmentId: establishment.id,
          networkId: establishment.networkId,
          certificationId: certification.id,
          role: input.role,
          storedStatus: HabilitationStatus.REQUESTED,
        }),
      (h) => ({ ...habilitationAudit(h), action: AuditAction.CREATE, changedFields: ["certificationId", "role", ...Object.keys(dates)] }),
    );
  },

  async update(ctx: RequestContext, id: string, input: UpdateHabilitationInput): Promise<Habilitation> {
    const habilitation = await habilitationService.get(ctx, id);
    assertCan(ctx, "habilitation.request", { networkId: habilitation.networkId }, "Vous ne pouvez pas modifier cette habilitation.");
    const dates = mergeDates(habilitation, input);
    assertNoProblems(periodProblems(dates, DATED.includes(habilitation.storedStatus), "pour une habilitation accordée ou suspendue"));
    const period = periodInForce(habilitation.storedStatus, dates);
    if (period) await assertNoOverlappingPeriod(ctx, habilitation, period, habilitation.id);
    const changedFields = changedFieldNames(habilitation, dates);
    Object.assign(habilitation, dates);
    return mapPeriodOverlap(period, () =>
      audited(
        ctx,
        (tx) => tx.em.getRepository(Habilitation).save(habilitation),
        (h) => ({ ...habilitationAudit(h), action: AuditAction.UPDATE, changedFields }),
      ),
    );
  },

  /**
   * Applies one action of the life cycle (@clea/schema `habilitationTransitions`) to the effective
   * status. The UPDATE is conditional on the status read, so two concurrent decisions cannot both win.
   */
  async changeStatus(
    ctx: RequestContext,
    id: string,
    action: HabilitationAction,
    input: ChangeHabilitationStatusInput | null | undefined,
  ): Promise<Habilitation> {
    const habilitation = await habilitationService.get(ctx, id);
    assertCan(ctx, "habilitation.decide", { networkId: habilitation.networkId }, "Vous ne pouvez pas décider de cette habilitation.");
    const today = todayInFrance();
    const current = habilitationService.status(habilitation, today);
    const transition = habilitationTransition(action, current);
    if (!transition) throw invalidTransition(action, current);
    if (transition.createsNextPeriod)
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `« ${transition.label} » crée une nouvelle période d'habilitation : utilisez renewHabilitation, avec la nouvelle date de fin.`,
        { field: "action" },
      );
    const dates = mergeDates(habilitation, input);
    if ((action === HabilitationAction.GRANT || action === HabilitationAction.REFUSE) && !dates.decisionDate) dates.decisionDate = today;
    const problems = periodProblems(dates, transition.to === HabilitationStatus.GRANTED, "pour accorder une habilitation");
    if (
      transition.to === HabilitationStatus.GRANTED &&
      dates.endDate &&
      dates.endDate < today &&
      !problems.some((p) => p.field === "endDate")
    )
      problems.push({ field: "endDate", message: "La date de fin est passée : l'habilitation serait aussitôt expirée." });
    assertNoProblems(problems);
    const period = periodInForce(transition.to, dates);
    if (period) await assertNoOverlappingPeriod(ctx, habilitation, period, habilitation.id);
    const changedFields = ["status", ...changedFieldNames(habilitation, dates)];
    return mapPeriodOverlap(period, () =>
      audited(
        ctx,
        async (tx) => {
          const result = await tx.em
            .createQueryBuilder()
            .update(Habilitation)
            .set({ ...dates, storedStatus: transition.to })
            .where(`id = :id AND "storedStatus" = :from`, { id, from: habilitation.storedStatus })
            .execute();
          if (!result.affected)
            throw new ConflictError("Cette habilitation vient d'être modifiée par quelqu'un d'autre ; rechargez-la avant de décider.");
          return tx.em.getRepository(Habilitation).findOneByOrFail({ id });
        },
        (h) => ({ ...habilitationAudit(h), action: AuditAction.TRANSITION, changedFields }),
      ),
    );
  },

  /**
   * RENEW (@clea/schema `habilitationTransitions`): a GRANTED or EXPIRED habilitation keeps its
   * period, and the next one is created GRANTED from the day after its end to `input.endDate`.
   * A mutation of its own rather than a status change, since it creates a habilitation and needs
   * a new end date. A second renewal of the same period overlaps the first and is refused (also
   * when both race: the database trigger holds the rule).
   */
  async renew(ctx: RequestContext, id: string, input: RenewHabilitationInput): Promise<Habilitation> {
    const current = await habilitationService.get(ctx, id);
    assertCan(ctx, "habilitation.request", { networkId: current.networkId }, "Vous ne pouvez pas renouveler cette habilitation.");
    const today = todayInFrance();
    const status = habilitationService.status(current, today);
    const transition = habilitationTransition(HabilitationAction.RENEW, status);
    if (!transition || !current.endDate) throw invalidTransition(HabilitationAction.RENEW, status);
    const dates: Dates = mergeDates(
      { decisionDate: today, decisionReference: null, startDate: addDays(current.endDate, 1), endDate: null },
      { decisionDate: input.decisionDate, decisionReference: input.decisionReference, endDate: input.endDate },
    );
    if (!dates.decisionDate) dates.decisionDate = today;
    const problems = periodProblems(dates, true, "pour renouveler une habilitation").map((p) =>
      p.field === "endDate" && dates.endDate && dates.startDate && dates.endDate < dates.startDate
        ? {
            field: "endDate",
            message: `La nouvelle date de fin doit être postérieure ou égale au ${frenchDate(dates.startDate)}, lendemain de la fin de la période renouvelée.`,
          }
        : p,
    );
    if (!problems.length && dates.endDate! < today)
      problems.push({ field: "endDate", message: "La date de fin est passée : l'habilitation serait aussitôt expirée." });
    assertNoProblems(problems);
    const period = { startDate: dates.startDate!, endDate: dates.endDate! };
    await assertNoOverlappingPeriod(ctx, current, period);
    return mapPeriodOverlap(period, () =>
      audited(
        ctx,
        (tx) =>
          tx.em.getRepository(Habilitation).save({
            ...dates,
            establishmentId: current.establishmentId,
            networkId: current.networkId,
            certificationId: current.certificationId,
            role: current.role,
            storedStatus: transition.to,
          }),
        (h) => ({
          ...habilitationAudit(h),
          action: AuditAction.CREATE,
          changedFields: ["certificationId", "role", "status", ...Object.keys(dates)],
        }),
      ),
    );
  },
};
