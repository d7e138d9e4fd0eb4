import { Person, personOf } from "../staff/index.js";
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import type { RequestContext } from "../../core/context.js";
import { loadById, loadChildren } from "../../core/loaders.js";
import { Dossier } from "../dossier/index.js";
import { EvaluationSession } from "../evaluation-session/index.js";
import { Criterion, Domain, SubDomain } from "../referential/index.js";
import { CriterionResult, DomainResult, Evaluation, SubDomainResult } from "./evaluation.entity.js";
import { PlanFinalEvaluationInput, PlanPreliminaryEvaluationInput, RecordEvaluationInput } from "./evaluation.inputs.js";
import { criterionResultList } from "./criterion-result.list.js";
import { evaluationList } from "./evaluation.list.js";
import { evaluationService } from "./evaluation.service.js";
import { CriterionResultConnection, EvaluationConnection } from "./evaluation.types.js";

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => EvaluationConnection, {
    description: "Les évaluations visibles (comme leurs dossiers), filtrées et triées (par défaut les plus récemment prévues d'abord)",
  })
  evaluations(@Ctx() ctx: RequestContext, @Args(() => evaluationList.Args) args: ListArgs): Promise<ConnectionShape<Evaluation>> {
    return evaluationService.list(ctx, args);
  }

  @Mutation(() => Dossier, {
    description:
      "Planifie l'évaluation préalable (PLAN_PRELIMINARY) ; refusée sans rien écrire si l'établissement n'est pas habilité à cette date (NOT_HABILITATED, HABILITATION_EXPIRED, ESTABLISHMENT_CLOSED), si l'évaluateur n'y est pas affecté (EVALUATOR_NOT_ASSIGNED) ou si la session est complète (SESSION_FULL)",
  })
  planPreliminaryEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PlanPreliminaryEvaluationInput) input: PlanPreliminaryEvaluationInput,
  ): Promise<Dossier> {
    return evaluationService.planPreliminary(ctx, input);
  }

  @Mutation(() => Dossier, {
    description:
      "Saisit l'évaluation préalable (RECORD_PRELIMINARY) : un résultat pour chaque critère (sinon INCOMPLETE_EVALUATION) ; les résultats des sous-domaines et domaines en sont déduits ; le dossier passe à READY_FOR_JURY (tout acquis) ou IN_TRAINING",
  })
  recordPreliminaryEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordEvaluationInput) input: RecordEvaluationInput,
  ): Promise<Dossier> {
    return evaluationService.recordPreliminary(ctx, input);
  }

  @Mutation(() => Dossier, {
    description:
      "Planifie une évaluation finale (PLAN_FINAL) sur des domaines non acquis (DOMAIN_NOT_MISSING) couverts par un parcours (TRAINING_PATH_REQUIRED), avec un évaluateur qui n'est pas formateur du candidat (EVALUATOR_IS_TRAINER)",
  })
  planFinalEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PlanFinalEvaluationInput) input: PlanFinalEvaluationInput,
  ): Promise<Dossier> {
    return evaluationService.planFinal(ctx, input);
  }

  @Mutation(() => Dossier, {
    description:
      "Saisit l'évaluation finale (RECORD_FINAL) : un résultat pour chaque critère des domaines prévus ; READY_FOR_JURY quand tous les domaines sont acquis, sinon IN_TRAINING",
  })
  recordFinalEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordEvaluationInput) input: RecordEvaluationInput,
  ): Promise<Dossier> {
    return evaluationService.recordFinal(ctx, input);
  }

  @FieldResolver(() => Person, { nullable: true, description: "L'évaluateur" })
  evaluator(@Ctx() ctx: RequestContext, @Root() e: Evaluation): Promise<Person | null> {
    return personOf(ctx, e.evaluatorId);
  }

  @FieldResolver(() => EvaluationSession, { nullable: true })
  async session(@Ctx() ctx: RequestContext, @Root() e: Evaluation): Promise<EvaluationSession | null> {
    return e.sessionId ? ((await loadById(ctx, EvaluationSession, e.sessionId)) ?? null) : null;
  }

  @FieldResolver(() => Dossier)
  async dossier(@Ctx() ctx: RequestContext, @Root() e: Evaluation): Promise<Dossier> {
    return (await loadById(ctx, Dossier, e.dossierId))!;
  }

  @FieldResolver(() => [CriterionResult], { description: "Un résultat par critère évalué (vide tant que l'évaluation n'est pas saisie)" })
  criterionResults(@Ctx() ctx: RequestContext, @Root() e: Evaluation): Promise<CriterionResult[]> {
    return loadChildren(ctx, CriterionResult, "evaluationId", e.id);
  }

  @FieldResolver(() => [SubDomainResult], { description: "Résultats déduits des sous-domaines" })
  subDomainResults(@Ctx() ctx: RequestContext, @Root() e: Evaluation): Promise<SubDomainResult[]> {
    return loadChildren(ctx, SubDomainResult, "evaluationId", e.id);
  }

  @FieldResolver(() => [DomainResult], { description: "Résultats déduits des domaines" })
  domainResults(@Ctx() ctx: RequestContext, @Root() e: Evaluation): Promise<DomainResult[]> {
    return loadChildren(ctx, DomainResult, "evaluationId", e.id);
  }
}

@Resolver(() => CriterionResult)
export class CriterionResultResolver {
  @Query(() => CriterionResultConnection, {
    description: "Les résultats par critère des évaluations visibles, filtrés et triés (par défaut par code de critère)",
  })
  criterionResults(
    @Ctx() ctx: RequestContext,
    @Args(() => criterionResultList.Args) args: ListArgs,
  ): Promise<ConnectionShape<CriterionResult>> {
    return evaluationService.criterionResults(ctx, args);
  }

  @FieldResolver(() => Criterion)
  async criterion(@Ctx() ctx: RequestContext, @Root() r: CriterionResult): Promise<Criterion> {
    return (await loadById(ctx, Criterion, r.criterionId))!;
  }

  @FieldResolver(() => Evaluation)
  async evaluation(@Ctx() ctx: RequestContext, @Root() r: CriterionResult): Promise<Evaluation> {
    return (await loadById(ctx, Evaluation, r.evaluationId))!;
  }
}

@Resolver(() => SubDomainResult)
export class SubDomainResultResolver {
  @FieldResolver(() => SubDomain)
  async subDomain(@Ctx() ctx: RequestContext, @Root() r: SubDomainResult): Promise<SubDomain> {
    return (await loadById(ctx, SubDomain, r.subDomainId))!;
  }
}

@Resolver(() => DomainResult)
export class DomainResultResolver {
  @FieldResolver(() => Domain)
  async domain(@Ctx() ctx: RequestContext, @Root() r: DomainResult): Promise<Domain> {
    return (await loadById(ctx, Domain, r.domainId))!;
  }
}
