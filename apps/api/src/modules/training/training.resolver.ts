import { Person, personOf } from "../staff/index.js";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import type { RequestContext } from "../../core/context.js";
import { loadById, loadChildren } from "../../core/loaders.js";
import { Dossier } from "../dossier/index.js";
import { Establishment } from "../establishment/index.js";
import { Domain } from "../referential/index.js";
import { TrainingPath, TrainingPathDomain } from "./training-path.entity.js";
import { CompleteTrainingPathInput, PlanTrainingPathInput } from "./training.inputs.js";
import { trainingPathList } from "./training-path.list.js";
import { trainingService } from "./training.service.js";
import { TrainingPathConnection } from "./training.types.js";

@Resolver(() => TrainingPath)
export class TrainingPathResolver {
  @Query(() => TrainingPathConnection, {
    description:
      "Les parcours de formation visibles (comme leurs dossiers), filtrés et triés (par défaut les plus récemment commencés d'abord)",
  })
  trainingPaths(@Ctx() ctx: RequestContext, @Args(() => trainingPathList.Args) args: ListArgs): Promise<ConnectionShape<TrainingPath>> {
    return trainingService.list(ctx, args);
  }

  @Mutation(() => TrainingPath, {
    description:
      "Planifie un parcours de formation pour un dossier en formation, sur des domaines non acquis seulement (DOMAIN_NOT_MISSING) ; ne change ni l'état ni la version du dossier",
  })
  planTrainingPath(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PlanTrainingPathInput) input: PlanTrainingPathInput,
  ): Promise<TrainingPath> {
    return trainingService.plan(ctx, input);
  }

  @Mutation(() => TrainingPath, { description: "Termine un parcours : date de fin et heures réalisées sur chacun de ses domaines" })
  completeTrainingPath(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CompleteTrainingPathInput) input: CompleteTrainingPathInput,
  ): Promise<TrainingPath> {
    return trainingService.complete(ctx, input);
  }

  @Mutation(() => TrainingPath, { description: "Annule un parcours planifié" })
  cancelTrainingPath(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<TrainingPath> {
    return trainingService.cancel(ctx, id);
  }

  @FieldResolver(() => [TrainingPathDomain], { description: "Heures prévues et réalisées par domaine" })
  domains(@Ctx() ctx: RequestContext, @Root() p: TrainingPath): Promise<TrainingPathDomain[]> {
    return loadChildren(ctx, TrainingPathDomain, "trainingPathId", p.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Le formateur, s'il a un compte sur la plateforme" })
  trainer(@Ctx() ctx: RequestContext, @Root() p: TrainingPath): Promise<Person | null> {
    return personOf(ctx, p.trainerId);
  }

  @FieldResolver(() => Establishment, {
    nullable: true,
    description: "L'établissement de formation, s'il est sur la plateforme et visible",
  })
  async trainingEstablishment(@Ctx() ctx: RequestContext, @Root() p: TrainingPath): Promise<Establishment | null> {
    return p.trainingEstablishmentId ? ((await loadById(ctx, Establishment, p.trainingEstablishmentId)) ?? null) : null;
  }

  @FieldResolver(() => Dossier)
  async dossier(@Ctx() ctx: RequestContext, @Root() p: TrainingPath): Promise<Dossier> {
    return (await loadById(ctx, Dossier, p.dossierId))!;
  }
}

@Resolver(() => TrainingPathDomain)
export class TrainingPathDomainResolver {
  @FieldResolver(() => Domain)
  async domain(@Ctx() ctx: RequestContext, @Root() d: TrainingPathDomain): Promise<Domain> {
    return (await loadById(ctx, Domain, d.domainId))!;
  }
}
