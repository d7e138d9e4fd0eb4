import { Field, ObjectType } from "type-graphql";
import { Connection } from "../../core/list.js";
import { LocalDate } from "../../core/scalars.js";
import { Certificate } from "./certificate.entity.js";

export const CertificateConnection = Connection(Certificate);

/**
 * What the public verification page shows of a certificate — these four scalars and nothing else
 * (no name, no birth date, no centre, no link to another type): whoever holds a number learns
 * only whether it is genuine.
 */
@ObjectType({ description: "Vérification publique d'un certificat : certification, date, initiales et numéro, rien de plus" })
export class CertificateVerification {
  @Field(() => String)
  number: string;

  @Field(() => String, { description: "Intitulé de la certification (ex. CléA)" })
  certificationName: string;

  @Field(() => LocalDate, { description: "Date de délivrance" })
  issuedOn: string;

  @Field(() => String, { description: "Initiales du titulaire (ex. « J. D. »)" })
  holderInitials: string;
}
