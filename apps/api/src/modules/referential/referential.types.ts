import { Field, ObjectType, registerEnumType } from "type-graphql";
import { ReferentialFileFormat } from "@clea/schema";

registerEnumType(ReferentialFileFormat, { name: "ReferentialFileFormat", description: "Format d'un fichier de référentiel" });

@ObjectType({ description: "Une version exportée, prête à enregistrer" })
export class ReferentialFile {
  @Field({ description: "Nom de fichier proposé, ex. clea-2018.csv" })
  filename: string;

  @Field({ description: "Type MIME, avec le jeu de caractères" })
  mimeType: string;

  @Field({ description: "Contenu du fichier (le CSV commence par une marque d'ordre d'octets UTF-8)" })
  content: string;
}
