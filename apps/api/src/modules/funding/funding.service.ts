import { AuditAction, FunderType, FundingStatus, type FieldProblem } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { ConflictError, assertNoProblems } from "../../core/errors.js";
import { findOrFail } from "../../core/find.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadChildren } from "../../core/loaders.js";
import { assertCan } from "../../core/permissions.js";
import { audited } from "../audit/index.js";
import { Dossier } from "../dossier/index.js";
import { FundingLine } from "./funding-line.entity.js";
import { fundingLineList } from "./funding-line.list.js";
import type { AddFundingLineInput, UpdateFundingLineInput } from "./funding.inputs.js";

function assertMayFund(ctx: RequestContext, dossier: Dossier): void {
  assertCan(
    ctx,
    "funding.manage",
    dossier,
    "Seuls l'administration, les responsables du réseau, le responsable du centre et les conseillers gèrent les financements.",
  );
}

/** "0012.5" → "12.50": the form PostgreSQL's numeric(12,2) gives back, to compare amounts exactly as text. */
export function canonicalAmount(amount: string): string {
  const [whole = "0", decimals = ""] = amount.trim().split(".");
  return `${whole.replace(/^0+(?=\d)/, "")}.${decimals.padEnd(2, "0")}`;
}

const CPF_REFERENCE = {
  field: "funderReference",
  message: "Indiquez le numéro de dossier EDOF (Mon Compte Formation) d'un financement CPF.",
};

const lineAudit = (line: FundingLine, action: AuditAction, changedFields: string[]) => ({
  action,
  entityType: "FundingLine",
  entityId: line.id,
  changedFields,
  networkId: line.networkId,
  establishmentId: line.establishmentId,
});

export const fundingService = {
  /** Lines in the caller's scope, filtered and sorted as asked (oldest first by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<FundingLine>> {
    return fundingLineList.page(ctx, args);
  },

  get(ctx: RequestContext, id: string): Promise<FundingLine> {
    return findOrFail(ctx, FundingLine, id, "Ligne de financement");
  },

  /** A dossier's lines, batched with the other dossiers of the request. */
  ofDossier(ctx: RequestContext, dossierId: string): Promise<FundingLine[]> {
    return loadChildren(ctx, FundingLine, "dossierId", dossierId, { createdAt: "ASC" });
  },

  async add(ctx: RequestContext, input: AddFundingLineInput): Promise<FundingLine> {
    const dossier = await findOrFail(ctx, Dossier, input.dossierId, "Dossier");
    assertMayFund(ctx, dossier);
    const funderReference = input.funderReference?.trim() || null;
    const problems: FieldProblem[] = [];
    if (input.funderType === FunderType.CPF && !funderReference) problems.push(CPF_REFERENCE);
    assertNoProblems(problems);
    return audited(
      ctx,
      async (tx) => {
        const repo = tx.em.getRepository(FundingLine);
        const saved = await repo.save(
          repo.create({
            dossierId: dossier.id,
            networkId: dossier.networkId,
            establishmentId: dossier.establishmentId,
            step: input.step,
            funderType: input.funderType,
            funderReference,
            amount: input.amount.trim(),
            status: input.status ?? FundingStatus.REQUESTED,
          }),
        );
        return repo.findOneByOrFail({ id: saved.id });
      },
      (l) => lineAudit(l, AuditAction.CREATE, ["step", "funderType", "funderReference", "amount", "status"]),
    );
  },

  async update(ctx: RequestContext, id: string, input: UpdateFundingLineInput): Promise<FundingLine> {
    const line = await fundingService.get(ctx, id);
    const dossier = await findOrFail(ctx, Dossier, line.dossierId, "Dossier");
    assertMayFund(ctx, dossier);
    if (line.status === FundingStatus.CANCELLED)
      throw new ConflictError("Cette ligne de financement est annulée : elle ne peut plus être modifiée.");
    const changes: Partial<FundingLine> = {};
    const problems: FieldProblem[] = [];
    if (input.step != null && input.step !== line.step) changes.step = input.step;
    if (input.funderType != null && input.funderType !== line.funderType) changes.funderType = input.funderType;
    if (input.funderReference !== undefined && input.funderReference !== null) {
      const ref = input.funderReference.trim() || null;
      if (ref !== line.funderReference) changes.funderReference = ref;
    }
    if (input.amount != null && canonicalAmount(input.amount) !== line.amount) changes.amount = canonicalAmount(input.amount);
    if (input.status != null && input.status !== line.status) {
      if (input.status === FundingStatus.CANCELLED)
        problems.push({ field: "status", message: "Pour annuler une ligne de financement, utilisez l'annulation." });
      else changes.status = input.status;
    }
    const next = { ...line, ...changes };
    if (next.funderType === FunderType.CPF && !next.funderReference) problems.push(CPF_REFERENCE);
    assertNoProblems(problems);
    const changedFields = Object.keys(changes);
    if (!changedFields.length) return line;
    const updated = await audited(
      ctx,
      async (tx) => {
        await tx.em.getRepository(FundingLine).update({ id: line.id }, changes);
        return tx.em.getRepository(FundingLine).findOneByOrFail({ id: line.id });
      },
      (l) => lineAudit(l, AuditAction.UPDATE, changedFields),
    );
    ctx.clearLoaders();
    return updated;
  },

  /** Cancels a line (kept, with its history); a second cancellation is a CONFLICT. */
  async cancel(ctx: RequestContext, id: string): Promise<FundingLine> {
    const line = await fundingService.get(ctx, id);
    const dossier = await findOrFail(ctx, Dossier, line.dossierId, "Dossier");
    assertMayFund(ctx, dossier);
    const cancelled = await audited(
      ctx,
      async (tx) => {
        const res = await tx.em
          .createQueryBuilder()
          .update(FundingLine)
          .set({ status: FundingStatus.CANCELLED })
          .where(`id = :id AND status <> :cancelled`, { id: line.id, cancelled: FundingStatus.CANCELLED })
          .execute();
        if (!res.affected) throw new ConflictError("Cette ligne de financement est déjà annulée.");
        return tx.em.getRepository(FundingLine).findOneByOrFail({ id: line.id });
      },
      (l) => lineAudit(l, AuditAction.TRANSITION, ["status"]),
    );
    ctx.clearLoaders();
    return cancelled;
  },
};
