import {
  DossierAction,
  DossierState,
  ErrorCode,
  EvaluationSessionKind,
  EvaluationStatus,
  deriveOutcomes,
  windowEnd,
  type CriterionResultValue,
  type FieldProblem,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { frenchDate, todayInFrance } from "../../core/dates.js";
import { DomainError, InputError, NotFoundError } from "../../core/errors.js";
import { isUuid } from "../../core/find.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { Dossier, domainStatusesOf, transitionDossier, type RunGuard } from "../dossier/index.js";
import { EvaluationSession } from "../evaluation-session/index.js";
import { type CriterionResult, Evaluation } from "./evaluation.entity.js";
import type { PlanFinalEvaluationInput, PlanPreliminaryEvaluationInput, RecordEvaluationInput } from "./evaluation.inputs.js";
import { referentialRules, type ReferentialRules } from "./evaluation.rules.js";
import { criterionResultList } from "./criterion-result.list.js";
import { evaluationList } from "./evaluation.list.js";

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * The planning rules of an evaluation, in the order a person would fix them: the session (same
 * establishment, certification and kind, not cancelled, a free place — counted under a lock on the
 * session, so two plannings cannot take its last place together), the date, the establishment open
 * and habilitated on that date, the evaluator assigned there. Returns the date and session kept.
 */
async function assertEvaluationPlannable(
  tx: RequestContext,
  dossier: Dossier,
  input: PlanPreliminaryEvaluationInput,
  kind: EvaluationSessionKind,
  guard: RunGuard,
): Promise<{ plannedOn: string; sessionId: string | null }> {
  let plannedOn = input.plannedOn ?? null;
  let sessionId: string | null = null;
  if (input.sessionId) {
    const session = isUuid(input.sessionId)
      ? await tx.em
          .getRepository(EvaluationSession)
          .createQueryBuilder("s")
          .setLock("pessimistic_write")
          .where("s.id = :id", { id: input.sessionId })
          .getOne()
      : null;
    if (!session || session.establishmentId !== dossier.establishmentId) throw new NotFoundError("Session d'évaluation");
    const problems: FieldProblem[] = [];
    if (session.cancelledAt) problems.push({ field: "sessionId", message: "Cette session est annulée." });
    if (session.certificationId !== dossier.certificationId)
      problems.push({ field: "sessionId", message: "Cette session est celle d'une autre certification." });
    if (session.kind !== kind)
      problems.push({
        field: "sessionId",
        message:
          kind === EvaluationSessionKind.PRELIMINARY
            ? "Cette session n'est pas une session d'évaluation préalable."
            : "Cette session n'est pas une session d'évaluation finale.",
      });
    const sessionDay = todayInFrance(session.startsAt);
    if (plannedOn && plannedOn !== sessionDay)
      problems.push({ field: "plannedOn", message: `La date prévue doit être celle de la session (${frenchDate(sessionDay)}).` });
    if (problems.length) throw new InputError(problems);
    const [{ n }]: [{ n: number }] = await tx.em.query(
      `SELECT count(*)::int AS n FROM evaluation WHERE "sessionId" = $1 AND status IN ($2, $3)`,
      [session.id, EvaluationStatus.PLANNED, EvaluationStatus.DONE],
    );
    if (n >= session.capacity)
      throw new DomainError(
        ErrorCode.SESSION_FULL,
        `Cette session est complète (${plural(session.capacity, "place", "places")}) : choisissez-en une autre.`,
        {
          field: "sessionId",
        },
      );
    plannedOn = sessionDay;
    sessionId = session.id;
  }
  if (!plannedOn) throw new InputError([{ field: "plannedOn", message: "La date prévue est obligatoire (ou choisissez une session)." }]);
  await guard("ESTABLISHMENT_HABILITATED", { day: plannedOn, refused: "planifier d'évaluation", dateField: "plannedOn" });
  await guard("EVALUATOR_ASSIGNED", { evaluatorId: input.evaluatorId });
  return { plannedOn, sessionId };
}

/** The planned evaluation of a kind that a recording completes. */
async function plannedEvaluation(tx: RequestContext, dossierId: string, kind: EvaluationSessionKind): Promise<Evaluation> {
  const evaluation = await tx.em.getRepository(Evaluation).findOne({
    where: { dossierId, kind, status: EvaluationStatus.PLANNED },
    order: { createdAt: "DESC" },
  });
  if (!evaluation) throw new Error(`dossier ${dossierId}: no planned ${kind} evaluation`);
  return evaluation;
}

/** The dates of a recording: not in the future, not before the dossier opened (nor, for a finale, before the préalable). */
function assertHeldOn(dossier: Dossier, heldOn: string, kind: EvaluationSessionKind): void {
  const problems: FieldProblem[] = [];
  if (heldOn > todayInFrance()) problems.push({ field: "heldOn", message: "La date de réalisation ne peut pas être dans le futur." });
  else if (heldOn < dossier.openedOn)
    problems.push({ field: "heldOn", message: `La date de réalisation précède l'ouverture du dossier (${frenchDate(dossier.openedOn)}).` });
  else if (kind === EvaluationSessionKind.FINAL && dossier.preliminaryDate && heldOn < dossier.preliminaryDate)
    problems.push({
      field: "heldOn",
      message: `La date de réalisation précède l'évaluation préalable (${frenchDate(dossier.preliminaryDate)}).`,
    });
  if (problems.length) throw new InputError(problems);
  if (kind === EvaluationSessionKind.FINAL && dossier.windowEndsOn && heldOn > dossier.windowEndsOn)
    throw new DomainError(
      ErrorCode.WINDOW_EXPIRED,
      `L'évaluation finale doit avoir lieu au plus tard le ${frenchDate(dossier.windowEndsOn)}, fin du délai de 5 ans depuis l'évaluation préalable.`,
      { field: "heldOn" },
    );
}

/**
 * Writes the criterion results and the derived sub-domain and domain outcomes of a done
 * evaluation: three statements whatever the number of criteria (arrays unnested by PostgreSQL).
 */
async function writeResults(
  tx: RequestContext,
  evaluationId: string,
  rules: ReferentialRules,
  byCode: Record<string, CriterionResultValue>,
  domainCodes: readonly string[],
  dates: { acquiredOn: string; validUntil: string },
): Promise<{ acquired: string[] }> {
  const codes = Object.keys(byCode);
  await tx.em.query(
    `INSERT INTO criterion_result ("evaluationId", "criterionId", acquired)
     SELECT $1, c, a FROM unnest($2::uuid[], $3::boolean[]) AS r(c, a)`,
    [evaluationId, codes.map((c) => rules.criterionIds.get(c)!), codes.map((c) => byCode[c] === "ACQUIRED")],
  );
  const outcomes = deriveOutcomes(rules.rules, byCode, domainCodes);
  const subs = outcomes.flatMap((d) => d.subDomains);
  await tx.em.query(
    `INSERT INTO sub_domain_result ("evaluationId", "subDomainId", "acquiredCount", "criterionCount", validated)
     SELECT $1, s, a, n, v FROM unnest($2::uuid[], $3::smallint[], $4::smallint[], $5::boolean[]) AS r(s, a, n, v)`,
    [
      evaluationId,
      subs.map((s) => rules.subDomainIds.get(s.code)!),
      subs.map((s) => s.acquiredCount),
      subs.map((s) => s.criterionCount),
      subs.map((s) => s.validated === true),
    ],
  );
  const acquired = outcomes.filter((d) => d.acquired === true).map((d) => d.code);
  await tx.em.query(
    `INSERT INTO domain_result ("evaluationId", "domainId", acquired, "acquiredOn", "validUntil")
     SELECT $1, d, a, CASE WHEN a THEN $4::date END, CASE WHEN a THEN $5::date END
       FROM unnest($2::uuid[], $3::boolean[]) AS r(d, a)`,
    [
      evaluationId,
      outcomes.map((d) => rules.domainIds.get(d.code)!),
      outcomes.map((d) => d.acquired === true),
      dates.acquiredOn,
      dates.validUntil,
    ],
  );
  return { acquired };
}

async function markDone(tx: RequestContext, evaluation: Evaluation, input: RecordEvaluationInput): Promise<void> {
  await tx.em.getRepository(Evaluation).update(
    { id: evaluation.id },
    {
      status: EvaluationStatus.DONE,
      heldOn: input.heldOn,
      durationMinutes: input.durationMinutes,
      context: input.context?.trim() || null,
    },
  );
}

export const evaluationService = {
  /** Evaluations in the caller's scope, filtered and sorted as asked (most recently planned first by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<Evaluation>> {
    return evaluationList.page(ctx, args);
  },

  /** Criterion results of the evaluations in the caller's scope, filtered and sorted as asked (by criterion code by default). */
  criterionResults(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<CriterionResult>> {
    return criterionResultList.page(ctx, args);
  },

  /** PLAN_PRELIMINARY: a date (or a place in a session), an evaluator assigned at the establishment. */
  async planPreliminary(ctx: RequestContext, input: PlanPreliminaryEvaluationInput): Promise<Dossier> {
    const { dossier } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action: DossierAction.PLAN_PRELIMINARY },
      async (tx, d, guard) => {
        const { plannedOn, sessionId } = await assertEvaluationPlannable(tx, d, input, EvaluationSessionKind.PRELIMINARY, guard);
        await tx.em.getRepository(Evaluation).insert({
          dossierId: d.id,
          networkId: d.networkId,
          establishmentId: d.establishmentId,
          kind: EvaluationSessionKind.PRELIMINARY,
          status: EvaluationStatus.PLANNED,
          plannedOn,
          sessionId,
          evaluatorId: input.evaluatorId,
          domainCodes: null,
        });
        return { to: DossierState.PRELIMINARY_PLANNED, note: `Évaluation préalable prévue le ${frenchDate(plannedOn)}.` };
      },
    );
    return dossier;
  },

  /**
   * RECORD_PRELIMINARY: a result for every criterion of the pinned référentiel version, in one
   * transaction with the derived outcomes (acquired on the day held, valid 5 years), the dossier's
   * window, and the move to READY_FOR_JURY (every domain acquired) or IN_TRAINING.
   */
  async recordPreliminary(ctx: RequestContext, input: RecordEvaluationInput): Promise<Dossier> {
    const { dossier } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action: DossierAction.RECORD_PRELIMINARY },
      async (tx, d, guard) => {
        const kind = EvaluationSessionKind.PRELIMINARY;
        assertHeldOn(d, input.heldOn, kind);
        const evaluation = await plannedEvaluation(tx, d.id, kind);
        await guard("ESTABLISHMENT_HABILITATED", { day: input.heldOn, refused: "enregistrer d'évaluation", dateField: "heldOn" });
        const rules = await referentialRules(tx, d.referentialId);
        const expected = rules.domainCodes.flatMap((c) => rules.criteriaOfDomain.get(c)!);
        const byCode = await guard("EVERY_CRITERION_SCORED", { results: input.results, expected, known: rules.criterionIds });
        const validUntil = windowEnd(input.heldOn);
        const { acquired } = await writeResults(tx, evaluation.id, rules, byCode, rules.domainCodes, {
          acquiredOn: input.heldOn,
          validUntil,
        });
        await markDone(tx, evaluation, input);
        const all = acquired.length === rules.domainCodes.length;
        return {
          to: all ? DossierState.READY_FOR_JURY : DossierState.IN_TRAINING,
          patch: { preliminaryDate: input.heldOn, windowEndsOn: validUntil },
          note: `${plural(acquired.length, "domaine acquis", "domaines acquis")} sur ${rules.domainCodes.length}.`,
        };
      },
    );
    return dossier;
  },

  /**
   * PLAN_FINAL: only domains not acquired and targeted by a training path that is not cancelled;
   * an evaluator assigned at the establishment who trains the candidate on none of its paths.
   */
  async planFinal(ctx: RequestContext, input: PlanFinalEvaluationInput): Promise<Dossier> {
    const { dossier } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action: DossierAction.PLAN_FINAL },
      async (tx, d, guard) => {
        const rules = await referentialRules(tx, d.referentialId);
        const domainCodes = await guard("ONLY_MISSING_DOMAINS", { codes: input.domainCodes, domainCodes: rules.domainCodes });
        await guard("EVALUATOR_NOT_TRAINER", { evaluatorId: input.evaluatorId });
        const { plannedOn, sessionId } = await assertEvaluationPlannable(tx, d, input, EvaluationSessionKind.FINAL, guard);
        if (d.windowEndsOn && plannedOn > d.windowEndsOn)
          throw new DomainError(
            ErrorCode.WINDOW_EXPIRED,
            `L'évaluation finale doit avoir lieu au plus tard le ${frenchDate(d.windowEndsOn)}, fin du délai de 5 ans depuis l'évaluation préalable.`,
            { field: "plannedOn" },
          );
        await tx.em.getRepository(Evaluation).insert({
          dossierId: d.id,
          networkId: d.networkId,
          establishmentId: d.establishmentId,
          kind: EvaluationSessionKind.FINAL,
          status: EvaluationStatus.PLANNED,
          plannedOn,
          sessionId,
          evaluatorId: input.evaluatorId,
          domainCodes,
        });
        return {
          to: DossierState.FINAL_PLANNED,
          note: `Évaluation finale prévue le ${frenchDate(plannedOn)} sur ${domainCodes.join(", ")}.`,
        };
      },
    );
    return dossier;
  },

  /**
   * RECORD_FINAL: a result for every criterion of the planned domains; outcomes valid until the
   * dossier's window end; READY_FOR_JURY when every domain of the référentiel is now acquired.
   */
  async recordFinal(ctx: RequestContext, input: RecordEvaluationInput): Promise<Dossier> {
    const { dossier } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action: DossierAction.RECORD_FINAL },
      async (tx, d, guard) => {
        const kind = EvaluationSessionKind.FINAL;
        assertHeldOn(d, input.heldOn, kind);
        const evaluation = await plannedEvaluation(tx, d.id, kind);
        await guard("ESTABLISHMENT_HABILITATED", { day: input.heldOn, refused: "enregistrer d'évaluation", dateField: "heldOn" });
        await guard("EVALUATOR_NOT_TRAINER", { evaluatorId: evaluation.evaluatorId });
        const rules = await referentialRules(tx, d.referentialId);
        const domainCodes = evaluation.domainCodes ?? [];
        await guard("ONLY_MISSING_DOMAINS", { codes: domainCodes, domainCodes: rules.domainCodes });
        const expected = domainCodes.flatMap((c) => rules.criteriaOfDomain.get(c) ?? []);
        const byCode = await guard("EVERY_CRITERION_SCORED", { results: input.results, expected, known: rules.criterionIds });
        const { acquired } = await writeResults(tx, evaluation.id, rules, byCode, domainCodes, {
          acquiredOn: input.heldOn,
          validUntil: d.windowEndsOn!,
        });
        await markDone(tx, evaluation, input);
        const statuses = (await domainStatusesOf(tx, [d.id])).get(d.id) ?? [];
        // Every domain acquired (now or before) and valid: the window was checked by the transition.
        const acquiredTotal = statuses.filter((s) => s.acquired).length;
        const all = acquiredTotal === rules.domainCodes.length;
        return {
          to: all ? DossierState.READY_FOR_JURY : DossierState.IN_TRAINING,
          note: `${plural(acquired.length, "domaine acquis", "domaines acquis")} sur ${domainCodes.length} évalué${domainCodes.length > 1 ? "s" : ""} ; ${acquiredTotal} sur ${rules.domainCodes.length} au total.`,
        };
      },
    );
    return dossier;
  },
};
