import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadById } from "../../core/loaders.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { CreateCandidateInput, UpdateCandidateInput } from "./candidate.inputs.js";
import { candidateService } from "./candidate.service.js";
import { candidateList } from "./candidate.list.js";
import { CandidateConnection, CandidateView } from "./candidate.types.js";

@Resolver(() => CandidateView)
export class CandidateResolver {
  @Query(() => CandidateConnection, { description: "Les candidats visibles, filtrés et triés (par défaut par pseudonyme)" })
  candidates(@Ctx() ctx: RequestContext, @Args(() => candidateList.Args) args: ListArgs): Promise<ConnectionShape<CandidateView>> {
    return candidateService.list(ctx, args);
  }

  @Query(() => CandidateView)
  candidate(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<CandidateView> {
    return candidateService.get(ctx, id);
  }

  @Mutation(() => CandidateView, {
    description:
      "Inscrit un candidat. Un doublon probable (mêmes nom de naissance, prénoms et date de naissance dans le réseau) est refusé (LIKELY_DUPLICATE) sauf confirmation ; une même clé d'idempotence donne le même candidat.",
  })
  createCandidate(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateCandidateInput) input: CreateCandidateInput,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey?: string | null,
    @Arg("confirmLikelyDuplicate", () => Boolean, { nullable: true }) confirmLikelyDuplicate?: boolean | null,
  ): Promise<CandidateView> {
    return candidateService.create(ctx, input, { idempotencyKey, confirmLikelyDuplicate });
  }

  @Mutation(() => CandidateView)
  updateCandidate(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCandidateInput) input: UpdateCandidateInput,
  ): Promise<CandidateView> {
    return candidateService.update(ctx, id, input);
  }

  @FieldResolver(() => Establishment)
  async establishment(@Ctx() ctx: RequestContext, @Root() candidate: CandidateView): Promise<Establishment> {
    return (await loadById(ctx, Establishment, candidate.establishmentId))!;
  }

  @FieldResolver(() => Network)
  async network(@Ctx() ctx: RequestContext, @Root() candidate: CandidateView): Promise<Network> {
    return (await loadById(ctx, Network, candidate.networkId))!;
  }
}
