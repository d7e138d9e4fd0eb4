import { ArrayMaxSize, IsEnum, IsOptional } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CertificationCode, DossierState } from "@clea/schema";
import { Connection } from "../../core/list.js";
import { LocalDate } from "../../core/scalars.js";
import { ExportFormat, ExportJob, ExportJobStatus, ExportList } from "./export-job.entity.js";

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
  },
});
registerEnumType(ExportFormat, { name: "ExportFormat", description: "CSV (UTF-8 avec BOM, séparateur ;) ou classeur XLSX" });
registerEnumType(ExportJobStatus, { name: "ExportJobStatus", description: "État d'un export en tâche de fond" });

@InputType({ description: "Critères d'un export, ceux des listes ; chaque liste prend ceux qui la concernent (les autres sont refusés)" })
export class ExportFilter {
  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => ID, { nullable: true })
  establishmentId?: string | null;

  @Field(() => CertificationCode, { nullable: true, description: "Dossiers, évaluations, certificats" })
  @IsOptional()
  @IsEnum(CertificationCode, { message: "Certification inconnue." })
  certificationCode?: CertificationCode | null;

  @Field(() => [DossierState], { nullable: true, description: "Dossiers" })
  @IsOptional()
  @IsEnum(DossierState, { each: true, message: "État de dossier inconnu." })
  @ArrayMaxSize(20)
  states?: DossierState[] | null;

  @Field(() => LocalDate, { nullable: true, description: "Depuis ce jour : ouverture du dossier, date prévue de l'évaluation, saisie du financement, délivrance du certificat" })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Jusqu'à ce jour inclus" })
  to?: string | null;
}

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
  @Field(() => String, { nullable: true, description: "Adresse du fichier (GET, avec le jeton), une fois l'export réussi et tant qu'il est gardé" })
  downloadUrl: string | null;
  @Field(() => String, { nullable: true }) errorMessage: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Le fichier est supprimé après cette date" }) expiresAt: Date | null;
}

export const ExportJobConnection = Connection(ExportJobView, "ExportJob");

export function toExportJobView(job: ExportJob): ExportJobView {
  const available = job.status === ExportJobStatus.SUCCEEDED && Boolean(job.fileName) && (!job.expiresAt || job.expiresAt.getTime() > Date.now());
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

