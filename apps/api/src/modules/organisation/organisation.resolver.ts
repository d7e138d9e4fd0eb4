import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import { PageArgs, type ConnectionShape } from "../../core/list.js";
import { loadById, loadChildCount } from "../../core/loaders.js";
import { Establishment, EstablishmentConnection, establishmentService } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { Organisation } from "./organisation.entity.js";
import { CreateOrganisationInput, UpdateOrganisationInput } from "./organisation.inputs.js";
import { organisationList } from "./organisation.list.js";
import { organisationService } from "./organisation.service.js";
import { OrganisationConnection } from "./organisation.types.js";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: "Les organismes, filtrés et triés (par défaut par raison sociale)" })
  organisations(@Ctx() ctx: RequestContext, @Args(() => organisationList.Args) args: ListArgs): Promise<ConnectionShape<Organisation>> {
    return organisationService.list(ctx, args);
  }

  @Query(() => Organisation)
  organisation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Organisation> {
    return organisationService.get(ctx, id);
  }

  @Mutation(() => Organisation)
  createOrganisation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateOrganisationInput) input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return organisationService.create(ctx, input);
  }

  @Mutation(() => Organisation)
  updateOrganisation(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateOrganisationInput) input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return organisationService.update(ctx, id, input);
  }

  @FieldResolver(() => Network)
  async network(@Ctx() ctx: RequestContext, @Root() organisation: Organisation): Promise<Network> {
    return (await loadById(ctx, Network, organisation.networkId))!;
  }

  @FieldResolver(() => Int)
  establishmentCount(@Ctx() ctx: RequestContext, @Root() organisation: Organisation): Promise<number> {
    return loadChildCount(ctx, Establishment, "organisationId", organisation.id);
  }

  @FieldResolver(() => EstablishmentConnection, { description: "Les établissements de l'organisme, par nom" })
  establishments(
    @Ctx() ctx: RequestContext,
    @Root() organisation: Organisation,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<Establishment>> {
    return establishmentService.pageOfOrganisation(ctx, organisation.id, args);
  }
}
