import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { CertificationCode, HabilitationRole } from "@clea/schema";
import { LocalDate } from "../../core/scalars.js";
import { NotBeforeDate } from "../../core/input-rules.js";

const REFERENCE_MAX = 100;
const referenceTooLong = { message: `La référence de la décision compte au plus ${REFERENCE_MAX} caractères.` };

/** The decision fields shared by creation, update and status changes (null clears a field). */
@InputType({ description: "Décision et période de validité d'une habilitation" })
export class HabilitationDatesInput {
  @Field(() => LocalDate, { nullable: true, description: "Date de la décision du certificateur" })
  @IsOptional()
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REFERENCE_MAX, referenceTooLong)
  decisionReference?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @NotBeforeDate("startDate")
  endDate?: string | null;
}

@InputType({ description: "Demande d'habilitation d'un établissement (statut REQUESTED)" })
export class CreateHabilitationInput extends HabilitationDatesInput {
  @Field(() => ID)
  establishmentId: string;

  @Field(() => CertificationCode)
  @IsEnum(CertificationCode, { message: "Certification inconnue." })
  certificationCode: CertificationCode;

  @Field(() => HabilitationRole)
  @IsEnum(HabilitationRole, { message: "Rôle inconnu." })
  role: HabilitationRole;
}

@InputType({ description: "Modification des dates et de la décision d'une habilitation" })
export class UpdateHabilitationInput extends HabilitationDatesInput {}

@InputType({ description: "Dates et décision enregistrées avec un changement de statut" })
export class ChangeHabilitationStatusInput extends HabilitationDatesInput {}

@InputType({ description: "Renouvellement : la période suivante, du lendemain de la fin de la période renouvelée à `endDate`" })
export class RenewHabilitationInput {
  @Field(() => LocalDate, { description: "Fin de la nouvelle période" })
  @IsNotEmpty({ message: "La date de fin est obligatoire pour renouveler une habilitation." })
  endDate: string;

  @Field(() => LocalDate, { nullable: true, description: "Date de la décision du certificateur (par défaut : aujourd'hui)" })
  @IsOptional()
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REFERENCE_MAX, referenceTooLong)
  decisionReference?: string | null;
}
