import { FunderType, FundingStatus, FundingStep } from "@clea/schema";
import { type Collection, defineCollection, toOne } from "../../core/collection.js";
import { instantOrder } from "../../core/order.js";
import { FundingLine } from "./funding-line.entity.js";

/** The funding lines list (docs/adr/0019), read where their dossiers are. Oldest first by default. */
export const fundingLineList: Collection<FundingLine> = defineCollection<FundingLine>({
  name: "FundingLine",
  entity: FundingLine,
  alias: "f",
  filter: {
    description: "Filtre des lignes de financement",
    fields: {
      id: "id",
      dossierId: "id",
      establishmentId: "id",
      networkId: "id",
      step: { kind: { enum: FundingStep, name: "FundingStep" }, description: "Étape financée" },
      funderType: { kind: { enum: FunderType, name: "FunderType" }, description: "Type de financeur" },
      status: { kind: { enum: FundingStatus, name: "FundingStatus" }, description: "Statut" },
      funderReference: { kind: "string", description: "Référence chez le financeur" },
      amount: { kind: "decimal", description: "Montant en euros" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      dossier: toOne("Dossier", "dossierId", "Son dossier"),
    },
  },
  order: {
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
    AMOUNT: { sql: (a) => `${a}.amount`, description: "Montant" },
    STEP: { sql: (a) => `${a}.step`, description: "Étape (ordre alphabétique du code)" },
  },
  defaultOrder: [{ field: "CREATED_AT", direction: "ASC" }],
});
