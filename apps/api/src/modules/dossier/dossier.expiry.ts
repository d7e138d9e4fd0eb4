import { DossierAction, DossierState, ErrorCode, OPEN_DOSSIER_STATES, isWindowOver } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { frenchDate } from "../../core/dates.js";
import { DomainError, isDomainError } from "../../core/errors.js";
import { logger } from "../../core/logger.js";
import { Dossier } from "./dossier.entity.js";
import { cancelPlannedEvaluations } from "./dossier.service.js";
import { transitionDossier } from "./dossier.transition.js";

export interface ExpiryReport {
  /** Dossiers moved to EXPIRED. */
  expired: number;
  /** Dossiers changed by someone else meanwhile (CONFLICT): the next run takes them. */
  skipped: number;
}

/**
 * The daily expiry: every open dossier whose 5-year window ended before `today` goes to EXPIRED,
 * each through `transitionDossier` (its own transaction, history row and audit event), as system
 * work. Idempotent: a second run the same day finds nothing left to expire.
 */
export async function expireDossiers(ctx: RequestContext, today: string): Promise<ExpiryReport> {
  const due: Array<Pick<Dossier, "id" | "version">> = await ctx.em
    .getRepository(Dossier)
    .createQueryBuilder("d")
    .select(["d.id", "d.version"])
    .where(`d.state IN (:...open) AND d."windowEndsOn" < :today`, { open: OPEN_DOSSIER_STATES, today })
    .orderBy(`d."windowEndsOn"`)
    .getMany();
  const report: ExpiryReport = { expired: 0, skipped: 0 };
  for (const d of due) {
    try {
      await transitionDossier(ctx, { dossierId: d.id, version: d.version, action: DossierAction.EXPIRE }, async (tx, dossier) => {
        if (!isWindowOver(dossier.windowEndsOn, today))
          throw new DomainError(ErrorCode.INVALID_TRANSITION, "Le délai de ce dossier n'est pas terminé.");
        await cancelPlannedEvaluations(tx, dossier.id);
        return {
          to: DossierState.EXPIRED,
          note: `Délai de 5 ans depuis l'évaluation préalable terminé le ${frenchDate(dossier.windowEndsOn!)}.`,
        };
      });
      report.expired++;
    } catch (err) {
      // Changed meanwhile (a withdrawal, another instance's run): it is reconsidered next time.
      if (!isDomainError(err)) throw err;
      report.skipped++;
      logger.info({ dossierId: d.id, code: err.extensions.code }, "dossier expiry skipped");
    }
  }
  return report;
}
