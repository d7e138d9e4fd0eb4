import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsEnum, IsIn, IsOptional, MaxLength, Min, ValidateNested } from "class-validator";
import { CertificationCode, JuryDecisionValue, JuryMode, LIMITS } from "@clea/schema";
import { IsName } from "../../core/input-rules.js";
import { LocalDate } from "../../core/scalars.js";

export const JURY_LIMITS = { organiser: 200, location: 300, reason: LIMITS.reason, members: 30 } as const;
export const JURY_COLLEGES = ["EMPLOYER", "EMPLOYEE", "OTHER"] as const;
const collegeMessage = { message: "Collège inconnu : EMPLOYER (employeurs), EMPLOYEE (salariés) ou OTHER." };

@InputType({ description: "Un membre d'une session de jury : un compte qui a le rôle JURY" })
export class JuryMemberInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { nullable: true, description: "EMPLOYER (employeurs), EMPLOYEE (salariés) ou OTHER (par défaut)" })
  @IsOptional()
  @IsIn(JURY_COLLEGES, collegeMessage)
  college?: string | null;
}

@InputType({ description: "Création d'une session de jury" })
export class CreateJurySessionInput {
  @Field(() => String, { description: "Organisateur (ex. Transitions Pro Bretagne)" })
  @IsName(JURY_LIMITS.organiser, "L'organisateur")
  organiser: string;

  @Field(() => CertificationCode)
  @IsEnum(CertificationCode, { message: "Certification inconnue." })
  certificationCode: CertificationCode;

  @Field(() => LocalDate, { description: "Date de la session (aujourd'hui ou plus tard)" })
  heldOn: string;

  @Field(() => JuryMode)
  @IsEnum(JuryMode, { message: "Modalité inconnue : sur place (ON_SITE) ou à distance (REMOTE)." })
  mode: JuryMode;

  @Field(() => String, { nullable: true, description: "Lieu (obligatoire sur place) ou lien de la visioconférence" })
  @IsOptional()
  @MaxLength(JURY_LIMITS.location, { message: `Le lieu compte au plus ${JURY_LIMITS.location} caractères.` })
  location?: string | null;

  @Field(() => [JuryMemberInput], { description: "Membres : des comptes qui ont le rôle JURY" })
  @ArrayMaxSize(JURY_LIMITS.members, { message: `Une session compte au plus ${JURY_LIMITS.members} membres.` })
  @ValidateNested()
  members: JuryMemberInput[];
}

@InputType({ description: "Présentation d'un dossier prêt à une session de jury" })
export class SubmitToJuryInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int, { description: "Version du dossier lue" })
  @Min(1, { message: "Version invalide." })
  version: number;

  @Field(() => ID)
  jurySessionId: string;
}

@InputType({ description: "Décision du jury sur le dossier qui lui est présenté" })
export class RecordJuryDecisionInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int, { description: "Version du dossier lue" })
  @Min(1, { message: "Version invalide." })
  version: number;

  @Field(() => JuryDecisionValue)
  @IsEnum(JuryDecisionValue, { message: "Décision inconnue : CERTIFIED ou ADJOURNED." })
  decision: JuryDecisionValue;

  @Field(() => String, { nullable: true, description: "Motif : obligatoire pour un ajournement" })
  @IsOptional()
  @MaxLength(JURY_LIMITS.reason, { message: `Le motif compte au plus ${JURY_LIMITS.reason} caractères.` })
  reason?: string | null;
}

@InputType({ description: "Nouvelle présentation au jury après un ajournement" })
export class ReturnToJuryInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int, { description: "Version du dossier lue" })
  @Min(1, { message: "Version invalide." })
  version: number;
}
