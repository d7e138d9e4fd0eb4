import { Person, personOf } from "../staff/index.js";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadById } from "../../core/loaders.js";
import { Establishment } from "../establishment/index.js";
import { Certification } from "../referential/index.js";
import { EvaluationSession } from "./evaluation-session.entity.js";
import { PlanEvaluationSessionInput, UpdateEvaluationSessionInput } from "./evaluation-session.inputs.js";
import { evaluationSessionList } from "./evaluation-session.list.js";
import { evaluationSessionService } from "./evaluation-session.service.js";
import { EvaluationSessionConnection } from "./evaluation-session.types.js";

@Resolver(() => EvaluationSession)
export class EvaluationSessionResolver {
  @Query(() => EvaluationSessionConnection, {
    description:
      "Le calendrier des sessions d'évaluation, filtrées et triées (par défaut par date de début), annulées comprises sauf filtre `cancelled`",
  })
  evaluationSessions(
    @Ctx() ctx: RequestContext,
    @Args(() => evaluationSessionList.Args) args: ListArgs,
  ): Promise<ConnectionShape<EvaluationSession>> {
    return evaluationSessionService.list(ctx, args);
  }

  @Query(() => EvaluationSession)
  evaluationSession(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<EvaluationSession> {
    return evaluationSessionService.get(ctx, id);
  }

  @Mutation(() => EvaluationSession, {
    description:
      "Planifie une session ; refusée (NOT_HABILITATED, HABILITATION_EXPIRED, EVALUATOR_NOT_ASSIGNED, ESTABLISHMENT_CLOSED) sans rien écrire",
  })
  planEvaluationSession(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PlanEvaluationSessionInput) input: PlanEvaluationSessionInput,
  ): Promise<EvaluationSession> {
    return evaluationSessionService.plan(ctx, input);
  }

  @Mutation(() => EvaluationSession, {
    description: "Modifie une session ; les règles de planification s'appliquent aux nouvelles valeurs",
  })
  updateEvaluationSession(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateEvaluationSessionInput) input: UpdateEvaluationSessionInput,
  ): Promise<EvaluationSession> {
    return evaluationSessionService.update(ctx, id, input);
  }

  @Mutation(() => EvaluationSession, { description: "Annule une session (elle reste dans l'historique)" })
  cancelEvaluationSession(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<EvaluationSession> {
    return evaluationSessionService.cancel(ctx, id);
  }

  @FieldResolver(() => Int, { description: "Places occupées (dossiers inscrits)" })
  enrolled(@Ctx() ctx: RequestContext, @Root() session: EvaluationSession): Promise<number> {
    return evaluationSessionService.enrolled(ctx, session.id);
  }

  @FieldResolver(() => Int, { description: "Places libres : capacité moins inscrits (négatif si la session est surchargée)" })
  async free(@Ctx() ctx: RequestContext, @Root() session: EvaluationSession): Promise<number> {
    return session.capacity - (await evaluationSessionService.enrolled(ctx, session.id));
  }

  @FieldResolver(() => Establishment)
  async establishment(@Ctx() ctx: RequestContext, @Root() session: EvaluationSession): Promise<Establishment> {
    return (await loadById(ctx, Establishment, session.establishmentId))!;
  }

  @FieldResolver(() => Certification)
  async certification(@Ctx() ctx: RequestContext, @Root() session: EvaluationSession): Promise<Certification> {
    return (await loadById(ctx, Certification, session.certificationId))!;
  }

  @FieldResolver(() => Person, { nullable: true, description: "L'évaluateur" })
  evaluator(@Ctx() ctx: RequestContext, @Root() session: EvaluationSession): Promise<Person | null> {
    return personOf(ctx, session.evaluatorId);
  }
}
