import { randomUUID } from "node:crypto";
import { AuditAction, DossierAction, ErrorCode, LIMITS, TrainingPathStatus, type FieldProblem } from "@clea/schema";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import type { ConnectionShape } from "../../core/list.js";
import { frenchDate, todayInFrance } from "../../core/dates.js";
import { ConflictError, DomainError, InputError } from "../../core/errors.js";
import { findOrFail, isUuid } from "../../core/find.js";
import { assertCan } from "../../core/permissions.js";
import { audited } from "../audit/index.js";
import { Dossier, actOnDossier } from "../dossier/index.js";
import { referentialRules } from "../evaluation/index.js";
import { TrainingPath, TrainingPathDomain } from "./training-path.entity.js";
import type { CompleteTrainingPathInput, PlanTrainingPathInput } from "./training.inputs.js";
import { trainingPathList } from "./training-path.list.js";

/** Hours as numeric(6,1): an exact decimal string, never a float. */
const HOURS = LIMITS.trainingHours.pattern;

const pathAudit = (p: TrainingPath) => ({
  entityType: "TrainingPath",
  entityId: p.id,
  networkId: p.networkId,
  establishmentId: p.establishmentId,
});

async function lockPath(tx: RequestContext, id: string): Promise<TrainingPath> {
  return tx.em.getRepository(TrainingPath).createQueryBuilder("p").setLock("pessimistic_write").where("p.id = :id", { id }).getOneOrFail();
}

