import { MaxLength } from "class-validator";
import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export const ImportFileFormat = { CSV: "CSV", XLSX: "XLSX" } as const;
export type ImportFileFormat = (typeof ImportFileFormat)[keyof typeof ImportFileFormat];
registerEnumType(ImportFileFormat, { name: "ImportFileFormat", description: "Format d'un fichier d'import (CSV UTF-8 ou classeur XLSX)" });

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

  @Field(() => Int, { description: "Établissements créés (0 pour un essai à blanc)" })
  created: number;

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
