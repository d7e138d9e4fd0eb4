import type { MigrationInterface, QueryRunner } from "typeorm";

export class Exports1795746349222 implements MigrationInterface {
  name = "Exports1795746349222";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "export_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list" character varying(20) NOT NULL, "format" character varying(4) NOT NULL, "frenchFormats" boolean NOT NULL DEFAULT false, "filter" jsonb NOT NULL DEFAULT '{}', "background" boolean NOT NULL DEFAULT true, "status" character varying(10) NOT NULL, "processed" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "requestedById" uuid, "networkId" uuid, "fileName" character varying(100), "errorMessage" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finishedAt" TIMESTAMP WITH TIME ZONE, "expiresAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_export_job_progress" CHECK ("processed" >= 0 AND "total" >= 0), CONSTRAINT "CHK_export_job_format" CHECK ("format" IN ('CSV','XLSX')), CONSTRAINT "CHK_export_job_status" CHECK ("status" IN ('QUEUED','RUNNING','SUCCEEDED','FAILED','CANCELLED')), CONSTRAINT "PK_2edcb6f1780d22e5a9f2f29f466" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_export_job_requested_by" ON "export_job"  ("requestedById") `);
    await queryRunner.query(`CREATE INDEX "IDX_export_job_network" ON "export_job"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_export_job_expires" ON "export_job"  ("expiresAt") WHERE "fileName" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "export_job" ADD CONSTRAINT "FK_export_job_requested_by" FOREIGN KEY ("requestedById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "export_job" ADD CONSTRAINT "FK_export_job_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_job" DROP CONSTRAINT "FK_export_job_network"`);
    await queryRunner.query(`ALTER TABLE "export_job" DROP CONSTRAINT "FK_export_job_requested_by"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_export_job_expires"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_export_job_network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_export_job_requested_by"`);
    await queryRunner.query(`DROP TABLE "export_job"`);
  }
}
