import { Person, personOf } from "../staff/index.js";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { DossierAction } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadById, loadChildren } from "../../core/loaders.js";
import { Candidate, CandidateView, candidateView } from "../candidate/index.js";
import { Establishment } from "../establishment/index.js";
import { Evaluation } from "../evaluation/index.js";
import { domainStatuses } from "./domain-status.js";
import { Network } from "../network/index.js";
import { Certification, Referential, domainById } from "../referential/index.js";
import { TrainingPath } from "../training/index.js";
import { Dossier, DossierEvent } from "./dossier.entity.js";
import { OpenDossierInput, ResumeTrainingInput, WithdrawDossierInput } from "./dossier.inputs.js";
import { dossierList } from "./dossier.list.js";
import { allowedDossierActions } from "./dossier.transition.js";
import { dossierService } from "./dossier.service.js";
import { DossierConnection, DossierDomainStatus } from "./dossier.types.js";

@Resolver(() => Dossier)
export class DossierResolver {
  @Query(() => DossierConnection, { description: "Les dossiers visibles, filtrés et triés (par défaut les plus récents d'abord)" })
  dossiers(@Ctx() ctx: RequestContext, @Args(() => dossierList.Args) args: ListArgs): Promise<ConnectionShape<Dossier>> {
    return dossierService.list(ctx, args);
  }

  @Query(() => Dossier)
  dossier(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Dossier> {
    return dossierService.get(ctx, id);
  }

  @Mutation(() => Dossier, {
    description:
      "Ouvre un dossier (état OPENED) ; refusée sans rien écrire si l'établissement est fermé (ESTABLISHMENT_CLOSED), non habilité aujourd'hui (NOT_HABILITATED, HABILITATION_EXPIRED) ou si un dossier est déjà en cours pour ce candidat et cette certification (CONFLICT)",
  })
  openDossier(@Ctx() ctx: RequestContext, @Arg("input", () => OpenDossierInput) input: OpenDossierInput): Promise<Dossier> {
    return dossierService.open(ctx, input);
  }

  @Mutation(() => Dossier, { description: "Clôt un dossier en cours à la demande du candidat (motif obligatoire)" })
  withdrawDossier(@Ctx() ctx: RequestContext, @Arg("input", () => WithdrawDossierInput) input: WithdrawDossierInput): Promise<Dossier> {
    return dossierService.withdraw(ctx, input);
  }

  @Mutation(() => Dossier, { description: "Après un ajournement : reprise de la formation sur ce qui manque" })
  resumeTraining(@Ctx() ctx: RequestContext, @Arg("input", () => ResumeTrainingInput) input: ResumeTrainingInput): Promise<Dossier> {
    return dossierService.resumeTraining(ctx, input);
  }

  @FieldResolver(() => CandidateView, {
    nullable: true,
    description: "Le candidat, si vous pouvez le voir (ses données personnelles suivent leurs propres règles)",
  })
  async candidate(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<CandidateView | null> {
    const c = await loadById(ctx, Candidate, d.candidateId);
    return c ? candidateView(c) : null;
  }

  @FieldResolver(() => Certification)
  async certification(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<Certification> {
    return (await loadById(ctx, Certification, d.certificationId))!;
  }

  @FieldResolver(() => Referential, { description: "La version du référentiel en vigueur à l'ouverture" })
  async referential(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<Referential> {
    return (await loadById(ctx, Referential, d.referentialId))!;
  }

  @FieldResolver(() => Establishment, { nullable: true, description: "L'établissement évaluateur, si vous pouvez le voir" })
  async establishment(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<Establishment | null> {
    return (await loadById(ctx, Establishment, d.establishmentId)) ?? null;
  }

  @FieldResolver(() => Network, { nullable: true, description: "Le réseau, si vous pouvez le voir" })
  async network(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<Network | null> {
    return (await loadById(ctx, Network, d.networkId)) ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "La personne qui a ouvert le dossier" })
  advisor(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<Person | null> {
    return personOf(ctx, d.advisorId);
  }

  @FieldResolver(() => [DossierEvent], { description: "L'historique, du plus ancien au plus récent" })
  history(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<DossierEvent[]> {
    return loadChildren(ctx, DossierEvent, "dossierId", d.id, { version: "ASC" });
  }

  @FieldResolver(() => [Evaluation], { description: "Les évaluations, par date prévue" })
  evaluations(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<Evaluation[]> {
    return loadChildren(ctx, Evaluation, "dossierId", d.id, { plannedOn: "ASC", createdAt: "ASC" });
  }

  @FieldResolver(() => Evaluation, {
    nullable: true,
    description: "La dernière évaluation (par date prévue), null s'il n'y en a pas ; lue avec `evaluations`, sans requête de plus",
  })
  async lastEvaluation(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<Evaluation | null> {
    return (await this.evaluations(ctx, d)).at(-1) ?? null;
  }

  @FieldResolver(() => [TrainingPath], { description: "Les parcours de formation, par date de début" })
  trainingPaths(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<TrainingPath[]> {
    return loadChildren(ctx, TrainingPath, "dossierId", d.id, { startsOn: "ASC", createdAt: "ASC" });
  }

  @FieldResolver(() => [DossierDomainStatus], { description: "Chaque domaine du référentiel : acquis ou non, depuis quand, jusqu'à quand" })
  async domainStatuses(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<DossierDomainStatus[]> {
    const statuses = await domainStatuses(ctx, d.id);
    const domains = await Promise.all(statuses.map((s) => domainById(ctx, s.domainId)));
    return statuses.map((s, i) => ({ domain: domains[i]!, acquired: s.acquired, acquiredOn: s.acquiredOn, validUntil: s.validUntil }));
  }

  @FieldResolver(() => [DossierAction], {
    description:
      "Les actions que l'état du dossier, vos rôles, son délai de 5 ans et ses étapes déjà faites permettent maintenant (leurs autres règles, qui dépendent de ce que vous saisirez, sont vérifiées quand vous les tentez)",
  })
  allowedActions(@Ctx() ctx: RequestContext, @Root() d: Dossier): Promise<DossierAction[]> {
    return allowedDossierActions(ctx, d);
  }
}

@Resolver(() => DossierEvent)
export class DossierEventResolver {
  @FieldResolver(() => Person, { nullable: true, description: "L'auteur ; null pour le traitement automatique (expiration)" })
  actor(@Ctx() ctx: RequestContext, @Root() e: DossierEvent): Promise<Person | null> {
    return personOf(ctx, e.actorId);
  }
}
