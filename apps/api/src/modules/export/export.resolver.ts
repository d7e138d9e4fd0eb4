import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { mapConnection, PageArgs } from "../../core/list.js";
import { listFilterOf } from "./export.lists.js";
import { exportService } from "./export.service.js";
import { ExportJobConnection, ExportJobView, StartExportInput, toExportJobView } from "./export.types.js";

const LIMIT = "Les petits exports (5 000 lignes au plus) se téléchargent directement : GET /exports/<liste>.csv|xlsx avec le jeton.";

@Resolver()
export class ExportResolver {
  @Mutation(() => ExportJobView, {
    description: `Lance l'export d'une liste en tâche de fond ; le fichier reste téléchargeable 7 jours par qui l'a demandé. ${LIMIT}`,
  })
  async startExport(@Ctx() ctx: RequestContext, @Arg("input", () => StartExportInput) input: StartExportInput) {
    return toExportJobView(await exportService.start(ctx, { ...input, filter: listFilterOf(input.list, input.filter) }));
  }

  @Mutation(() => ExportJobView, { description: "Annule un export en attente ou en cours : aucun fichier n'est gardé" })
  async cancelExport(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return toExportJobView(await exportService.cancel(ctx, id));
  }

  @Query(() => ExportJobView, { description: "Un export en tâche de fond (les siens ; tous pour l'administration)" })
  async exportJob(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return toExportJobView(await exportService.get(ctx, id));
  }

  @Query(() => ExportJobConnection, { description: "Ses exports en tâche de fond, les plus récents d'abord (tous pour l'administration)" })
  async exportJobs(@Ctx() ctx: RequestContext, @Args(() => PageArgs) args: PageArgs) {
    const page = await exportService.list(ctx, args);
    return mapConnection(page, toExportJobView);
  }
}
