import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { candidateLabels, EntryStatus, Gender, Prescriber, QualificationLevel } from "@clea/schema";
import { Connection } from "../../core/list.js";
import { PersonalData } from "../../core/personal-data.js";
import { LocalDate } from "../../core/scalars.js";

const described = <T extends Record<string, string>>(values: T, labels: Record<keyof T & string, string>) =>
  Object.fromEntries(Object.keys(values).map((v) => [v, { description: labels[v as keyof T & string] }]));

registerEnumType(Gender, { name: "Gender", valuesConfig: described(Gender, candidateLabels.Gender) });
registerEnumType(EntryStatus, {
  name: "EntryStatus",
  description: "Statut du candidat à l'inscription",
  valuesConfig: described(EntryStatus, candidateLabels.EntryStatus),
});
registerEnumType(QualificationLevel, {
  name: "QualificationLevel",
  description: "Plus haut niveau de diplôme (nomenclature de 2019)",
  valuesConfig: described(QualificationLevel, candidateLabels.QualificationLevel),
});
registerEnumType(Prescriber, {
  name: "Prescriber",
  description: "Origine de la démarche",
  valuesConfig: described(Prescriber, candidateLabels.Prescriber),
});

@ObjectType({ description: "Adresse postale d'un candidat" })
export class CandidateAddress {
  @Field(() => String, { nullable: true })
  line: string | null;

  @Field(() => String, { nullable: true, description: "Complément d'adresse" })
  complement: string | null;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;
}

/**
 * What a client may see of a candidate. Not the entity (see ARCHITECTURE.md, the trap of
 * personal columns leaking into the schema): every field is listed here, and every personal
 * field is nullable and marked `@PersonalData()`, served only to ADMIN and to the staff of the
 * candidate's establishment (core/personal-data.ts). Everyone else reads the pseudonym and the
 * non-identifying fields.
 */
@ObjectType("Candidate", { description: "Un candidat à la certification, tenu par un établissement" })
export class CandidateView {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "Pseudonyme stable, à la place de l'identité dans les analyses et les exports" })
  pseudonym: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => String, { description: "Tranche d'âge du jour : « <26 », « 26-44 » ou « 45+ »" })
  ageBand: string;

  @Field(() => EntryStatus)
  entryStatus: EntryStatus;

  @Field(() => QualificationLevel)
  qualificationLevel: QualificationLevel;

  @Field(() => Prescriber)
  prescriber: Prescriber;

  @Field(() => ID)
  establishmentId: string;

  @Field(() => ID)
  networkId: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  // Personal data: nullable, so that a refusal on one field leaves the rest of the answer intact.

  @PersonalData()
  @Field(() => String, { nullable: true, description: "Nom de naissance (donnée personnelle)" })
  lastName: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "Nom d'usage (donnée personnelle)" })
  usualName: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "Prénoms (donnée personnelle)" })
  firstNames: string | null;

  @PersonalData()
  @Field(() => LocalDate, { nullable: true, description: "Date de naissance (donnée personnelle)" })
  birthDate: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "Ville de naissance (donnée personnelle)" })
  birthPlace: string | null;

  @PersonalData()
  @Field(() => Boolean, { nullable: true, description: "Né à l'étranger (donnée personnelle)" })
  bornAbroad: boolean | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "Adresse e-mail (donnée personnelle)" })
  email: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "Téléphone (donnée personnelle)" })
  phone: string | null;

  @PersonalData()
  @Field(() => CandidateAddress, { nullable: true, description: "Adresse postale (donnée personnelle)" })
  address: CandidateAddress | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "SIRET de l'employeur (donnée personnelle)" })
  employerSiret: string | null;
}

export const CandidateConnection = Connection(CandidateView, "Candidate");
