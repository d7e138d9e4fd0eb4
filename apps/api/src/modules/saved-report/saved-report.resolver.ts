import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Person, personOf } from "../staff/index.js";
import { JSONObjectResolver } from "graphql-scalars";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import { SavedReport } from "./saved-report.entity.js";
import { CreateSavedReportInput, SavedReportConnection, SavedReportRun, UpdateSavedReportInput } from "./saved-report.inputs.js";
import { savedReportList } from "./saved-report.list.js";
import { savedReportService } from "./saved-report.service.js";

@Resolver(() => SavedReport)
export class SavedReportResolver {
  @Query(() => SavedReportConnection, {
    description:
      "Les rapports enregistrés que l'on peut voir (les siens, ceux de ses réseaux, les publics), filtrés et triés (par défaut par nom)",
  })
  savedReports(@Ctx() ctx: RequestContext, @Args(() => savedReportList.Args) args: ListArgs) {
    return savedReportService.list(ctx, args);
  }

  @Query(() => SavedReport, { description: "Un rapport enregistré visible par l'appelant" })
  savedReport(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return savedReportService.get(ctx, id);
  }

  @Mutation(() => SavedReport, { description: "Enregistre un rapport : une requête GraphQL validée contre le schéma, avec ses variables" })
  createSavedReport(@Ctx() ctx: RequestContext, @Arg("input", () => CreateSavedReportInput) input: CreateSavedReportInput) {
    return savedReportService.create(ctx, input);
  }

  @Mutation(() => SavedReport, { description: "Modifie un rapport enregistré (son auteur ou l'administration)" })
  updateSavedReport(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateSavedReportInput) input: UpdateSavedReportInput,
  ) {
    return savedReportService.update(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: "Supprime un rapport enregistré (son auteur ou l'administration)" })
  deleteSavedReport(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return savedReportService.delete(ctx, id);
  }

  @Mutation(() => SavedReportRun, {
    description:
      "Exécute un rapport enregistré dans le périmètre de l'appelant (ses droits, son budget de requêtes) ; les variables données remplacent celles enregistrées",
  })
  runSavedReport(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("variables", () => JSONObjectResolver, { nullable: true }) variables?: Record<string, unknown> | null,
  ) {
    return savedReportService.run(ctx, id, variables);
  }

  @FieldResolver(() => Person, { description: "Son auteur : son nom, pour qui voit le rapport (son compte reste réservé)" })
  async owner(@Ctx() ctx: RequestContext, @Root() report: SavedReport): Promise<Person> {
    return (await personOf(ctx, report.ownerId))!;
  }

  @FieldResolver(() => Boolean, { description: "Vrai quand l'appelant peut modifier ou supprimer le rapport" })
  canEdit(@Ctx() ctx: RequestContext, @Root() report: SavedReport): boolean {
    return savedReportService.canEdit(ctx, report);
  }
}
