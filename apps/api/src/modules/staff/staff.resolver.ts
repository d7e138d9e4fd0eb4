import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { loadById } from "../../core/loaders.js";
import { LocalDate } from "../../core/scalars.js";
import { Establishment } from "../establishment/index.js";
import { Certification } from "../referential/index.js";
import { User, UserView, toUserView } from "../user/index.js";
import { EvaluatorAccreditation } from "./evaluator-accreditation.entity.js";
import { AssignStaffInput, RecordEvaluatorAccreditationInput } from "./staff.inputs.js";
import { staffService, toStaffAssignmentView } from "./staff.service.js";
import { StaffAssignmentView } from "./staff.types.js";

@Resolver(() => StaffAssignmentView)
export class StaffResolver {
  @Query(() => [StaffAssignmentView], {
    description: "Le personnel d'un établissement : affectations en cours puis terminées (visible de ses gestionnaires et de son équipe)",
  })
  async establishmentStaff(
    @Ctx() ctx: RequestContext,
    @Arg("establishmentId", () => ID) establishmentId: string,
  ): Promise<StaffAssignmentView[]> {
    return (await staffService.ofEstablishment(ctx, establishmentId)).map(toStaffAssignmentView);
  }

  @Mutation(() => [StaffAssignmentView], {
    description: "Affecte une personne à un établissement dans une ou plusieurs fonctions ; effet immédiat",
  })
  async assignStaff(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => AssignStaffInput) input: AssignStaffInput,
  ): Promise<StaffAssignmentView[]> {
    return (await staffService.assign(ctx, input)).map(toStaffAssignmentView);
  }

  @Mutation(() => StaffAssignmentView, {
    description: "Met fin à une affectation (gardée dans l'historique) ; ses droits cessent immédiatement",
  })
  async endStaffAssignment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("endedOn", () => LocalDate) endedOn: string,
  ): Promise<StaffAssignmentView> {
    return toStaffAssignmentView(await staffService.end(ctx, id, endedOn));
  }

  @Mutation(() => EvaluatorAccreditation, { description: "Enregistre la formation d'un évaluateur pour une certification" })
  recordEvaluatorAccreditation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordEvaluatorAccreditationInput) input: RecordEvaluatorAccreditationInput,
  ): Promise<EvaluatorAccreditation> {
    return staffService.recordAccreditation(ctx, input);
  }

  @FieldResolver(() => String, {
    description: "Le nom de la personne, visible de qui voit l'affectation (son équipe) ; son compte (e-mail…) est dans `user`",
  })
  displayName(@Ctx() ctx: RequestContext, @Root() a: StaffAssignmentView): Promise<string> {
    return staffService.displayNameOf(ctx, a.userId);
  }

  @FieldResolver(() => UserView, { nullable: true, description: "La personne, si vous pouvez voir son compte" })
  async user(@Ctx() ctx: RequestContext, @Root() a: StaffAssignmentView): Promise<UserView | null> {
    const user = await loadById(ctx, User, a.userId);
    return user ? toUserView(user) : null;
  }

  @FieldResolver(() => Establishment, { nullable: true })
  async establishment(@Ctx() ctx: RequestContext, @Root() a: StaffAssignmentView): Promise<Establishment | null> {
    return (await loadById(ctx, Establishment, a.establishmentId)) ?? null;
  }

  @FieldResolver(() => [EvaluatorAccreditation], { description: "Les habilitations personnelles (formations) de la personne" })
  accreditations(@Ctx() ctx: RequestContext, @Root() a: StaffAssignmentView): Promise<EvaluatorAccreditation[]> {
    return staffService.accreditationsOf(ctx, a.userId);
  }
}

@Resolver(() => EvaluatorAccreditation)
export class EvaluatorAccreditationResolver {
  @FieldResolver(() => Certification)
  async certification(@Ctx() ctx: RequestContext, @Root() a: EvaluatorAccreditation): Promise<Certification> {
    return (await loadById(ctx, Certification, a.certificationId))!;
  }
}
