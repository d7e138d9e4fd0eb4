import { HabilitationRole, HabilitationStatus } from "@clea/schema";
import { defineCollection, type Collection, toOne } from "../../core/collection.js";
import { certificationCodeField } from "../referential/index.js";
import { instantOrder, missingLast } from "../../core/order.js";
import { Habilitation } from "./habilitation.entity.js";

/**
 * The effective status in SQL, as `effectiveHabilitationStatus` computes it: a GRANTED
 * habilitation whose end date is before today (in France) is EXPIRED.
 */
export const effectiveStatusSql = (a: string) =>
  `(CASE WHEN ${a}."storedStatus" = '${HabilitationStatus.GRANTED}' AND ${a}."endDate" < (now() AT TIME ZONE 'Europe/Paris')::date ` +
  `THEN '${HabilitationStatus.EXPIRED}' ELSE ${a}."storedStatus" END)`;

/** The habilitations list (docs/adr/0019): grouped by establishment unless asked otherwise. */
export const habilitationList: Collection<Habilitation> = defineCollection<Habilitation>({
  name: "Habilitation",
  entity: Habilitation,
  alias: "h",
  filter: {
    description: "Filtre des habilitations",
    fields: {
      id: "id",
      establishmentId: "id",
      networkId: "id",
      certificationId: "id",
      certificationCode: certificationCodeField,
      role: { kind: { enum: HabilitationRole, name: "HabilitationRole" }, description: "Rôle (évaluateur, formateur)" },
      status: {
        kind: { enum: HabilitationStatus, name: "HabilitationStatus" },
        sql: effectiveStatusSql,
        description: "Statut effectif (EXPIRED = accordée et échue)",
      },
      decisionDate: { kind: "date", description: "Date de la décision du certificateur" },
      startDate: { kind: "date", description: "Début de validité" },
      endDate: { kind: "date", description: "Fin de validité" },
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      establishment: toOne("Establishment", "establishmentId", "Son établissement"),
    },
  },
  order: {
    ESTABLISHMENT: {
      sql: (a) => `${a}."establishmentId"`,
      description: "Établissement (regroupe les habilitations d'un même établissement)",
    },
    STATUS: {
      sql: effectiveStatusSql,
      description: "Statut effectif (ordre alphabétique du code)",
    },
    START_DATE: {
      sql: missingLast((a) => `${a}."startDate"`, "date"),
      description: "Début de validité (les habilitations sans date en dernier)",
    },
    END_DATE: {
      sql: missingLast((a) => `${a}."endDate"`, "date"),
      description: "Fin de validité (les habilitations sans date en dernier)",
    },
    DECISION_DATE: {
      sql: missingLast((a) => `${a}."decisionDate"`, "date"),
      description: "Date de décision (les habilitations sans décision en dernier)",
    },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "ESTABLISHMENT", direction: "ASC" }],
});
