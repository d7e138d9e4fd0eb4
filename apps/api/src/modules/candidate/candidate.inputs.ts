import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsOptional, ValidateNested } from "class-validator";
import { birthDateProblem, emailProblem, EntryStatus, Gender, phoneProblem, Prescriber, QualificationLevel } from "@clea/schema";
import { todayInFrance } from "../../core/dates.js";
import { IsName, IsSiret, SharedRule } from "../../core/input-rules.js";
import { LocalDate } from "../../core/scalars.js";

export const CANDIDATE_LIMITS = {
  lastName: 100,
  usualName: 100,
  firstNames: 150,
  birthPlace: 150,
  addressLine: 300,
  addressComplement: 300,
  city: 200,
} as const;

const IsBirthDate = () => SharedRule("isBirthDate", (v) => birthDateProblem(v, todayInFrance()));
const IsEmailAddress = () => SharedRule("isEmailAddress", emailProblem);
const IsPhone = () => SharedRule("isPhone", phoneProblem);
const IsPostalCodeFormat = () =>
  SharedRule("isPostalCodeFormat", (v) => (/^\d{5}$/.test(String(v ?? "").trim()) ? null : "Le code postal doit comporter 5 chiffres."));

@InputType({ description: "Adresse postale d'un candidat" })
export class CandidateAddressInput {
  @Field(() => String)
  @IsName(CANDIDATE_LIMITS.addressLine, "L'adresse")
  line: string;

  @Field(() => String, { nullable: true, description: "Complément d'adresse" })
  @IsOptional()
  @IsName(CANDIDATE_LIMITS.addressComplement, "Le complément d'adresse")
  complement?: string | null;

  @Field(() => String)
  @IsPostalCodeFormat()
  postalCode: string;

  @Field(() => String)
  @IsName(CANDIDATE_LIMITS.city, "La ville")
  city: string;
}

const enumMessage = (what: string) => ({ message: `${what} inconnu.` });

@InputType({ description: "Inscription d'un candidat dans un établissement" })
export class CreateCandidateInput {
  @Field(() => ID, { description: "L'établissement qui tient le candidat" })
  establishmentId: string;

  @Field(() => String, { description: "Nom de naissance" })
  @IsName(CANDIDATE_LIMITS.lastName, "Le nom de naissance")
  lastName: string;

  @Field(() => String, { nullable: true, description: "Nom d'usage, s'il diffère du nom de naissance" })
  @IsOptional()
  @IsName(CANDIDATE_LIMITS.usualName, "Le nom d'usage")
  usualName?: string | null;

  @Field(() => String, { description: "Prénoms, dans l'ordre de l'état civil" })
  @IsName(CANDIDATE_LIMITS.firstNames, "Le prénom")
  firstNames: string;

  @Field(() => LocalDate)
  @IsBirthDate()
  birthDate: string;

  @Field(() => String, { description: "Ville de naissance" })
  @IsName(CANDIDATE_LIMITS.birthPlace, "La ville de naissance")
  birthPlace: string;

  @Field(() => Boolean, { nullable: true, description: "Né à l'étranger (non par défaut)" })
  bornAbroad?: boolean | null;

  @Field(() => Gender)
  @IsEnum(Gender, enumMessage("Genre"))
  gender: Gender;

  @Field(() => String)
  @IsEmailAddress()
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => CandidateAddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: CandidateAddressInput | null;

  @Field(() => EntryStatus)
  @IsEnum(EntryStatus, enumMessage("Statut"))
  entryStatus: EntryStatus;

  @Field(() => QualificationLevel)
  @IsEnum(QualificationLevel, enumMessage("Niveau"))
  qualificationLevel: QualificationLevel;

  @Field(() => Prescriber)
  @IsEnum(Prescriber, enumMessage("Prescripteur"))
  prescriber: Prescriber;

  @Field(() => String, { nullable: true, description: "SIRET de l'employeur (14 chiffres)" })
  @IsOptional()
  @IsSiret()
  employerSiret?: string | null;
}

@InputType({ description: "Modification d'un candidat : seuls les champs donnés changent ; null efface un champ facultatif" })
export class UpdateCandidateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(CANDIDATE_LIMITS.lastName, "Le nom de naissance")
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(CANDIDATE_LIMITS.usualName, "Le nom d'usage")
  usualName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(CANDIDATE_LIMITS.firstNames, "Le prénom")
  firstNames?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsBirthDate()
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(CANDIDATE_LIMITS.birthPlace, "La ville de naissance")
  birthPlace?: string | null;

  @Field(() => Boolean, { nullable: true })
  bornAbroad?: boolean | null;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender, enumMessage("Genre"))
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => CandidateAddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: CandidateAddressInput | null;

  @Field(() => EntryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EntryStatus, enumMessage("Statut"))
  entryStatus?: EntryStatus | null;

  @Field(() => QualificationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(QualificationLevel, enumMessage("Niveau"))
  qualificationLevel?: QualificationLevel | null;

  @Field(() => Prescriber, { nullable: true })
  @IsOptional()
  @IsEnum(Prescriber, enumMessage("Prescripteur"))
  prescriber?: Prescriber | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSiret()
  employerSiret?: string | null;
}
