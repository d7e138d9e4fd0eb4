import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadChildCount } from "../../core/loaders.js";
import { Establishment } from "../establishment/index.js";
import { Organisation, OrganisationConnection, organisationService } from "../organisation/index.js";
import { Network } from "./network.entity.js";
import { CreateNetworkInput, SearchPageArgs, UpdateNetworkInput } from "./network.inputs.js";
import { networkList } from "./network.list.js";
import { networkService } from "./network.service.js";
import { NetworkConnection } from "./network.types.js";

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => NetworkConnection, { description: "Les réseaux, filtrés et triés (par défaut par nom)" })
  networks(@Ctx() ctx: RequestContext, @Args(() => networkList.Args) args: ListArgs): Promise<ConnectionShape<Network>> {
    return networkService.list(ctx, args);
  }

  @Query(() => Network)
  network(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Network> {
    return networkService.get(ctx, id);
  }

  @Mutation(() => Network)
  createNetwork(@Ctx() ctx: RequestContext, @Arg("input", () => CreateNetworkInput) input: CreateNetworkInput): Promise<Network> {
    return networkService.create(ctx, input);
  }

  @Mutation(() => Network)
  updateNetwork(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateNetworkInput) input: UpdateNetworkInput,
  ): Promise<Network> {
    return networkService.update(ctx, id, input);
  }

  @FieldResolver(() => Int)
  organisationCount(@Ctx() ctx: RequestContext, @Root() network: Network): Promise<number> {
    return loadChildCount(ctx, Organisation, "networkId", network.id);
  }

  @FieldResolver(() => Int)
  establishmentCount(@Ctx() ctx: RequestContext, @Root() network: Network): Promise<number> {
    return loadChildCount(ctx, Establishment, "networkId", network.id);
  }

  @FieldResolver(() => OrganisationConnection, { description: "Les organismes du réseau, par raison sociale" })
  organisations(
    @Ctx() ctx: RequestContext,
    @Root() network: Network,
    @Args() args: SearchPageArgs,
  ): Promise<ConnectionShape<Organisation>> {
    return organisationService.pageOfNetwork(ctx, network.id, args);
  }
}
