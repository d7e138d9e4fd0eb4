import { NetworkKind } from "@clea/schema";
import { defineCollection } from "../../core/collection.js";
import { instantOrder } from "../../core/order.js";
import { Network } from "./network.entity.js";

/** The networks list (docs/adr/0019): by name unless asked otherwise. */
export const networkList = defineCollection<Network>({
  name: "Network",
  entity: Network,
  alias: "n",
  filter: {
    description: "Filtre des réseaux",
    fields: {
      id: "id",
      search: {
        kind: "string",
        sql: (a) => `${a}.name`,
        description: "Texte cherché dans le nom (sans tenir compte de la casse ni des accents avec contains)",
      },
      name: { kind: "string", description: "Nom" },
      kind: { kind: { enum: NetworkKind, name: "NetworkKind" }, description: "Famille du réseau" },
      createdAt: { kind: "datetime", description: "Création" },
    },
  },
  order: {
    NAME: { sql: (a) => `${a}.name`, description: "Nom" },
    KIND: { sql: (a) => `${a}.kind`, description: "Famille (ordre alphabétique du code)" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "NAME", direction: "ASC" }],
});
