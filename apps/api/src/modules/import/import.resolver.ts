import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { ImportKind } from "./import.columns.js";
import { importJobs, toImportJobView } from "./import-job.js";
import { importService } from "./import.service.js";
import { staffImportService } from "./staff-import.service.js";
import { DownloadFile, ImportFileFormat, ImportFileInput, ImportJobView, ImportReport } from "./import.types.js";

const ALL_OR_NOTHING =
  "Essai à blanc : toutes les erreurs, rien d'écrit. Import réel : tout ou rien (INVALID_IMPORT avec les mêmes erreurs si une ligne est fausse). " +
  "Fichiers de plus de 700 Ko : la route POST /imports/… (octets bruts, 5 Mo).";

@Resolver()
export class ImportResolver {
  @Query(() => DownloadFile, { description: "Modèle du fichier d'import d'établissements : les en-têtes et une ligne d'exemple" })
  establishmentImportTemplate(@Arg("format", () => ImportFileFormat) format: ImportFileFormat) {
    return importService.template(ImportKind.ESTABLISHMENTS, format);
  }

  @Query(() => DownloadFile, {
    description: "Modèle d'un fichier d'import (établissements ou personnel) : les en-têtes et une ligne d'exemple",
  })
  importTemplate(@Arg("kind", () => ImportKind) kind: ImportKind, @Arg("format", () => ImportFileFormat) format: ImportFileFormat) {
    return importService.template(kind, format);
  }

  @Query(() => ImportJobView, { description: "Un import envoyé par la route de dépôt : son avancement, puis son compte rendu" })
  async importJob(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return toImportJobView(await importJobs.get(ctx, id));
  }

  @Mutation(() => ImportReport, { description: `Importe les établissements d'un réseau depuis un fichier CSV ou XLSX. ${ALL_OR_NOTHING}` })
  importEstablishments(
    @Ctx() ctx: RequestContext,
    @Arg("networkId", () => ID) networkId: string,
    @Arg("file", () => ImportFileInput) file: ImportFileInput,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return importService.importEstablishments(ctx, networkId, file, dryRun);
  }

  @Mutation(() => ImportReport, {
    description: `Importe le personnel des établissements d'un réseau (comptes invités s'ils n'existent pas, affectations). ${ALL_OR_NOTHING}`,
  })
  importStaff(
    @Ctx() ctx: RequestContext,
    @Arg("networkId", () => ID) networkId: string,
    @Arg("file", () => ImportFileInput) file: ImportFileInput,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return staffImportService.importStaff(ctx, networkId, file, dryRun);
  }
}
