import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadById } from "../../core/loaders.js";
import { Dossier } from "../dossier/index.js";
import { FundingLine } from "./funding-line.entity.js";
import { fundingLineList } from "./funding-line.list.js";
import { AddFundingLineInput, UpdateFundingLineInput } from "./funding.inputs.js";
import { fundingService } from "./funding.service.js";
import { FundingLineConnection } from "./funding.types.js";

@Resolver(() => FundingLine)
export class FundingLineResolver {
  @Query(() => FundingLineConnection, {
    description: "Les lignes de financement que vous pouvez voir, filtrées et triées (par défaut les plus anciennes d'abord)",
  })
  fundingLines(@Ctx() ctx: RequestContext, @Args(() => fundingLineList.Args) args: ListArgs): Promise<ConnectionShape<FundingLine>> {
    return fundingService.list(ctx, args);
  }

  @Mutation(() => FundingLine, { description: "Ajoute une ligne de financement à un dossier (montant en chaîne décimale exacte)" })
  addFundingLine(@Ctx() ctx: RequestContext, @Arg("input", () => AddFundingLineInput) input: AddFundingLineInput): Promise<FundingLine> {
    return fundingService.add(ctx, input);
  }

  @Mutation(() => FundingLine, { description: "Modifie une ligne de financement non annulée" })
  updateFundingLine(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateFundingLineInput) input: UpdateFundingLineInput,
  ): Promise<FundingLine> {
    return fundingService.update(ctx, id, input);
  }

  @Mutation(() => FundingLine, { description: "Annule une ligne de financement (elle reste dans l'historique)" })
  cancelFundingLine(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<FundingLine> {
    return fundingService.cancel(ctx, id);
  }

  @FieldResolver(() => Dossier)
  async dossier(@Ctx() ctx: RequestContext, @Root() line: FundingLine): Promise<Dossier> {
    return (await loadById(ctx, Dossier, line.dossierId))!;
  }
}

/** The funding of a dossier. */
@Resolver(() => Dossier)
export class DossierFundingResolver {
  @FieldResolver(() => [FundingLine], { description: "Lignes de financement du dossier, par étape et financeur (annulées comprises)" })
  fundingLines(@Ctx() ctx: RequestContext, @Root() dossier: Dossier): Promise<FundingLine[]> {
    return fundingService.ofDossier(ctx, dossier.id);
  }
}

export const fundingResolvers = [FundingLineResolver, DossierFundingResolver];
