import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import { assertOnePasswordFieldPerOperation } from "../../core/auth/one-per-operation.js";
import type { RequestContext } from "../../core/context.js";
import { CurrentUser } from "../user/index.js";
import { authService } from "./auth.service.js";
import { SignInPayload } from "./auth.types.js";

@Resolver()
export class AuthResolver {
  @Query(() => CurrentUser, { nullable: true, description: "L'utilisateur connecté ; null sans session" })
  me(@Ctx() ctx: RequestContext): CurrentUser | null {
    return authService.me(ctx);
  }

  @Mutation(() => SignInPayload, {
    description: "Connexion. Pose le cookie de renouvellement. Une seule par requête ; tentatives limitées par compte et par adresse",
  })
  signIn(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
  ): Promise<SignInPayload> {
    assertOnePasswordFieldPerOperation(info);
    return authService.signIn(ctx, email, password);
  }

  @Mutation(() => SignInPayload, { description: "Nouveau jeton d'accès à partir du cookie de renouvellement (qui est remplacé)" })
  refreshSession(@Ctx() ctx: RequestContext): Promise<SignInPayload> {
    return authService.refresh(ctx);
  }

  @Mutation(() => Boolean, { description: "Met fin à la session (jetons d'accès et de renouvellement) et efface le cookie" })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return authService.signOut(ctx);
  }

  @Mutation(() => SignInPayload, {
    description: "Change le mot de passe et met fin aux autres sessions ; renvoie un nouveau jeton d'accès",
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
  ): Promise<SignInPayload> {
    assertOnePasswordFieldPerOperation(info);
    return authService.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => SignInPayload, { description: "Choix du mot de passe depuis un lien d'invitation (usage unique), puis connexion" })
  acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("token", () => String) token: string,
    @Arg("password", () => String) password: string,
  ): Promise<SignInPayload> {
    assertOnePasswordFieldPerOperation(info);
    return authService.acceptInvitation(ctx, token, password);
  }
}
