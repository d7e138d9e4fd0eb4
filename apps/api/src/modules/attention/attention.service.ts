import { ErrorCode, HabilitationRole, HabilitationStatus, EstablishmentStatus, Role } from "@clea/schema";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../../core/context.js";
import { addDays, todayInFrance } from "../../core/dates.js";
import { DomainError } from "../../core/errors.js";
import { findOrFail } from "../../core/find.js";
import { paginate, type ConnectionShape, type PageArgs } from "../../core/list.js";
import { assertCan, networksFor } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { EvaluationSession, enrolledSql } from "../evaluation-session/index.js";
import { Establishment } from "../establishment/index.js";
import { Habilitation } from "../habilitation/index.js";
import { Network } from "../network/index.js";
import { Organisation } from "../organisation/index.js";
import { NetworkAttention } from "./attention.types.js";

/** Habilitations ending within this many days are listed. */
export const ATTENTION_HORIZON_DAYS = 90;

/** Limits a scoped query to the attention list's networks (the scope itself is already applied). */
function inNetworks<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, attention: NetworkAttention): SelectQueryBuilder<T> {
  if (attention.networks === "ALL") return qb;
  if (!attention.networks.length) return qb.andWhere("false");
  return qb.andWhere(`${qb.alias}."networkId" IN (:...attentionNetworks)`, { attentionNetworks: attention.networks });
}

export const attentionService = {
  /**
   * The attention list of `networkId`, or of every network the caller manages (all of them for an
   * ADMIN). Another network's id is NOT_FOUND (scoping), a network the caller only reads is FORBIDDEN.
   */
  async get(ctx: RequestContext, networkId: string | null | undefined): Promise<NetworkAttention> {
    const attention = new NetworkAttention();
    attention.today = todayInFrance();
    attention.horizonDays = ATTENTION_HORIZON_DAYS;
    if (networkId) {
      const network = await findOrFail(ctx, Network, networkId, "Réseau");
      assertCan(ctx, "network.dashboard", { networkId: network.id }, "Seuls les gestionnaires de ce réseau voient sa liste d'attention.");
      attention.networkId = network.id;
      attention.networks = [network.id];
    } else {
      const managed = networksFor(ctx, "network.dashboard");
      if (managed !== "ALL" && !managed.length)
        throw new DomainError(ErrorCode.FORBIDDEN, "La liste d'attention est réservée aux gestionnaires de réseau.", {
          role: Role.NETWORK_MANAGER,
        });
      attention.networkId = null;
      attention.networks = managed;
    }
    return attention;
  },

  /**
   * GRANTED habilitations whose end date falls between today and today + 90 days, soonest first;
   * one already renewed (a period in force starting the day after its end) needs nothing more.
   */
  expiringHabilitations(ctx: RequestContext, attention: NetworkAttention, args: PageArgs): Promise<ConnectionShape<Habilitation>> {
    const qb = inNetworks(scopedQuery(ctx, Habilitation, "h"), attention)
      .andWhere(`h."storedStatus" = :granted`, { granted: HabilitationStatus.GRANTED })
      .andWhere(`h."endDate" BETWEEN :today AND :horizon`, {
        today: attention.today,
        horizon: addDays(attention.today, attention.horizonDays),
      })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM habilitation nh
                      WHERE nh."establishmentId" = h."establishmentId" AND nh."certificationId" = h."certificationId"
                        AND nh.role = h.role AND nh."storedStatus" IN (:...inForce) AND nh."startDate" = h."endDate" + 1)`,
        { inForce: [HabilitationStatus.GRANTED, HabilitationStatus.SUSPENDED] },
      );
    return paginate(qb, args, "endDate");
  },

  /** Organisations whose Qualiopi certification ended before today, the oldest lapse first. */
  organisationsWithExpiredQualiopi(
    ctx: RequestContext,
    attention: NetworkAttention,
    args: PageArgs,
  ): Promise<ConnectionShape<Organisation>> {
    const qb = inNetworks(scopedQuery(ctx, Organisation, "o"), attention).andWhere(`o."qualiopiValidUntil" < :today`, {
      today: attention.today,
    });
    return paginate(qb, args, "qualiopiValidUntil");
  },

  /**
   * Upcoming, maintained sessions with no free place left — full, or over capacity (places taken
   * by dossiers are counted like the session's `enrolled`), soonest first: a manager adds a session
   * or moves candidates before the day.
   */
  sessionsOverCapacity(ctx: RequestContext, attention: NetworkAttention, args: PageArgs): Promise<ConnectionShape<EvaluationSession>> {
    const qb = inNetworks(scopedQuery(ctx, EvaluationSession, "s"), attention)
      .andWhere(`s."cancelledAt" IS NULL AND s."startsAt" >= now()`)
      .andWhere(`${enrolledSql("s")} >= s.capacity`);
    return paginate(qb, args, "startsAt");
  },

  /**
   * OPEN establishments habilitated today as EVALUATOR (GRANTED, today within the period) for at
   * least one certification, where no active account holds a current (not ended) EVALUATOR
   * assignment.
   */
  establishmentsWithoutEvaluator(
    ctx: RequestContext,
    attention: NetworkAttention,
    args: PageArgs,
  ): Promise<ConnectionShape<Establishment>> {
    const qb = inNetworks(scopedQuery(ctx, Establishment, "e"), attention)
      .andWhere(`e.status = :open`, { open: EstablishmentStatus.OPEN })
      .andWhere(
        `EXISTS (SELECT 1 FROM habilitation eh
                  WHERE eh."establishmentId" = e.id AND eh.role = :evaluatorHabilitation AND eh."storedStatus" = :granted
                    AND eh."startDate" <= :today AND eh."endDate" >= :today)`,
        { evaluatorHabilitation: HabilitationRole.EVALUATOR, granted: HabilitationStatus.GRANTED, today: attention.today },
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM role_assignment ra JOIN app_user au ON au.id = ra."userId"
                      WHERE ra."establishmentId" = e.id AND ra.role = :evaluatorRole AND ra."endedOn" IS NULL AND au.status = 'ACTIVE')`,
        { evaluatorRole: Role.EVALUATOR },
      );
    return paginate(qb, args, "name");
  },
};
