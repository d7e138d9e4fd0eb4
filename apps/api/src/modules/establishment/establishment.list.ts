import { EstablishmentStatus } from "@clea/schema";
import { defineCollection, type Collection, toOne, toMany } from "../../core/collection.js";
import { instantOrder } from "../../core/order.js";
import { Establishment } from "./establishment.entity.js";

/**
 * The establishments list (docs/adr/0019): by name unless asked otherwise. "Habilitated today for
 * CléA" is the relation `habilitations: { certificationCode: { eq: CLEA }, status: { eq: GRANTED } }`
 * (the status is the effective one: a GRANTED habilitation past its end date is EXPIRED).
 */
export const establishmentList: Collection<Establishment> = defineCollection<Establishment>({
  name: "Establishment",
  entity: Establishment,
  alias: "e",
  filter: {
    description: "Filtre des établissements",
    fields: {
      id: "id",
      search: {
        kind: "string",
        sql: (a) => `concat_ws(' ', ${a}.name, ${a}.siret, ${a}.city)`,
        description: "Texte cherché dans le nom, le SIRET et la ville (avec contains : sans tenir compte de la casse ni des accents)",
      },
      networkId: "id",
      organisationId: "id",
      siret: { kind: "string", description: "SIRET" },
      name: { kind: "string", description: "Nom" },
      city: { kind: "string", description: "Ville" },
      postalCode: { kind: "string", description: "Code postal" },
      regionCode: { kind: "string", description: "Code INSEE de la région" },
      departmentCode: { kind: "string", description: "Code INSEE du département" },
      status: { kind: { enum: EstablishmentStatus, name: "EstablishmentStatus" }, description: "Ouvert ou fermé" },
      closedOn: { kind: "date", description: "Date de fermeture" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      organisation: toOne("Organisation", "organisationId", "Son organisme"),
      network: toOne("Network", "networkId", "Son réseau"),
      habilitations: toMany("Habilitation", "establishmentId", "Une de ses habilitations"),
    },
  },
  order: {
    NAME: { sql: (a) => `${a}.name`, description: "Nom" },
    CITY: { sql: (a) => `${a}.city`, description: "Ville" },
    DEPARTMENT_CODE: { sql: (a) => `${a}."departmentCode"`, description: "Département" },
    STATUS: { sql: (a) => `${a}.status`, description: "Statut (ordre alphabétique du code)" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "NAME", direction: "ASC" }],
});
