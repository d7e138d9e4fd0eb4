import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsEnum, IsOptional, ValidateNested, isEmail } from "class-validator";
import { Role } from "@clea/schema";
import { IsName, SharedRule } from "../../core/input-rules.js";

export const EMAIL_MAX = 254;
export const DISPLAY_NAME_MAX = 200;
/** More grants than this on one account is a mistake, and a cost nobody needs. */
export const MAX_GRANTS = 100;

/** An email address, spaces around it ignored (the service trims and lower-cases it). */
const IsEmailAddress = () =>
  SharedRule("isEmailAddress", (v) => {
    const email = typeof v === "string" ? v.trim() : "";
    if (!email) return "L'adresse e-mail est obligatoire.";
    if (email.length > EMAIL_MAX) return `L'adresse e-mail compte au plus ${EMAIL_MAX} caractères.`;
    return isEmail(email) ? null : "Adresse e-mail invalide.";
  });

@InputType({ description: "Un rôle à attribuer, avec son périmètre : rien (national), un réseau, ou un établissement" })
export class RoleGrantInput {
  @Field(() => Role)
  @IsEnum(Role, { message: "Rôle inconnu." })
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  networkId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  establishmentId?: string | null;
}

@InputType({ description: "Invitation d'un nouvel utilisateur" })
export class InviteUserInput {
  @Field(() => String)
  @IsEmailAddress()
  email: string;

  @Field(() => String)
  @IsName(DISPLAY_NAME_MAX, "Le nom affiché")
  displayName: string;

  @Field(() => [RoleGrantInput])
  @ArrayMaxSize(MAX_GRANTS, { message: `Au plus ${MAX_GRANTS} rôles par utilisateur.` })
  @ValidateNested()
  roles: RoleGrantInput[];
}
