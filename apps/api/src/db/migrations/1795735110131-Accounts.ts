import type { MigrationInterface, QueryRunner } from "typeorm";

export class Accounts1795735110131 implements MigrationInterface {
  name = "Accounts1795735110131";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "role_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "role" character varying(20) NOT NULL, "networkId" uuid, "establishmentId" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_role_assignment_scope_fits_role" CHECK (("role" IN ('ADMIN','JURY') AND "networkId" IS NULL AND "establishmentId" IS NULL) OR ("role" = 'ANALYST' AND "establishmentId" IS NULL) OR ("role" = 'NETWORK_MANAGER' AND "networkId" IS NOT NULL AND "establishmentId" IS NULL) OR ("role" IN ('CENTRE_MANAGER','ADVISOR','EVALUATOR','TRAINER') AND "networkId" IS NOT NULL AND "establishmentId" IS NOT NULL)), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_role_assignment_user" ON "role_assignment"  ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_role_assignment_network" ON "role_assignment"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_role_assignment_establishment" ON "role_assignment"  ("establishmentId") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "displayName" character varying(200) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'ACTIVE', "passwordHash" character varying(200), "authVersion" integer NOT NULL DEFAULT '1', "lastSignInAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_user_email_normalised" CHECK ("email" = lower(btrim("email"))), CONSTRAINT "CHK_user_status" CHECK ("status" IN ('ACTIVE','DISABLED')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "revokedReason" character varying(20), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_auth_session_user" ON "auth_session"  ("userId") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sessionId" uuid NOT NULL, "tokenHash" character(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_refresh_token_session" ON "refresh_token"  ("sessionId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_refresh_token_hash" ON "refresh_token"  ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "tokenHash" character(64) NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "createdById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_invitation_user" ON "invitation"  ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitation_token_hash" ON "invitation"  ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_invitation_created_by" ON "invitation"  ("createdById") `);
    await queryRunner.query(`CREATE TABLE "sign_in_throttle" ("key" character varying(80) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "windowStartedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "lockedUntil" TIMESTAMP WITH TIME ZONE, "lockCount" integer NOT NULL DEFAULT '0', "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_throttle_updated" ON "sign_in_throttle"  ("updatedAt") `);
    await queryRunner.query(`CREATE TABLE "auth_signing_key" ("id" character varying(40) NOT NULL, "secret" character varying(200) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7238c13d0b3f1179940bdf46219" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_role_assignment_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_role_assignment_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_role_assignment_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "auth_session" ADD CONSTRAINT "FK_auth_session_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_refresh_token_session" FOREIGN KEY ("sessionId") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_created_by" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_invitation_created_by"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_invitation_user"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_refresh_token_session"`);
    await queryRunner.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "FK_auth_session_user"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_role_assignment_establishment"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_role_assignment_network"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_role_assignment_user"`);
    await queryRunner.query(`DROP TABLE "auth_signing_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_throttle_updated"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_invitation_created_by"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_invitation_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_invitation_user"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_refresh_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_refresh_token_session"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_auth_session_user"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_role_assignment_establishment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_role_assignment_network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_role_assignment_user"`);
    await queryRunner.query(`DROP TABLE "role_assignment"`);
  }
}
