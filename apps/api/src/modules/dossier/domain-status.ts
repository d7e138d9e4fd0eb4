import type { RequestContext } from "../../core/context.js";

/** Where a dossier stands on one domain of its référentiel, from its done evaluations. */
export interface DomainStatus {
  domainId: string;
  code: string;
  acquired: boolean;
  /** The date of the evaluation where it was first acquired. */
  acquiredOn: string | null;
  /** The end of its validity (évaluation préalable + 5 years). */
  validUntil: string | null;
}

/**
 * Every domain of the dossiers' référentiel versions with what the dossiers' done evaluations say
 * of it, for many dossiers in one statement (a DataLoader batch or a jury session's list).
 * A domain is acquired when some done evaluation of the dossier has it acquired.
 */
export async function domainStatusesOf(ctx: RequestContext, dossierIds: readonly string[]): Promise<Map<string, DomainStatus[]>> {
  const rows: Array<{
    dossierId: string;
    domainId: string;
    code: string;
    acquired: boolean;
    acquiredOn: string | null;
    validUntil: string | null;
  }> =
    dossierIds.length === 0
      ? []
      : await ctx.em.query(
          `SELECT d.id AS "dossierId", dom.id AS "domainId", dom.code,
                  COALESCE(bool_or(dr.acquired), false) AS acquired,
                  to_char(min(dr."acquiredOn") FILTER (WHERE dr.acquired), 'YYYY-MM-DD') AS "acquiredOn",
                  to_char(max(dr."validUntil") FILTER (WHERE dr.acquired), 'YYYY-MM-DD') AS "validUntil"
             FROM dossier d
             JOIN domain dom ON dom."referentialId" = d."referentialId"
             LEFT JOIN (domain_result dr JOIN evaluation e ON e.id = dr."evaluationId" AND e.status = 'DONE')
                    ON dr."domainId" = dom.id AND e."dossierId" = d.id
            WHERE d.id = ANY($1::uuid[])
            GROUP BY d.id, dom.id, dom.code, dom.position
            ORDER BY d.id, dom.position`,
          [dossierIds],
        );
  const byDossier = new Map<string, DomainStatus[]>(dossierIds.map((id) => [id, []]));
  for (const r of rows)
    byDossier
      .get(r.dossierId)!
      .push({ domainId: r.domainId, code: r.code, acquired: r.acquired, acquiredOn: r.acquiredOn, validUntil: r.validUntil });
  return byDossier;
}

/** One dossier's domain statuses, batched with the other dossiers of the request. */
export function domainStatuses(ctx: RequestContext, dossierId: string): Promise<DomainStatus[]> {
  return ctx
    .loader<string, DomainStatus[]>("dossier.domainStatuses", async (ids) => {
      const m = await domainStatusesOf(ctx, ids);
      return ids.map((id) => m.get(id) ?? []);
    })
    .load(dossierId);
}

/** Codes of the domains not acquired, or acquired but no longer valid on `date` (YYYY-MM-DD). */
export function domainsNotValidOn(statuses: readonly DomainStatus[], date: string): string[] {
  return statuses.filter((s) => !s.acquired || (s.validUntil !== null && s.validUntil < date)).map((s) => s.code);
}
