import { JuryMode } from "@clea/schema";
import { type Collection, defineCollection, toMany } from "../../core/collection.js";
import { certificationCodeField } from "../referential/index.js";
import { instantOrder } from "../../core/order.js";
import { JurySession } from "./jury.entity.js";

/**
 * The jury sessions list (docs/adr/0019). Sessions have no scope rule (every signed-in user reads
 * them); their presentations are filtered through their own scope. By date, soonest first.
 */
export const jurySessionList: Collection<JurySession> = defineCollection<JurySession>({
  name: "JurySession",
  entity: JurySession,
  alias: "s",
  filter: {
    description: "Filtre des sessions de jury",
    fields: {
      id: "id",
      certificationCode: certificationCodeField,
      certificationId: "id",
      heldOn: { kind: "date", description: "Date de la session" },
      mode: { kind: { enum: JuryMode, name: "JuryMode" }, description: "Sur place ou à distance" },
      organiser: { kind: "string", description: "Organisateur" },
      location: { kind: "string", description: "Lieu ou lien" },
      closed: { kind: "boolean", sql: (a) => `(${a}."closedAt" IS NOT NULL)`, description: "Close (plus aucune décision ni présentation)" },
      closedAt: { kind: "datetime", description: "Clôture" },
      createdById: { kind: "id", description: "Créée par" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      submissions: toMany("JurySubmission", "jurySessionId", "Une des présentations que vous pouvez voir"),
    },
  },
  order: {
    HELD_ON: { sql: (a) => `${a}."heldOn"`, description: "Date de la session" },
    ORGANISER: { sql: (a) => `${a}.organiser`, description: "Organisateur" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "HELD_ON", direction: "ASC" }],
});
