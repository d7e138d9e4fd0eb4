import { defineCollection, toOne } from "../../core/collection.js";
import { instantOrder } from "../../core/order.js";
import { SavedReport, SavedReportVisibility } from "./saved-report.entity.js";

/**
 * The saved reports one may see (docs/adr/0019): by name unless asked otherwise. "Mine" is
 * `ownerId: { eq: <my id> }`.
 */
export const savedReportList = defineCollection<SavedReport>({
  name: "SavedReport",
  entity: SavedReport,
  alias: "r",
  filter: {
    description: "Filtre des rapports enregistrés",
    fields: {
      id: "id",
      search: {
        kind: "string",
        sql: (a) => `concat_ws(' ', ${a}.name, ${a}.description)`,
        description: "Texte cherché dans le nom et la description (avec contains : sans tenir compte de la casse ni des accents)",
      },
      name: { kind: "string", description: "Nom" },
      visibility: { kind: { enum: SavedReportVisibility, name: "SavedReportVisibility" }, description: "Visibilité" },
      ownerId: { kind: "id", description: "Auteur" },
      networkId: { kind: "id", description: "Réseau avec lequel le rapport est partagé" },
      createdAt: { kind: "datetime", description: "Création" },
      updatedAt: { kind: "datetime", description: "Dernière modification" },
    },
    relations: {
      network: toOne("Network", "networkId", "Le réseau du partage"),
    },
  },
  order: {
    NAME: { sql: (a) => `${a}.name`, description: "Nom" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
    UPDATED_AT: { sql: instantOrder("updatedAt"), description: "Dernière modification" },
  },
  defaultOrder: [{ field: "NAME", direction: "ASC" }],
});
