import {
  AuditAction,
  ErrorCode,
  dossierActionsFrom,
  dossierLabels,
  dossierTransition,
  type DossierAction,
  type DossierState,
  type DossierTransition,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { todayInFrance } from "../../core/dates.js";
import { ConflictError, DomainError, NotFoundError } from "../../core/errors.js";
import { isUuid } from "../../core/find.js";
import { ForbiddenError, isSystem, mayDo } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { auditService } from "../audit/index.js";
import { Dossier, DossierEvent } from "./dossier.entity.js";
import { checkPrerequisites, guardRunner, isPrerequisite, prerequisitesHold, type GuardScope, type RunGuard } from "./dossier.guards.js";

/** What a transition's work decides, besides the rows it writes itself. */
export interface TransitionOutcome<T> {
  /** The target state, one of the transition's `to` (the outcome chooses when there are several). */
  to: DossierState;
  /** Other dossier fields the step sets (e.g. `preliminaryDate`, `windowEndsOn`). */
  patch?: Partial<Pick<Dossier, "preliminaryDate" | "windowEndsOn">>;
  /** A short French note kept in the history (a reason, a summary of results). */
  note?: string | null;
  /** Whatever the caller wants back (an evaluation, a submission…). */
  result?: T;
}

export interface TransitionRequest {
  dossierId: string;
  /** The version the caller read: a stale one is refused with CONFLICT, never last-write-wins. */
  version: number;
  action: DossierAction;
}

/**
 * The checks every action of the process passes before its work: the action exists from the
 * dossier's state (INVALID_TRANSITION), the caller holds its capability over the dossier
 * (FORBIDDEN; only the system performs an action without one), its prerequisite guards hold (the
 * 5-year window, a training path…). Used by `transitionDossier` and by actions that keep the
 * dossier's state (planning a training path).
 */
export async function checkDossierAction(
  tx: RequestContext,
  dossier: Dossier,
  action: DossierAction,
): Promise<{ transition: DossierTransition; scope: GuardScope }> {
  const transition = dossierTransition(action, dossier.state);
  if (!transition)
    throw new DomainError(
      ErrorCode.INVALID_TRANSITION,
      `Action impossible : « ${dossierLabels.DossierAction[action]} » n'est pas permise pour un dossier à l'état « ${dossierLabels.DossierState[dossier.state]} ».`,
      { currentState: dossier.state },
    );
  const allowed = transition.capability ? mayDo(tx, transition.capability, dossier) : isSystem(tx);
  if (!allowed)
    throw new ForbiddenError(`Votre rôle ne vous permet pas de « ${dossierLabels.DossierAction[action].toLowerCase()} » ce dossier.`);
  const scope: GuardScope = { tx, dossier, today: todayInFrance() };
  await checkPrerequisites(scope, transition.guards);
  return { transition, scope };
}

/**
 * The actions the caller may perform on `dossier` now: those its state allows, that the caller's
 * capabilities allow over it, whose prerequisite guards hold (the rest of their rules depend on
 * what the person will enter, and are checked when they try).
 */
export async function allowedDossierActions(ctx: RequestContext, dossier: Dossier): Promise<DossierAction[]> {
  if (!ctx.principal) return [];
  const scope: GuardScope = { tx: ctx, dossier, today: todayInFrance() };
  const allowed: DossierAction[] = [];
  for (const t of dossierActionsFrom(dossier.state))
    if (mayDo(ctx, t.capability!, dossier) && (await prerequisitesHold(scope, t.guards))) allowed.push(t.action);
  return allowed;
}

/**
 * The one way a dossier changes state. In one transaction: lock the dossier row, refuse a stale
 * version (CONFLICT), then `checkDossierAction` (state, capability, prerequisites such as the
 * 5-year window); then run `work`, which checks the action's other guards through `guard(name,
 * input)` and writes its own rows with `tx`; refuse to commit if the work ran other guards than the
 * action lists (a programming error); move the state, bump the version, append one history row
 * and one audit event. Any refusal rolls everything back: nothing is half-written.
 */
export async function transitionDossier<T = undefined>(
  ctx: RequestContext,
  request: TransitionRequest,
  work: (tx: RequestContext, dossier: Dossier, guard: RunGuard) => Promise<TransitionOutcome<T>>,
): Promise<{ dossier: Dossier; result: T | undefined }> {
  const visible =
    isUuid(request.dossierId) && (await scopedQuery(ctx, Dossier, "d").andWhere("d.id = :id", { id: request.dossierId }).getExists());
  if (!visible) throw new NotFoundError("Dossier");

  const outcome = await ctx.transaction(async (tx) => {
    const dossier = await tx.em
      .getRepository(Dossier)
      .createQueryBuilder("d")
      .setLock("pessimistic_write")
      .where("d.id = :id", { id: request.dossierId })
      .getOneOrFail();
    if (dossier.version !== request.version)
      throw new ConflictError(
        "Ce dossier a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Rechargez-le pour voir son état actuel, puis recommencez.",
        { staleVersion: true, currentVersion: dossier.version, currentState: dossier.state },
      );
    const { transition, scope } = await checkDossierAction(tx, dossier, request.action);
    const guards = guardRunner(scope);
    const done = await work(tx, dossier, guards.run);
    assertRanListedGuards(transition, guards.ran);
    if (!transition.to.includes(done.to)) throw new Error(`${request.action} cannot lead to ${done.to}`);

    const patch = done.patch ?? {};
    const updated = await tx.em
      .createQueryBuilder()
      .update(Dossier)
      .set({ ...patch, state: done.to, version: () => `"version" + 1`, stateChangedAt: () => "now()" })
      .where(`id = :id AND "version" = :version`, { id: dossier.id, version: request.version })
      .execute();
    if (updated.affected !== 1)
      throw new ConflictError("Ce dossier a été modifié entre-temps. Rechargez-le, puis recommencez.", { staleVersion: true });

    await tx.em.getRepository(DossierEvent).insert({
      dossierId: dossier.id,
      networkId: dossier.networkId,
      action: request.action,
      fromState: dossier.state,
      toState: done.to,
      version: request.version + 1,
      actorId: tx.principal?.userId ?? null,
      note: done.note ?? null,
    });
    await auditService.record(tx, {
      action: AuditAction.TRANSITION,
      entityType: "Dossier",
      entityId: dossier.id,
      changedFields: ["state", ...Object.keys(patch)],
      networkId: dossier.networkId,
      establishmentId: dossier.establishmentId,
    });
    return done;
  });

  ctx.clearLoaders();
  const dossier = await ctx.em.getRepository(Dossier).findOneByOrFail({ id: request.dossierId });
  return { dossier, result: outcome.result };
}

/** The guards needing input that an action lists are exactly those its work ran. */
export function assertRanListedGuards(transition: DossierTransition, ran: ReadonlySet<string>): void {
  const listed = transition.guards.filter((g) => !isPrerequisite(g));
  const missing = listed.filter((g) => !ran.has(g));
  const extra = [...ran].filter((g) => !(listed as readonly string[]).includes(g));
  if (missing.length || extra.length)
    throw new Error(`${transition.action}: guards not run ${missing.join(", ") || "-"}; run but not listed ${extra.join(", ") || "-"}`);
}

/** The history row of a dossier's opening (not a transition: there is no state before it). */
export function openingEvent(dossier: Dossier, actorId: string | null): Partial<DossierEvent> {
  return {
    dossierId: dossier.id,
    networkId: dossier.networkId,
    action: null,
    fromState: null,
    toState: dossier.state,
    version: dossier.version,
    actorId,
    note: null,
  };
}

/**
 * An action that changes what a dossier holds but not its state (`keepsState` in the table, e.g.
 * planning a training path): under the dossier's lock, the same checks and guards as a
 * transition, without a version bump or a history row. `tx` must be inside a transaction.
 */
export async function actOnDossier<T>(
  tx: RequestContext,
  dossierId: string,
  action: DossierAction,
  work: (dossier: Dossier, guard: RunGuard) => Promise<T>,
): Promise<T> {
  const dossier = await tx.em
    .getRepository(Dossier)
    .createQueryBuilder("d")
    .setLock("pessimistic_write")
    .where("d.id = :id", { id: dossierId })
    .getOneOrFail();
  const { transition, scope } = await checkDossierAction(tx, dossier, action);
  const guards = guardRunner(scope);
  const result = await work(dossier, guards.run);
  assertRanListedGuards(transition, guards.ran);
  return result;
}
