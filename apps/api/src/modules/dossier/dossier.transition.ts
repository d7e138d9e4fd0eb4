import {
  AuditAction,
  DossierAction,
  ErrorCode,
  dossierLabels,
  dossierTransition,
  isWindowOver,
  type DossierState,
  type DossierTransition,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { frenchDate, todayInFrance } from "../../core/dates.js";
import { ConflictError, DomainError, NotFoundError } from "../../core/errors.js";
import { isUuid } from "../../core/find.js";
import { ForbiddenError } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { auditService } from "../audit/audit.service.js";
import { Dossier, DossierEvent } from "./dossier.entity.js";
import "./dossier.scope.js";

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

/** Actions still possible once the 5-year window is over: closing the dossier. */
const AFTER_WINDOW: readonly DossierAction[] = [DossierAction.WITHDRAW, DossierAction.EXPIRE];

/** The roles the caller holds over this dossier; every role for system work (jobs, seeds). */
export function rolesOverDossier(ctx: RequestContext, dossier: Pick<Dossier, "networkId" | "establishmentId">): string[] | "SYSTEM" {
  if (!ctx.principal) return ctx.http ? [] : "SYSTEM";
  return ctx.principal.rolesOver(dossier.networkId, dossier.establishmentId);
}

/**
 * The one way a dossier changes state. In one transaction: lock the dossier row, refuse a stale
 * version (CONFLICT), an action its state does not allow (INVALID_TRANSITION), an action the
 * caller's roles do not allow (FORBIDDEN), any step but closing once the 5-year window is over
 * (WINDOW_EXPIRED); then run `work` (which checks the action's other guards and writes its own
 * rows with `tx`), move the state, bump the version, append one history row and one audit event.
 * Any refusal thrown by `work` rolls everything back: nothing is half-written.
 */
export async function transitionDossier<T = undefined>(
  ctx: RequestContext,
  request: TransitionRequest,
  work: (tx: RequestContext, dossier: Dossier, transition: DossierTransition) => Promise<TransitionOutcome<T>>,
): Promise<{ dossier: Dossier; result: T | undefined }> {
  const visible = isUuid(request.dossierId) && (await scopedQuery(ctx, Dossier, "d").andWhere("d.id = :id", { id: request.dossierId }).getExists());
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
    const transition = dossierTransition(request.action, dossier.state);
    if (!transition)
      throw new DomainError(
        ErrorCode.INVALID_TRANSITION,
        `Action impossible : « ${dossierLabels.DossierAction[request.action]} » n'est pas permise pour un dossier à l'état « ${dossierLabels.DossierState[dossier.state]} ».`,
        { currentState: dossier.state },
      );
    const roles = rolesOverDossier(tx, dossier);
    if (transition.system ? roles !== "SYSTEM" : roles !== "SYSTEM" && !transition.roles.some((r) => roles.includes(r)))
      throw new ForbiddenError(`Votre rôle ne vous permet pas de « ${dossierLabels.DossierAction[request.action].toLowerCase()} » ce dossier.`);
    if (!AFTER_WINDOW.includes(request.action) && isWindowOver(dossier.windowEndsOn, todayInFrance()))
      throw new DomainError(
        ErrorCode.WINDOW_EXPIRED,
        `Le délai de 5 ans depuis l'évaluation préalable a pris fin le ${frenchDate(dossier.windowEndsOn!)} : ce dossier va être clos comme expiré, et un nouveau dossier avec une nouvelle évaluation préalable est nécessaire.`,
        { windowEndsOn: dossier.windowEndsOn },
      );

    const done = await work(tx, dossier, transition);
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
