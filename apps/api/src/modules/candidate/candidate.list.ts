import { EntryStatus, Gender, Prescriber, QualificationLevel } from "@clea/schema";
import { defineCollection } from "../../core/collection.js";
import { instantOrder } from "../../core/order.js";
import { Candidate } from "./candidate.entity.js";
import "./candidate.types.js";

const enumOf = (values: object, name: string, description: string) => ({ kind: { enum: values, name }, description });
/** Identity fields match only rows whose personal data the caller may read (ADMIN, the establishment's staff). */
const personal = (a: string) => `${a}."establishmentId"`;

/**
 * The candidates list (docs/adr/0019). Statistical fields filter for everyone who sees the row;
 * identity fields (names, birth date, contact) only where the caller may read the identity, so
 * that a filter can never test whether someone is a candidate. Sorted by pseudonym or creation,
 * never by name (the order would reveal names).
 */
export const candidateList = defineCollection<Candidate>({
  name: "Candidate",
  entity: Candidate,
  alias: "c",
  filter: {
    description: "Filtre des candidats (les champs d'identité ne trouvent que les candidats dont vous pouvez lire l'identité)",
    fields: {
      id: "id",
      search: {
        kind: "string",
        sql: (a) => `concat_ws(' ', ${a}."birthLastName", ${a}."usualName", ${a}."firstNames")`,
        personal,
        description: "Noms et prénoms (seulement des candidats dont vous pouvez lire l'identité)",
      },
      birthLastName: { kind: "string", personal, description: "Nom de naissance" },
      usualName: { kind: "string", personal, description: "Nom d'usage" },
      firstNames: { kind: "string", personal, description: "Prénoms" },
      birthDate: { kind: "date", personal, description: "Date de naissance" },
      birthPlace: { kind: "string", personal, description: "Ville de naissance" },
      email: { kind: "string", personal, description: "Adresse électronique" },
      phone: { kind: "string", personal, description: "Téléphone" },
      postalCode: { kind: "string", personal, description: "Code postal" },
      city: { kind: "string", personal, description: "Ville" },
      employerSiret: { kind: "string", personal, description: "SIRET de l'employeur" },
      pseudonym: { kind: "string", description: "Pseudonyme" },
      gender: enumOf(Gender, "Gender", "Genre"),
      entryStatus: enumOf(EntryStatus, "EntryStatus", "Statut à l'inscription"),
      qualificationLevel: enumOf(QualificationLevel, "QualificationLevel", "Niveau de diplôme"),
      prescriber: enumOf(Prescriber, "Prescriber", "Origine de la démarche"),
      establishmentId: "id",
      networkId: "id",
      createdAt: { kind: "datetime", description: "Inscription" },
    },
  },
  order: {
    PSEUDONYM: { sql: (a) => `${a}.pseudonym`, description: "Pseudonyme" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Inscription" },
  },
  defaultOrder: [{ field: "PSEUDONYM", direction: "ASC" }],
});
