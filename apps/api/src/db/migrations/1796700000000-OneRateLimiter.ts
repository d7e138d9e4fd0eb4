import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One rate limiter (ADR 0024): the table of rate-limiter-flexible's RateLimiterPostgres, shared by
 * the sign-in and certificate verification throttles, replaces their two tables (their counts
 * are short-lived: dropping them only ends the locks in force).
 */
export class OneRateLimiter1796700000000 implements MigrationInterface {
  name = "OneRateLimiter1796700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_rate_limit" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_expire" ON "rate_limit" ("expire") `);
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_throttle_updated"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_certificate_verification_throttle_updated"`);
    await queryRunner.query(`DROP TABLE "certificate_verification_throttle"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "certificate_verification_throttle" ("key" character varying(80) NOT NULL, "lookups" integer NOT NULL DEFAULT '0', "windowStartedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_certificate_verification_throttle" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_certificate_verification_throttle_updated" ON "certificate_verification_throttle" ("updatedAt") `);
    await queryRunner.query(`CREATE TABLE "sign_in_throttle" ("key" character varying(80) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "windowStartedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "lockedUntil" TIMESTAMP WITH TIME ZONE, "lockCount" integer NOT NULL DEFAULT '0', "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_throttle_updated" ON "sign_in_throttle" ("updatedAt") `);
    await queryRunner.query(`DROP INDEX "public"."IDX_rate_limit_expire"`);
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
