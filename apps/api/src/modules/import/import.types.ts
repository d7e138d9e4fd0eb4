import { MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ImportKind } from "./import.columns.js";
import { ImportJobStatus } from "./import-job.entity.js";

export const ImportFileFormat = { CSV: "CSV", XLSX: "XLSX" } as const;
export type ImportFileFormat = (typeof ImportFileFormat)[keyof typeof ImportFileFormat];
registerEnumType(ImportFileFormat, { name: "ImportFileFormat", description: "Format d'un fichier d'import (CSV UTF-8 ou classeur XLSX)" });
registerEnumType(ImportKind, {
  name: "ImportKind",
  description: "Ce qu'un fichier importe",
  valuesConfig: {
    ESTABLISHMENTS: { description: "Établissements d'un réseau" },
    STAFF: { description: "Personnel des établissements (affectations)" },
  },
});
registerEnumType(ImportJobStatus, { name: "ImportJobStatus", description: "État d'un import en cours ou terminé" });

@InputType({ description: "Un fichier envoyé en base64 (5 Mo et 5 000 lignes au plus)" })
export class ImportFileInput {
  @Field({ description: "Nom du fichier, ex. etablissements.csv" })
  @MaxLength(255, { message: "Le nom du fichier dépasse 255 caractères." })
  filename: string;

  @Field({ description: "Contenu du fichier en base64 (un préfixe data:…;base64, est accepté)" })
  contentBase64: string;
}

@ObjectType({ description: "Une erreur d'une ligne d'un fichier importé" })
export class ImportProblem {
  @Field(() => Int, { nullable: true, description: "Ligne du fichier (l'en-tête est la ligne 1)" })
  line?: number;

  @Field({ description: "Clé stable de la colonne (ex. siret), ou file / header pour le fichier entier" })
  field: string;

  @Field(() => String, { nullable: true, description: "En-tête de la colonne tel que dans le modèle" })
  column?: string;

  @Field({ description: "Raison, en français" })
  message: string;
}

@ObjectType({ description: "Résultat d'un import (ou d'un essai à blanc)" })
export class ImportReport {
  @Field({ description: "Vrai pour un essai à blanc : rien n'a été écrit" })
  dryRun: boolean;

  @Field(() => Int, { description: "Lignes de données lues (hors en-tête et lignes vides)" })
  lineCount: number;

  @Field(() => Int, { description: "Éléments créés : établissements, ou affectations de personnel (0 pour un essai à blanc)" })
  created: number;

  @Field(() => Int, { description: "Comptes créés et invités par l'import de personnel (0 sinon)" })
  usersInvited: number;

  @Field({ description: "Vrai si aucune ligne n'est en erreur" })
  valid: boolean;

  @Field(() => [ImportProblem], { description: "Toutes les erreurs, par ligne" })
  problems: ImportProblem[];
}

@ObjectType({ description: "Un fichier à télécharger" })
export class DownloadFile {
  @Field()
  filename: string;

  @Field({ description: "Type MIME" })
  mimeType: string;

  @Field({ description: "Contenu en base64" })
  contentBase64: string;
}

@ObjectType({ description: "Un import envoyé par la route de dépôt (/imports/…), avec son avancement" })
export class ImportJobView {
  @Field(() => ID)
  id: string;

  @Field(() => ImportKind)
  kind: ImportKind;

  @Field(() => ImportJobStatus)
  status: ImportJobStatus;

  @Field(() => Int, { description: "Lignes traitées (l'import reste tout ou rien : rien n'est visible avant la fin)" })
  processed: number;

  @Field(() => Int, { description: "Lignes du fichier (0 tant qu'il n'est pas lu)" })
  total: number;

  @Field(() => ImportReport, { nullable: true, description: "Le compte rendu, une fois l'import réussi" })
  report: ImportReport | null;

  @Field(() => String, { nullable: true, description: "Code de l'erreur qui a fait échouer l'import (rien n'a été importé)" })
  errorCode: string | null;

  @Field(() => String, { nullable: true, description: "Motif de l'échec, en français" })
  errorMessage: string | null;

  @Field(() => ID)
  networkId: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
