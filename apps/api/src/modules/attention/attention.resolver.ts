import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { PageArgs, type ConnectionShape } from "../../core/list.js";
import { EvaluationSessionConnection, type EvaluationSession } from "../evaluation-session/index.js";
import { EstablishmentConnection, type Establishment } from "../establishment/index.js";
import { HabilitationConnection, type Habilitation } from "../habilitation/index.js";
import { OrganisationConnection, type Organisation } from "../organisation/index.js";
import { attentionService } from "./attention.service.js";
import { NetworkAttention } from "./attention.types.js";

@Resolver(() => NetworkAttention)
export class AttentionResolver {
  @Query(() => NetworkAttention, {
    description: "Ce qui demande l'attention : d'un réseau, ou de tous ceux que l'on gère (tous pour un administrateur) sans `networkId`",
  })
  networkAttention(
    @Ctx() ctx: RequestContext,
    @Arg("networkId", () => ID, { nullable: true }) networkId?: string | null,
  ): Promise<NetworkAttention> {
    return attentionService.get(ctx, networkId);
  }

  @FieldResolver(() => HabilitationConnection, {
    description: "Habilitations accordées qui arrivent à échéance dans l'horizon, non renouvelées",
  })
  expiringHabilitations(
    @Ctx() ctx: RequestContext,
    @Root() attention: NetworkAttention,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<Habilitation>> {
    return attentionService.expiringHabilitations(ctx, attention, args);
  }

  @FieldResolver(() => OrganisationConnection, { description: "Organismes dont la certification Qualiopi a expiré" })
  organisationsWithExpiredQualiopi(
    @Ctx() ctx: RequestContext,
    @Root() attention: NetworkAttention,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<Organisation>> {
    return attentionService.organisationsWithExpiredQualiopi(ctx, attention, args);
  }

  @FieldResolver(() => EvaluationSessionConnection, {
    description: "Sessions à venir sans place libre : complètes ou en surnombre (places prises par les dossiers)",
  })
  sessionsOverCapacity(
    @Ctx() ctx: RequestContext,
    @Root() attention: NetworkAttention,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<EvaluationSession>> {
    return attentionService.sessionsOverCapacity(ctx, attention, args);
  }

  @FieldResolver(() => EstablishmentConnection, {
    description: "Établissements ouverts habilités comme évaluateur sans évaluateur actif affecté",
  })
  establishmentsWithoutEvaluator(
    @Ctx() ctx: RequestContext,
    @Root() attention: NetworkAttention,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<Establishment>> {
    return attentionService.establishmentsWithoutEvaluator(ctx, attention, args);
  }
}
