import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { reportService } from "./report.service.js";
import {
  AggregateResult,
  ReportDateTruncation,
  ReportDimension,
  ReportFilter,
  ReportIntervalInput,
  ReportMeasure,
  ReportSubject,
} from "./report.types.js";

@Resolver(() => AggregateResult)
export class ReportResolver {
  @Query(() => AggregateResult, {
    description:
      "Agrégat calculé par PostgreSQL dans votre périmètre : un sujet, jusqu'à 4 dimensions et 8 mesures, au plus 10 000 groupes. " +
      "Pour les analystes, un groupe de moins de 5 candidats distincts est masqué (suppressed). " +
      "Les questions les plus lourdes sont lues dans des cumuls rafraîchis chaque heure (source, freshAt) ; live: true calcule sur les tables.",
  })
  aggregate(
    @Ctx() ctx: RequestContext,
    @Arg("subject", () => ReportSubject) subject: ReportSubject,
    @Arg("groupBy", () => [ReportDimension]) groupBy: ReportDimension[],
    @Arg("measures", () => [ReportMeasure]) measures: ReportMeasure[],
    @Arg("filter", () => ReportFilter, { nullable: true }) filter?: ReportFilter | null,
    @Arg("dateTruncation", () => ReportDateTruncation, {
      nullable: true,
      description: "Troncature des dimensions de date (MONTH par défaut)",
    })
    dateTruncation?: ReportDateTruncation | null,
    @Arg("interval", () => ReportIntervalInput, {
      nullable: true,
      description: "Étapes entre lesquelles MEDIAN_DAYS et P90_DAYS comptent les jours",
    })
    interval?: ReportIntervalInput | null,
    @Arg("live", () => Boolean, {
      nullable: true,
      description: "Vrai : calcule sur les tables même quand un cumul peut répondre (à jour à l'instant, plus lent sur de gros volumes)",
    })
    live?: boolean | null,
  ): Promise<AggregateResult> {
    return reportService.aggregate(ctx, { subject, groupBy, measures, filter, dateTruncation, interval, live });
  }
}
