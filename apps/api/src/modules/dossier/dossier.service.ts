import { randomUUID } from "node:crypto";
import {
  AuditAction,
  DossierAction,
  DossierState,
  EvaluationStatus,
  OPEN_DOSSIER_STATES,
  ReferentialStatus,
  labels,
  type CertificationCode,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { todayInFrance } from "../../core/dates.js";
import { ConflictError, InputError, NotFoundError } from "../../core/errors.js";
import { findOrFail } from "../../core/find.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { assertCan } from "../../core/permissions.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import { audited } from "../audit/index.js";
import { Candidate } from "../candidate/index.js";
import { Establishment } from "../establishment/index.js";
import { assertEstablishmentHabilitated } from "../habilitation/index.js";
import { Certification, Referential } from "../referential/index.js";
import { Dossier, DossierEvent } from "./dossier.entity.js";
import type { OpenDossierInput, ResumeTrainingInput, WithdrawDossierInput } from "./dossier.inputs.js";
import { dossierList } from "./dossier.list.js";
import { openingEvent, transitionDossier } from "./dossier.transition.js";

/** A closed dossier frees the places its planned evaluations held in sessions. */
export async function cancelPlannedEvaluations(tx: RequestContext, dossierId: string): Promise<void> {
  await tx.em.query(`UPDATE evaluation SET status = $2, "updatedAt" = now() WHERE "dossierId" = $1 AND status = $3`, [
    dossierId,
    EvaluationStatus.CANCELLED,
    EvaluationStatus.PLANNED,
  ]);
}

export const ONE_OPEN_DOSSIER_MESSAGE =
  "Ce candidat a déjà un dossier en cours pour cette certification : poursuivez-le, ou clôturez-le avant d'en ouvrir un nouveau.";

export async function certificationByCode(ctx: RequestContext, code: string): Promise<Certification> {
  const certification = await ctx.em.getRepository(Certification).findOneBy({ code: code as CertificationCode });
  if (!certification) throw new NotFoundError("Certification");
  return certification;
}

export const dossierService = {
  /** Dossiers in the caller's scope, filtered and sorted as asked (newest first by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<Dossier>> {
    return dossierList.page(ctx, args);
  },

  get(ctx: RequestContext, id: string): Promise<Dossier> {
    return findOrFail(ctx, Dossier, id, "Dossier");
  },

  /**
   * Opens a dossier for a candidate the caller can see: held by an open establishment (the
   * candidate's by default) habilitated as EVALUATOR for the certification today, pinned to the
   * certification's PUBLISHED référentiel version; one open dossier per candidate and
   * certification (the partial unique index settles concurrent attempts: CONFLICT).
   */
  async open(ctx: RequestContext, input: OpenDossierInput): Promise<Dossier> {
    const candidate = await findOrFail(ctx, Candidate, input.candidateId, "Candidat");
    const certification = await certificationByCode(ctx, input.certificationCode);
    const establishment = await findOrFail(ctx, Establishment, input.establishmentId ?? candidate.establishmentId, "Établissement");
    assertCan(
      ctx,
      "dossier.open",
      { networkId: establishment.networkId, establishmentId: establishment.id },
      "Vous ne pouvez pas ouvrir de dossier dans cet établissement.",
    );
    // A candidate is followed within their network: another network's establishment cannot hold their dossier.
    if (establishment.networkId !== candidate.networkId)
      throw new InputError([
        {
          field: "establishmentId",
          message: "Cet établissement n'est pas du réseau du candidat : choisissez un établissement de son réseau.",
        },
      ]);
    const today = todayInFrance();
    await assertEstablishmentHabilitated(ctx, {
      establishment,
      certification,
      first: today,
      last: today,
      what: "l'ouverture d'un dossier aujourd'hui",
      refused: "ouvrir de dossier",
      dateField: "establishmentId",
    });
    const referential = await ctx.em
      .getRepository(Referential)
      .findOneBy({ certificationId: certification.id, status: ReferentialStatus.PUBLISHED });
    const certificationLabel = labels.CertificationCode[certification.code] ?? certification.code;
    if (!referential)
      throw new InputError([
        {
          field: "certificationCode",
          message: `${certificationLabel} n'a pas de version publiée du référentiel : aucun dossier ne peut être ouvert.`,
        },
      ]);
    const alreadyOpen = await ctx.em
      .getRepository(Dossier)
      .createQueryBuilder("d")
      .where(`d."candidateId" = :c AND d."certificationId" = :cert AND d.state IN (:...open)`, {
        c: candidate.id,
        cert: certification.id,
        open: OPEN_DOSSIER_STATES,
      })
      .getExists();
    if (alreadyOpen) throw new ConflictError(ONE_OPEN_DOSSIER_MESSAGE, { field: "candidateId" });

    const id = randomUUID();
    const dossier = await mapUniqueViolation(
      () =>
        audited(
          ctx,
          async (tx) => {
            await tx.em.getRepository(Dossier).insert({
              id,
              candidateId: candidate.id,
              certificationId: certification.id,
              referentialId: referential.id,
              establishmentId: establishment.id,
              networkId: establishment.networkId,
              state: DossierState.OPENED,
              version: 1,
              openedOn: today,
              advisorId: tx.principal?.userId ?? null,
              preliminaryDate: null,
              windowEndsOn: null,
            });
            const row = await tx.em.getRepository(Dossier).findOneByOrFail({ id });
            await tx.em.getRepository(DossierEvent).insert(openingEvent(row, tx.principal?.userId ?? null));
            return row;
          },
          (d) => ({
            action: AuditAction.CREATE,
            entityType: "Dossier",
            entityId: d.id,
            changedFields: ["candidateId", "certificationId", "referentialId", "establishmentId", "state"],
            networkId: d.networkId,
            establishmentId: d.establishmentId,
          }),
        ),
      { candidateId: ONE_OPEN_DOSSIER_MESSAGE },
    );
    ctx.clearLoaders();
    return dossier;
  },

  /** Closes an open dossier at the candidate's request, with the reason kept in its history. */
  async withdraw(ctx: RequestContext, input: WithdrawDossierInput): Promise<Dossier> {
    const reason = input.reason.trim();
    const { dossier } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action: DossierAction.WITHDRAW },
      async (tx, d) => {
        await cancelPlannedEvaluations(tx, d.id);
        return { to: DossierState.WITHDRAWN, note: reason };
      },
    );
    return dossier;
  },

  /** After an adjournment: back to training on what is missing (within the window). */
  async resumeTraining(ctx: RequestContext, input: ResumeTrainingInput): Promise<Dossier> {
    const { dossier } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action: DossierAction.RESUME_TRAINING },
      async () => ({ to: DossierState.IN_TRAINING }),
    );
    return dossier;
  },
};
