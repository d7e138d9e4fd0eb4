import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsOptional, MaxLength } from "class-validator";
import { AuditAction } from "@clea/schema";

@InputType({ description: "Filtre du journal d'audit : tous les critères donnés s'appliquent" })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: "Auteur de l'acte" })
  @IsOptional()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "Type de l'élément concerné (Network, User…)" })
  @IsOptional()
  @MaxLength(60, { message: "Le type d'élément compte au plus 60 caractères." })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "Identifiant de l'élément concerné" })
  @IsOptional()
  @MaxLength(100, { message: "L'identifiant d'élément compte au plus 100 caractères." })
  entityId?: string | null;

  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction, { message: "Action inconnue." })
  action?: AuditAction | null;

  @Field(() => Date, { nullable: true, description: "Début de la période (inclus)" })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Fin de la période (exclue)" })
  @IsOptional()
  to?: Date | null;
}
