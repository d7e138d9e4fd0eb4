import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsOptional } from "class-validator";
import { CertificationCode } from "@clea/schema";
import { LocalDate } from "../../core/scalars.js";

@InputType({ description: "Filtre des certificats ; les critères donnés se cumulent" })
export class CertificateFilter {
  @Field(() => CertificationCode, { nullable: true })
  @IsOptional()
  @IsEnum(CertificationCode, { message: "Certification inconnue." })
  certificationCode?: CertificationCode | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => ID, { nullable: true })
  establishmentId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Délivrés à partir de cette date (incluse)" })
  @IsOptional()
  issuedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Délivrés jusqu'à cette date (incluse)" })
  @IsOptional()
  issuedTo?: string | null;
}
