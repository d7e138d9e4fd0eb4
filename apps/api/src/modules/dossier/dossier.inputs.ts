import { Field, ID, InputType, Int } from "type-graphql";
import { IsEnum, IsOptional } from "class-validator";
import { CertificationCode, LIMITS } from "@clea/schema";
import { IsName } from "../../core/input-rules.js";

export const REASON_MAX = LIMITS.reason;

@InputType({ description: "Ouverture d'un dossier (après l'entretien conseil)" })
export class OpenDossierInput {
  @Field(() => ID)
  candidateId: string;

  @Field(() => CertificationCode)
  @IsEnum(CertificationCode, { message: "Certification inconnue." })
  certificationCode: CertificationCode;

  @Field(() => ID, { nullable: true, description: "Établissement évaluateur qui tient le dossier ; par défaut, celui du candidat" })
  @IsOptional()
  establishmentId?: string | null;
}

@InputType({ description: "Clôture d'un dossier à la demande du candidat" })
export class WithdrawDossierInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int, { description: "Version du dossier lue" })
  version: number;

  @Field(() => String, { description: "Motif de l'abandon" })
  @IsName(REASON_MAX, "Le motif")
  reason: string;
}

@InputType({ description: "Reprise de la formation après un ajournement" })
export class ResumeTrainingInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int, { description: "Version du dossier lue" })
  version: number;
}
