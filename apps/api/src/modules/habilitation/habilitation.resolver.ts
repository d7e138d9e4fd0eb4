import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { HabilitationAction, HabilitationStatus } from "@clea/schema";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadById } from "../../core/loaders.js";
import { Establishment } from "../establishment/index.js";
import { Certification } from "../referential/index.js";
import { Habilitation } from "./habilitation.entity.js";
import {
  ChangeHabilitationStatusInput,
  CreateHabilitationInput,
  RenewHabilitationInput,
  UpdateHabilitationInput,
} from "./habilitation.inputs.js";
import { habilitationList } from "./habilitation.list.js";
import { habilitationService } from "./habilitation.service.js";
import { HabilitationConnection } from "./habilitation.types.js";

@Resolver(() => Habilitation)
export class HabilitationResolver {
  @Query(() => HabilitationConnection, { description: "Les habilitations, filtrées et triées (par défaut regroupées par établissement)" })
  habilitations(@Ctx() ctx: RequestContext, @Args(() => habilitationList.Args) args: ListArgs): Promise<ConnectionShape<Habilitation>> {
    return habilitationService.list(ctx, args);
  }

  @Mutation(() => Habilitation, { description: "Demande d'habilitation : statut REQUESTED" })
  createHabilitation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateHabilitationInput) input: CreateHabilitationInput,
  ): Promise<Habilitation> {
    return habilitationService.create(ctx, input);
  }

  @Mutation(() => Habilitation)
  updateHabilitation(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateHabilitationInput) input: UpdateHabilitationInput,
  ): Promise<Habilitation> {
    return habilitationService.update(ctx, id, input);
  }

  @Mutation(() => Habilitation, { description: "Accorder, refuser, suspendre, rétablir ou retirer ; sinon INVALID_TRANSITION" })
  changeHabilitationStatus(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("action", () => HabilitationAction) action: HabilitationAction,
    @Arg("input", () => ChangeHabilitationStatusInput, { nullable: true }) input?: ChangeHabilitationStatusInput | null,
  ): Promise<Habilitation> {
    return habilitationService.changeStatus(ctx, id, action, input);
  }

  @Mutation(() => Habilitation, {
    description:
      "Renouveler (action RENEW) : crée la période suivante, accordée, du lendemain de la fin de celle-ci à la nouvelle date de fin",
  })
  renewHabilitation(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => RenewHabilitationInput) input: RenewHabilitationInput,
  ): Promise<Habilitation> {
    return habilitationService.renew(ctx, id, input);
  }

  @FieldResolver(() => HabilitationStatus, { description: "Statut effectif : accordée et échue = EXPIRED" })
  status(@Root() habilitation: Habilitation): HabilitationStatus {
    return habilitationService.status(habilitation);
  }

  @FieldResolver(() => [HabilitationAction], { description: "Les actions possibles depuis le statut effectif" })
  allowedActions(@Root() habilitation: Habilitation): HabilitationAction[] {
    return habilitationService.allowedActions(habilitation);
  }

  @FieldResolver(() => Establishment)
  async establishment(@Ctx() ctx: RequestContext, @Root() habilitation: Habilitation): Promise<Establishment> {
    return (await loadById(ctx, Establishment, habilitation.establishmentId))!;
  }

  @FieldResolver(() => Certification)
  async certification(@Ctx() ctx: RequestContext, @Root() habilitation: Habilitation): Promise<Certification> {
    return (await loadById(ctx, Certification, habilitation.certificationId))!;
  }
}
