import { TrainingPathStatus } from "@clea/schema";
import { type Collection, defineCollection, toOne } from "../../core/collection.js";
import { instantOrder } from "../../core/order.js";
import { TrainingPath } from "./training-path.entity.js";

/** The training paths list (docs/adr/0019), read like their dossiers. Most recently started first by default. */
export const trainingPathList: Collection<TrainingPath> = defineCollection<TrainingPath>({
  name: "TrainingPath",
  entity: TrainingPath,
  alias: "tp",
  filter: {
    description: "Filtre des parcours de formation",
    fields: {
      id: "id",
      status: { kind: { enum: TrainingPathStatus, name: "TrainingPathStatus" }, description: "Statut" },
      trainingOrganisation: { kind: "string", description: "Organisme de formation" },
      trainingEstablishmentId: { kind: "id", description: "Établissement de formation (s'il est sur la plateforme)" },
      trainerId: { kind: "id", description: "Formateur (s'il a un compte)" },
      trainerName: { kind: "string", description: "Nom du formateur" },
      startsOn: { kind: "date", description: "Début" },
      endsOn: { kind: "date", description: "Fin prévue" },
      completedOn: { kind: "date", description: "Fin réelle" },
      domainCode: {
        kind: "string",
        sql: (a) =>
          `(SELECT string_agg(dom.code, ' ' ORDER BY dom.code) FROM training_path_domain tpd JOIN domain dom ON dom.id = tpd."domainId" WHERE tpd."trainingPathId" = ${a}.id)`,
        description: 'Codes des domaines visés, séparés par une espace (ex. contains: "D3")',
      },
      dossierId: "id",
      establishmentId: "id",
      networkId: "id",
      createdAt: { kind: "datetime", description: "Création" },
    },
    relations: {
      dossier: toOne("Dossier", "dossierId", "Son dossier"),
    },
  },
  order: {
    STARTS_ON: { sql: (a) => `${a}."startsOn"`, description: "Début" },
    ENDS_ON: { sql: (a) => `${a}."endsOn"`, description: "Fin prévue" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
  },
  defaultOrder: [{ field: "STARTS_ON", direction: "DESC" }],
});
