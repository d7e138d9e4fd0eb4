import { type Collection, defineCollection, toOne } from "../../core/collection.js";
import { certificationCodeField } from "../referential/index.js";
import { instantOrder } from "../../core/order.js";
import { Certificate } from "./certificate.entity.js";

/** The certificates list (docs/adr/0019), read where their dossiers are. Most recently issued first by default. */
export const certificateList: Collection<Certificate> = defineCollection<Certificate>({
  name: "Certificate",
  entity: Certificate,
  alias: "c",
  filter: {
    description: "Filtre des certificats",
    fields: {
      id: "id",
      number: { kind: "string", description: "Numéro du certificat" },
      certificationCode: certificationCodeField,
      certificationId: "id",
      dossierId: "id",
      candidateId: "id",
      establishmentId: "id",
      networkId: "id",
      jurySubmissionId: { kind: "id", description: "La présentation au jury qui l'a délivré" },
      issuedOn: { kind: "date", description: "Date de délivrance" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      dossier: toOne("Dossier", "dossierId", "Son dossier"),
      candidate: toOne("Candidate", "candidateId", "Son titulaire"),
    },
  },
  order: {
    ISSUED_ON: { sql: (a) => `${a}."issuedOn"`, description: "Date de délivrance" },
    NUMBER: { sql: (a) => `${a}.number`, description: "Numéro" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "ISSUED_ON", direction: "DESC" }],
});
