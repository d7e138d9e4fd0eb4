import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadById } from "../../core/loaders.js";
import { Certificate, certificateService } from "../certificate/index.js";
import { Dossier } from "../dossier/index.js";
import { Certification } from "../referential/index.js";
import { JuryMember, JurySession, JurySubmission } from "./jury.entity.js";
import { CreateJurySessionInput, JuryMemberInput, RecordJuryDecisionInput, ReturnToJuryInput, SubmitToJuryInput } from "./jury.inputs.js";
import { juryService } from "./jury.service.js";
import { juryDecisionList } from "./jury-decision.list.js";
import { jurySessionList } from "./jury-session.list.js";
import { JuryAccount, JurySessionConnection, JurySubmissionConnection } from "./jury.types.js";

@Resolver(() => JurySession)
export class JurySessionResolver {
  @Query(() => JurySessionConnection, {
    description: "Les sessions de jury, filtrées et triées (par défaut par date, les plus anciennes d'abord)",
  })
  jurySessions(@Ctx() ctx: RequestContext, @Args(() => jurySessionList.Args) args: ListArgs): Promise<ConnectionShape<JurySession>> {
    return juryService.list(ctx, args);
  }

  @Query(() => JurySession)
  jurySession(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<JurySession> {
    return juryService.get(ctx, id);
  }

  @Query(() => [JuryAccount], { description: "Les comptes qui peuvent siéger dans un jury, par nom (ADMIN, JURY)" })
  juryAccounts(@Ctx() ctx: RequestContext): Promise<JuryAccount[]> {
    return juryService.juryAccounts(ctx);
  }

  @Mutation(() => JurySession, { description: "Crée une session de jury (ADMIN, JURY) ; ses membres sont des comptes JURY" })
  createJurySession(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateJurySessionInput) input: CreateJurySessionInput,
  ): Promise<JurySession> {
    return juryService.createSession(ctx, input);
  }

  @Mutation(() => JurySession, { description: "Ajoute un membre (un compte JURY) à une session non close" })
  addJuryMember(
    @Ctx() ctx: RequestContext,
    @Arg("jurySessionId", () => ID) jurySessionId: string,
    @Arg("member", () => JuryMemberInput) member: JuryMemberInput,
  ): Promise<JurySession> {
    return juryService.addMember(ctx, jurySessionId, member);
  }

  @Mutation(() => JurySession, { description: "Retire un membre d'une session non close" })
  removeJuryMember(
    @Ctx() ctx: RequestContext,
    @Arg("jurySessionId", () => ID) jurySessionId: string,
    @Arg("userId", () => ID) userId: string,
  ): Promise<JurySession> {
    return juryService.removeMember(ctx, jurySessionId, userId);
  }

  @Mutation(() => JurySession, { description: "Clôt une session dont chaque dossier présenté a sa décision (CONFLICT sinon)" })
  closeJurySession(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<JurySession> {
    return juryService.closeSession(ctx, id);
  }

  @Mutation(() => JurySubmission, {
    description:
      "Présente un dossier prêt (READY_FOR_JURY) à une session ouverte de sa certification, à venir ; refusé (DOMAINS_NOT_VALID, CONFLICT, INVALID_TRANSITION…) sans rien écrire",
  })
  submitToJury(@Ctx() ctx: RequestContext, @Arg("input", () => SubmitToJuryInput) input: SubmitToJuryInput): Promise<JurySubmission> {
    return juryService.submit(ctx, input);
  }

  @Mutation(() => JurySubmission, {
    description:
      "Enregistre la décision du jury (une seule fois) : CERTIFIED délivre le certificat (tous les domaines acquis et valables à la date du jury, sinon DOMAINS_NOT_VALID) ; ADJOURNED exige un motif",
  })
  recordJuryDecision(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordJuryDecisionInput) input: RecordJuryDecisionInput,
  ): Promise<JurySubmission> {
    return juryService.decide(ctx, input);
  }

  @Mutation(() => Dossier, { description: "Après un ajournement, remet le dossier prêt pour un jury (tous les domaines encore valables)" })
  returnToJury(@Ctx() ctx: RequestContext, @Arg("input", () => ReturnToJuryInput) input: ReturnToJuryInput): Promise<Dossier> {
    return juryService.returnToJury(ctx, input);
  }

  @FieldResolver(() => Certification)
  async certification(@Ctx() ctx: RequestContext, @Root() session: JurySession): Promise<Certification> {
    return (await loadById(ctx, Certification, session.certificationId))!;
  }

  @FieldResolver(() => [JuryMember])
  members(@Ctx() ctx: RequestContext, @Root() session: JurySession): Promise<JuryMember[]> {
    return juryService.members(ctx, session.id);
  }

  @FieldResolver(() => [JurySubmission], { description: "Dossiers présentés que vous pouvez voir (tous pour le jury et l'administration)" })
  submissions(@Ctx() ctx: RequestContext, @Root() session: JurySession): Promise<JurySubmission[]> {
    return juryService.submissions(ctx, session.id);
  }
}

@Resolver(() => JuryMember)
export class JuryMemberResolver {
  @FieldResolver(() => String, { description: "Nom affiché du membre" })
  displayName(@Ctx() ctx: RequestContext, @Root() member: JuryMember): Promise<string> {
    return juryService.memberName(ctx, member.userId);
  }
}

@Resolver(() => JurySubmission)
export class JurySubmissionResolver {
  @Query(() => JurySubmissionConnection, {
    description:
      "Les présentations au jury et leurs décisions, visibles comme leurs dossiers, filtrées et triées (par défaut les plus récentes d'abord)",
  })
  juryDecisions(@Ctx() ctx: RequestContext, @Args(() => juryDecisionList.Args) args: ListArgs): Promise<ConnectionShape<JurySubmission>> {
    return juryService.decisions(ctx, args);
  }

  @FieldResolver(() => Dossier)
  async dossier(@Ctx() ctx: RequestContext, @Root() submission: JurySubmission): Promise<Dossier> {
    return (await loadById(ctx, Dossier, submission.dossierId))!;
  }

  @FieldResolver(() => JurySession)
  async jurySession(@Ctx() ctx: RequestContext, @Root() submission: JurySubmission): Promise<JurySession> {
    return (await loadById(ctx, JurySession, submission.jurySessionId))!;
  }

  @FieldResolver(() => Certificate, { nullable: true, description: "Le certificat délivré par cette décision" })
  async certificate(@Ctx() ctx: RequestContext, @Root() submission: JurySubmission): Promise<Certificate | null> {
    return submission.decision === "CERTIFIED" ? certificateService.ofDossier(ctx, submission.dossierId) : null;
  }
}

/** The jury's side of a dossier. */
@Resolver(() => Dossier)
export class DossierJuryResolver {
  @FieldResolver(() => [JurySubmission], {
    description: "Présentations du dossier aux jurys, et leurs décisions (la plus ancienne d'abord)",
  })
  juryPresentations(@Ctx() ctx: RequestContext, @Root() dossier: Dossier): Promise<JurySubmission[]> {
    return juryService.presentations(ctx, dossier.id);
  }
}

export const juryResolvers = [JurySessionResolver, JuryMemberResolver, JurySubmissionResolver, DossierJuryResolver];
