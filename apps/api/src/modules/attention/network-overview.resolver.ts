import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { networkOverviewService } from "./network-overview.service.js";
import { NetworkOverview } from "./network-overview.types.js";

@Resolver(() => NetworkOverview)
export class NetworkOverviewResolver {
  @Query(() => NetworkOverview, {
    description: "Chiffres clés d'un réseau (établissements, habilitations en vigueur, personnel, sessions à venir, par région)",
  })
  networkOverview(@Ctx() ctx: RequestContext, @Arg("networkId", () => ID) networkId: string): Promise<NetworkOverview> {
    return networkOverviewService.get(ctx, networkId);
  }
}