export const trainingService = {
  /** Training paths in the caller's scope, filtered and sorted as asked (most recently started first by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<TrainingPath>> {
    return trainingPathList.page(ctx, args);
  },

  /**
   * Plans a training path on domains the dossier has not acquired (DOMAIN_NOT_MISSING otherwise),
   * for a dossier IN_TRAINING within its window. Not a transition (the dossier's state and version
   * stay), but checked under the dossier's lock, so that it cannot race a transition, and audited.
   */
  async plan(ctx: RequestContext, input: PlanTrainingPathInput): Promise<TrainingPath> {
    const dossier = await findOrFail(ctx, Dossier, input.dossierId, "Dossier");
    assertCan(ctx, "dossier.planTraining", dossier, "Votre rôle ne vous permet pas de gérer les parcours de formation de ce dossier.");

    const problems: FieldProblem[] = [];
    if (input.endsOn < input.startsOn)
      problems.push({ field: "endsOn", message: "La fin du parcours doit être le jour de son début ou après." });
    const trainerName = input.trainerName?.trim() || null;
    if (!input.trainerId && !trainerName)
      problems.push({ field: "trainerName", message: "Indiquez le formateur : un compte de la plateforme ou son nom." });
    const seen = new Set<string>();
    input.domains.forEach((d, i) => {
      const code = d.domainCode.trim();
      if (seen.has(code)) problems.push({ field: `domains.${i}.domainCode`, message: `Le domaine ${code} figure deux fois.` });
      seen.add(code);
      if (!HOURS.test(d.plannedHours.trim()) || Number(d.plannedHours) <= 0)
        problems.push({
          field: `domains.${i}.plannedHours`,
          message: "Les heures prévues sont un nombre décimal plus grand que 0 (ex. 12.5).",
        });
    });
    if (input.trainerId) {
      const exists = isUuid(input.trainerId) && (await ctx.em.query(`SELECT 1 FROM app_user WHERE id = $1`, [input.trainerId])).length > 0;
      if (!exists) problems.push({ field: "trainerId", message: "Ce compte formateur n'existe pas." });
    }
    if (input.trainingEstablishmentId) {
      const exists =
        isUuid(input.trainingEstablishmentId) &&
        (await ctx.em.query(`SELECT 1 FROM establishment WHERE id = $1`, [input.trainingEstablishmentId])).length > 0;
      if (!exists) problems.push({ field: "trainingEstablishmentId", message: "Cet établissement de formation n'existe pas." });
    }
    if (problems.length) throw new InputError(problems);

    const id = randomUUID();
    const path = await audited(
      ctx,
      async (tx) => {
        return actOnDossier(tx, dossier.id, DossierAction.PLAN_TRAINING, async (d, guard) => {
          const rules = await referentialRules(tx, d.referentialId);
          const codes = input.domains.map((x) => x.domainCode.trim());
          await guard("DOMAINS_NOT_ACQUIRED", { codes, domainCodes: rules.domainCodes });
          await tx.em.getRepository(TrainingPath).insert({
            id,
            dossierId: d.id,
            networkId: d.networkId,
            establishmentId: d.establishmentId,
            trainingOrganisation: input.trainingOrganisation.trim(),
            trainingEstablishmentId: input.trainingEstablishmentId ?? null,
            trainerId: input.trainerId ?? null,
            trainerName,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            status: TrainingPathStatus.PLANNED,
            completedOn: null,
          });
          await tx.em.getRepository(TrainingPathDomain).insert(
            input.domains.map((x) => ({
              trainingPathId: id,
              domainId: rules.domainIds.get(x.domainCode.trim())!,
              plannedHours: x.plannedHours.trim(),
              actualHours: null,
            })),
          );
          return tx.em.getRepository(TrainingPath).findOneByOrFail({ id });
        });
      },
      (p) => ({
        ...pathAudit(p),
        action: AuditAction.CREATE,
        changedFields: ["trainingOrganisation", "trainingEstablishmentId", "trainerId", "trainerName", "startsOn", "endsOn", "domains"],
      }),
    );
    ctx.clearLoaders();
    return path;
  },

  /** Records the end of a planned path: its date and the hours actually done on each of its domains. */
  async complete(ctx: RequestContext, input: CompleteTrainingPathInput): Promise<TrainingPath> {
    const path = await findOrFail(ctx, TrainingPath, input.trainingPathId, "Parcours de formation");
    assertCan(ctx, "dossier.planTraining", path, "Votre rôle ne vous permet pas de gérer les parcours de formation de ce dossier.");
    const planned: Array<{ domainId: string; code: string }> = await ctx.em.query(
      `SELECT tpd."domainId", dom.code FROM training_path_domain tpd JOIN domain dom ON dom.id = tpd."domainId" WHERE tpd."trainingPathId" = $1`,
      [path.id],
    );
    const problems: FieldProblem[] = [];
    if (input.completedOn < path.startsOn)
      problems.push({ field: "completedOn", message: `La date de fin précède le début du parcours (${frenchDate(path.startsOn)}).` });
    if (input.completedOn > todayInFrance())
      problems.push({ field: "completedOn", message: "La date de fin ne peut pas être dans le futur." });
    const hours = new Map<string, string>();
    input.actualHours.forEach((h, i) => {
      const code = h.domainCode.trim();
      if (!planned.some((p) => p.code === code))
        problems.push({ field: `actualHours.${i}.domainCode`, message: `Le domaine ${code} ne fait pas partie de ce parcours.` });
      else if (hours.has(code)) problems.push({ field: `actualHours.${i}.domainCode`, message: `Le domaine ${code} figure deux fois.` });
      if (!HOURS.test(h.actualHours.trim()))
        problems.push({
          field: `actualHours.${i}.actualHours`,
          message: "Les heures réalisées sont un nombre décimal de 0 ou plus (ex. 7.5).",
        });
      hours.set(code, h.actualHours.trim());
    });
    for (const p of planned)
      if (!hours.has(p.code)) problems.push({ field: "actualHours", message: `Indiquez les heures réalisées sur le domaine ${p.code}.` });
    if (problems.length) throw new InputError(problems);

    const updated = await audited(
      ctx,
      async (tx) => {
        const locked = await lockPath(tx, path.id);
        if (locked.status !== TrainingPathStatus.PLANNED)
          throw new ConflictError(`Ce parcours est déjà ${locked.status === TrainingPathStatus.COMPLETED ? "terminé" : "annulé"}.`);
        await tx.em.query(
          `UPDATE training_path_domain tpd SET "actualHours" = h.hours
             FROM unnest($2::uuid[], $3::numeric[]) AS h("domainId", hours)
            WHERE tpd."trainingPathId" = $1 AND tpd."domainId" = h."domainId"`,
          [path.id, planned.map((p) => p.domainId), planned.map((p) => hours.get(p.code)!)],
        );
        await tx.em
          .getRepository(TrainingPath)
          .update({ id: path.id }, { status: TrainingPathStatus.COMPLETED, completedOn: input.completedOn });
        return tx.em.getRepository(TrainingPath).findOneByOrFail({ id: path.id });
      },
      (p) => ({ ...pathAudit(p), action: AuditAction.TRANSITION, changedFields: ["status", "completedOn", "actualHours"] }),
    );
    ctx.clearLoaders();
    return updated;
  },

  /**
   * Cancels a planned path. Refused (TRAINING_PATH_REQUIRED) while a planned évaluation finale
   * covers a domain that no other path targets: the finale would lose its training.
   */
  async cancel(ctx: RequestContext, id: string): Promise<TrainingPath> {
    const path = await findOrFail(ctx, TrainingPath, id, "Parcours de formation");
    assertCan(ctx, "dossier.planTraining", path, "Votre rôle ne vous permet pas de gérer les parcours de formation de ce dossier.");
    const updated = await audited(
      ctx,
      async (tx) => {
        const locked = await lockPath(tx, path.id);
        if (locked.status !== TrainingPathStatus.PLANNED)
          throw new ConflictError(`Ce parcours est déjà ${locked.status === TrainingPathStatus.COMPLETED ? "terminé" : "annulé"}.`);
        const orphaned: { code: string }[] = await tx.em.query(
          `SELECT DISTINCT code FROM evaluation e, unnest(e."domainCodes") AS code
            WHERE e."dossierId" = $1 AND e.kind = 'FINAL' AND e.status = 'PLANNED'
              AND NOT EXISTS (SELECT 1 FROM training_path tp
                                JOIN training_path_domain tpd ON tpd."trainingPathId" = tp.id
                                JOIN domain dom ON dom.id = tpd."domainId"
                               WHERE tp."dossierId" = $1 AND tp.status <> 'CANCELLED' AND tp.id <> $2 AND dom.code = code)
            ORDER BY code`,
          [path.dossierId, path.id],
        );
        if (orphaned.length)
          throw new DomainError(
            ErrorCode.TRAINING_PATH_REQUIRED,
            `L'évaluation finale prévue porte sur ${orphaned.map((o) => o.code).join(", ")}, que seul ce parcours couvre : il ne peut pas être annulé.`,
          );
        await tx.em.getRepository(TrainingPath).update({ id: path.id }, { status: TrainingPathStatus.CANCELLED });
        return tx.em.getRepository(TrainingPath).findOneByOrFail({ id: path.id });
      },
      (p) => ({ ...pathAudit(p), action: AuditAction.TRANSITION, changedFields: ["status"] }),
    );
    ctx.clearLoaders();
    return updated;
  },
};
