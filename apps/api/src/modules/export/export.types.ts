import { IsEnum } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../core/list.js";
import { collectionNamed } from "../../core/collection.js";
import { ExportFormat, ExportJob, ExportJobStatus, ExportList } from "./export-job.entity.js";
import { EXPORT_LISTS } from "./export.lists.js";

registerEnumType(ExportList, {
  name: "ExportList",
  description: "Liste exportable",
  valuesConfig: {
    DOSSIERS: { description: "Dossiers des candidats" },
    CANDIDATES: { description: "Candidats (pseudonymes ; identités pour l'administration et le personnel de l'établissement)" },
    EVALUATIONS: { description: "Évaluations (préalables et finales)" },
    FUNDING_LINES: { description: "Lignes de financement" },
    CERTIFICATES: { description: "Certificats délivrés" },
    ESTABLISHMENTS: { description: "Établissements" },
    NETWORKS: { description: "Réseaux" },
    ORGANISATIONS: { description: "Organismes" },
    HABILITATIONS: { description: "Habilitations des établissements" },
    EVALUATION_SESSIONS: { description: "Sessions d'évaluation" },
    USERS: { description: "Comptes des utilisateurs (ceux que l'on administre)" },
    AUDIT_EVENTS: { description: "Journal d'audit" },
    TRAINING_PATHS: { description: "Parcours de formation" },
    JURY_SESSIONS: { description: "Sessions de jury" },
    JURY_DECISIONS: { description: "Présentations au jury et décisions" },
    CRITERION_RESULTS: { description: "Résultats par critère des évaluations (pseudonymes)" },
  },
});
registerEnumType(ExportFormat, { name: "ExportFormat", description: "CSV (UTF-8 avec BOM, séparateur ;) ou classeur XLSX" });
registerEnumType(ExportJobStatus, { name: "ExportJobStatus", description: "État d'un export en tâche de fond" });

/**
 * The filter of an export: the one of the list exported (`dossiers: DossierFilter`…), the same
 * input the list's query takes. Only the field of the exported list may be given.
 */
@InputType({ description: "Le filtre de la liste exportée : celui que prend sa requête (un seul champ, celui de la liste)" })
export class ExportFilter {
  [key: string]: unknown;
}
for (const [list, spec] of Object.entries(EXPORT_LISTS))
  Field(() => collectionNamed(spec.collection).filter.input, { nullable: true, description: `Filtre de la liste ${list}` })(
    ExportFilter.prototype,
    spec.query,
  );

@InputType({ description: "Un export à lancer en tâche de fond" })
export class StartExportInput {
  @Field(() => ExportList)
  @IsEnum(ExportList, { message: "Liste inconnue." })
  list: ExportList;

  @Field(() => ExportFormat)
  @IsEnum(ExportFormat, { message: "Format inconnu : CSV ou XLSX." })
  format: ExportFormat;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "CSV : virgule décimale et dates jj/mm/aaaa" })
  frenchFormats?: boolean | null;

  @Field(() => ExportFilter, { nullable: true })
  filter?: ExportFilter | null;
}

@ObjectType({ description: "Un export en tâche de fond : son avancement, puis son fichier (gardé 7 jours)" })
export class ExportJobView {
  @Field(() => ID) id: string;
  @Field(() => ExportList) list: ExportList;
  @Field(() => ExportFormat) format: ExportFormat;
  @Field() frenchFormats: boolean;
  @Field(() => ExportJobStatus) status: ExportJobStatus;
  @Field(() => Int, { description: "Lignes écrites" }) processed: number;
  @Field(() => Int, { description: "Lignes à écrire (comptées au lancement)" }) total: number;
  @Field(() => ID, { nullable: true, description: "Qui l'a demandé" }) requestedById: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Adresse du fichier (GET, avec le jeton), une fois l'export réussi et tant qu'il est gardé",
  })
  downloadUrl: string | null;
  @Field(() => String, { nullable: true }) errorMessage: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Le fichier est supprimé après cette date" }) expiresAt: Date | null;
}

export const ExportJobConnection = Connection(ExportJobView, "ExportJob");

export function toExportJobView(job: ExportJob): ExportJobView {
  const available =
    job.status === ExportJobStatus.SUCCEEDED && Boolean(job.fileName) && (!job.expiresAt || job.expiresAt.getTime() > Date.now());
  return {
    id: job.id,
    list: job.list,
    format: job.format,
    frenchFormats: job.frenchFormats,
    status: job.status,
    processed: job.processed,
    total: job.total,
    requestedById: job.requestedById,
    downloadUrl: available ? `/exports/jobs/${job.id}/file` : null,
    errorMessage: job.errorMessage,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    expiresAt: job.expiresAt,
  };
}
