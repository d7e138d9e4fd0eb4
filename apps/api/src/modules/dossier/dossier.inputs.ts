import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsEnum, IsOptional, Max, Min } from "class-validator";
import { CertificationCode, DossierState } from "@clea/schema";
import { IsName } from "../../core/input-rules.js";
import { LocalDate } from "../../core/scalars.js";

export const REASON_MAX = 1000;

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

@InputType({ description: "Filtre de la liste des dossiers ; les critères donnés se cumulent" })
export class DossierFilter {
  @Field(() => [DossierState], { nullable: true })
  @IsOptional()
  @IsEnum(DossierState, { each: true, message: "État de dossier inconnu." })
  @ArrayMaxSize(20)
  states?: DossierState[] | null;

  @Field(() => CertificationCode, { nullable: true })
  @IsOptional()
  @IsEnum(CertificationCode, { message: "Certification inconnue." })
  certificationCode?: CertificationCode | null;

  @Field(() => ID, { nullable: true })
  establishmentId?: string | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => ID, { nullable: true })
  candidateId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Ouverts ce jour ou après" })
  openedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Ouverts ce jour ou avant" })
  openedTo?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Dossiers en cours dont le délai de 5 ans prend fin d'ici ce nombre de mois (ou est déjà dépassé sans expiration enregistrée)",
  })
  @IsOptional()
  @Min(1, { message: "Le nombre de mois doit être au moins 1." })
  @Max(120, { message: "Le nombre de mois est au plus 120." })
  expiringWithinMonths?: number | null;
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
