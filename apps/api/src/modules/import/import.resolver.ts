import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { importService } from "./import.service.js";
import { DownloadFile, ImportFileFormat, ImportFileInput, ImportReport } from "./import.types.js";

@Resolver()
export class ImportResolver {
  @Query(() => DownloadFile, { description: "Modèle du fichier d'import d'établissements : les en-têtes et une ligne d'exemple" })
  establishmentImportTemplate(@Arg("format", () => ImportFileFormat) format: ImportFileFormat) {
    return importService.establishmentTemplate(format);
  }

  @Mutation(() => ImportReport, {
    description:
      "Importe les établissements d'un réseau depuis un fichier CSV ou XLSX. Essai à blanc : toutes les erreurs, rien d'écrit. " +
      "Import réel : tout ou rien (INVALID_IMPORT avec les mêmes erreurs si une ligne est fausse).",
  })
  importEstablishments(
    @Ctx() ctx: RequestContext,
    @Arg("networkId", () => ID) networkId: string,
    @Arg("file", () => ImportFileInput) file: ImportFileInput,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return importService.importEstablishments(ctx, networkId, file, dryRun);
  }
}
