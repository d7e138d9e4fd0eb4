import { EstablishmentStatus, findRegion, HabilitationStatus, Role, type CertificationCode, type HabilitationRole } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { todayInFrance } from "../../core/dates.js";
import { findOrFail } from "../../core/find.js";
import { assertCan } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { Establishment } from "../establishment/index.js";
import { EvaluationSession } from "../evaluation-session/index.js";
import { Habilitation } from "../habilitation/index.js";
import { Network } from "../network/index.js";
import { RoleAssignment } from "../user/index.js";
import { NetworkOverview } from "./network-overview.types.js";

const STAFF_FUNCTIONS = [Role.CENTRE_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.TRAINER];

/**
 * Habilitations in force on `today` (GRANTED, today within the period) of OPEN establishments:
 * a closed establishment takes no new dossier, so its habilitations do not count as capacity.
 */
function inForce(ctx: RequestContext, networkId: string, today: string) {
  return scopedQuery(ctx, Habilitation, "h")
    .innerJoin(Establishment, "he", `he.id = h."establishmentId"`)
    .andWhere(`h."networkId" = :networkId`, { networkId })
    .andWhere(`he.status = :open`, { open: EstablishmentStatus.OPEN })
    .andWhere(`h."storedStatus" = :granted`, { granted: HabilitationStatus.GRANTED })
    .andWhere(`h."startDate" <= :today AND (h."endDate" IS NULL OR h."endDate" >= :today)`, { today });
}

export const networkOverviewService = {
  /**
   * The network's key figures. Another network's id is NOT_FOUND (scoping), a network the caller
   * only reads is FORBIDDEN: like the attention list, the overview is for those who manage it.
   * Five grouped statements, whatever the size of the network.
   */
  async get(ctx: RequestContext, networkId: string): Promise<NetworkOverview> {
    const network = await findOrFail(ctx, Network, networkId, "Réseau");
    assertCan(ctx, "network.dashboard", { networkId: network.id }, "Seuls les gestionnaires de ce réseau voient ses chiffres clés.");
    const today = todayInFrance();

    const byStatusAndRegion = await scopedQuery(ctx, Establishment, "e")
      .select(`e.status`, "status")
      .addSelect(`e."regionCode"`, "regionCode")
      .addSelect(`count(*)::int`, "n")
      .andWhere(`e."networkId" = :networkId`, { networkId: network.id })
      .groupBy(`e.status`)
      .addGroupBy(`e."regionCode"`)
      .getRawMany<{ status: EstablishmentStatus; regionCode: string; n: number }>();

    const habilitations = await inForce(ctx, network.id, today)
      .innerJoin("h.certification", "c")
      .select(`c.code`, "certificationCode")
      .addSelect(`c.name`, "certificationName")
      .addSelect(`h.role`, "role")
      .addSelect(`count(*)::int`, "count")
      .groupBy(`c.code`)
      .addGroupBy(`c.name`)
      .addGroupBy(`h.role`)
      .orderBy(`c.code`)
      .addOrderBy(`h.role`)
      .getRawMany<{ certificationCode: CertificationCode; certificationName: string; role: HabilitationRole; count: number }>();

    const habilitationsByRegion = await inForce(ctx, network.id, today)
      .select(`he."regionCode"`, "regionCode")
      .addSelect(`count(*)::int`, "n")
      .groupBy(`he."regionCode"`)
      .getRawMany<{ regionCode: string; n: number }>();

    const [{ staff }] = await scopedQuery(ctx, RoleAssignment, "ra")
      .innerJoin("app_user", "au", `au.id = ra."userId"`)
      .select(`count(DISTINCT ra."userId")::int`, "staff")
      .andWhere(`ra."networkId" = :networkId AND ra."establishmentId" IS NOT NULL`, { networkId: network.id })
      .andWhere(`ra.role IN (:...functions) AND ra."endedOn" IS NULL AND au.status = 'ACTIVE'`, { functions: STAFF_FUNCTIONS })
      .getRawMany<{ staff: number }>();

    const upcomingSessions = await scopedQuery(ctx, EvaluationSession, "s")
      .andWhere(`s."networkId" = :networkId`, { networkId: network.id })
      .andWhere(`s."cancelledAt" IS NULL AND s."startsAt" >= now()`)
      .getCount();

    const regions = new Map<string, { establishments: number; habilitations: number }>();
    const region = (code: string) => regions.get(code) ?? regions.set(code, { establishments: 0, habilitations: 0 }).get(code)!;
    let establishmentsOpen = 0;
    let establishmentsClosed = 0;
    for (const row of byStatusAndRegion) {
      if (row.status === EstablishmentStatus.OPEN) {
        establishmentsOpen += row.n;
        region(row.regionCode).establishments += row.n;
      } else establishmentsClosed += row.n;
    }
    for (const row of habilitationsByRegion) region(row.regionCode).habilitations += row.n;

    const overview = new NetworkOverview();
    Object.assign(overview, {
      networkId: network.id,
      today,
      establishmentsOpen,
      establishmentsClosed,
      staff,
      upcomingSessions,
      activeHabilitations: habilitations.reduce((sum, h) => sum + h.count, 0),
      habilitationsByCertification: habilitations,
      regions: [...regions]
        .map(([regionCode, counts]) => ({ regionCode, regionName: findRegion(regionCode)?.name ?? regionCode, ...counts }))
        .sort(
          (a, b) =>
            b.establishments - a.establishments || b.habilitations - a.habilitations || a.regionName.localeCompare(b.regionName, "fr"),
        ),
    });
    return overview;
  },
};
