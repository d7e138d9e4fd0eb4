import { defineCollection, toOne } from "../../core/collection.js";
import { instantOrder, missingLast } from "../../core/order.js";
import { Organisation } from "./organisation.entity.js";

/** The organisations list (docs/adr/0019): by legal name unless asked otherwise. */
export const organisationList = defineCollection<Organisation>({
  name: "Organisation",
  entity: Organisation,
  alias: "o",
  filter: {
    description: "Filtre des organismes",
    fields: {
      id: "id",
      search: {
        kind: "string",
        sql: (a) => `concat_ws(' ', ${a}."legalName", ${a}.siren)`,
        description: "Texte cherché dans la raison sociale et le SIREN (avec contains : sans tenir compte de la casse ni des accents)",
      },
      networkId: "id",
      siren: { kind: "string", description: "SIREN" },
      legalName: { kind: "string", description: "Raison sociale" },
      trainingDeclarationNumber: { kind: "string", description: "Numéro de déclaration d'activité (NDA)" },
      qualiopiValidUntil: { kind: "date", description: "Fin de validité de la certification Qualiopi" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      network: toOne("Network", "networkId", "Son réseau"),
    },
  },
  order: {
    LEGAL_NAME: { sql: (a) => `${a}."legalName"`, description: "Raison sociale" },
    SIREN: { sql: (a) => `${a}.siren`, description: "SIREN" },
    QUALIOPI_VALID_UNTIL: {
      sql: missingLast((a) => `${a}."qualiopiValidUntil"`, "date"),
      description: "Fin de validité Qualiopi (les organismes sans date en dernier)",
    },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "LEGAL_NAME", direction: "ASC" }],
});
