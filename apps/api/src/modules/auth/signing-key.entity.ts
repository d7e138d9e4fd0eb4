import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { Unscoped } from "../../core/scope.js";

/**
 * The secret that signs access tokens, generated once by the first instance that needs it (unless
 * JWT_SECRET is set), so that every API instance verifies the tokens of the others.
 */
@Unscoped("The secret signing access tokens; read by the token service only, never served.")
@Entity("auth_signing_key")
export class SigningKey {
  @PrimaryColumn({ type: "varchar", length: 40 })
  id: string;

  /** base64url of 64 random bytes. */
  @Column({ type: "varchar", length: 200 })
  secret: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
