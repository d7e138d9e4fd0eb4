import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import { mapConnection, type ConnectionShape } from "../../core/list.js";
import { loadById } from "../../core/loaders.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { InviteUserInput, RoleGrantInput } from "./user.inputs.js";
import { userList } from "./user.list.js";
import { toUserView, userService } from "./user.service.js";
import { InvitationView, RoleAssignmentView, UserConnection, UserView } from "./user.types.js";

@Resolver(() => UserView)
export class UserResolver {
  @Query(() => UserConnection, {
    description:
      "Les comptes visibles (tous pour un administrateur ; ceux de ses réseaux pour un responsable de réseau), filtrés et triés (par défaut par adresse e-mail)",
  })
  async users(@Ctx() ctx: RequestContext, @Args(() => userList.Args) args: ListArgs): Promise<ConnectionShape<UserView>> {
    const page = await userService.list(ctx, args);
    return mapConnection(page, toUserView);
  }

  @Query(() => UserView)
  async user(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<UserView> {
    return toUserView(await userService.get(ctx, id));
  }

  @Mutation(() => InvitationView, {
    description: "Crée le compte avec ses rôles et renvoie un lien d'invitation à usage unique, valable 7 jours",
  })
  inviteUser(@Ctx() ctx: RequestContext, @Arg("input", () => InviteUserInput) input: InviteUserInput): Promise<InvitationView> {
    return userService.invite(ctx, input);
  }

  @Mutation(() => InvitationView, {
    description: "Nouveau lien pour un compte qui n'a pas encore accepté son invitation (les précédents ne marchent plus)",
  })
  resendInvitation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<InvitationView> {
    return userService.resendInvitation(ctx, id);
  }

  @Mutation(() => UserView, { description: "Désactive le compte ; ses sessions prennent fin immédiatement" })
  deactivateUser(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<UserView> {
    return userService.deactivate(ctx, id);
  }

  @Mutation(() => UserView)
  reactivateUser(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<UserView> {
    return userService.reactivate(ctx, id);
  }

  @Mutation(() => UserView, { description: "Remplace les rôles que vous gérez sur ce compte ; effet immédiat" })
  setUserRoles(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("roles", () => [RoleGrantInput]) roles: RoleGrantInput[],
  ): Promise<UserView> {
    return userService.setRoles(ctx, id, roles);
  }

  @FieldResolver(() => [RoleAssignmentView], { description: "Les rôles du compte dans votre périmètre" })
  roles(@Ctx() ctx: RequestContext, @Root() user: UserView): Promise<RoleAssignmentView[]> {
    return userService.roles(ctx, user.id);
  }
}

@Resolver(() => RoleAssignmentView)
export class RoleAssignmentResolver {
  @FieldResolver(() => Network, { nullable: true, description: "Le réseau du rôle, si vous pouvez le voir" })
  async network(@Ctx() ctx: RequestContext, @Root() grant: RoleAssignmentView): Promise<Network | null> {
    return grant.networkId ? ((await loadById(ctx, Network, grant.networkId)) ?? null) : null;
  }

  @FieldResolver(() => Establishment, { nullable: true, description: "L'établissement du rôle, si vous pouvez le voir" })
  async establishment(@Ctx() ctx: RequestContext, @Root() grant: RoleAssignmentView): Promise<Establishment | null> {
    return grant.establishmentId ? ((await loadById(ctx, Establishment, grant.establishmentId)) ?? null) : null;
  }
}
