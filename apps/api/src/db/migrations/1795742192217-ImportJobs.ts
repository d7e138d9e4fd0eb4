import type { MigrationInterface, QueryRunner } from "typeorm";

export class ImportJobs1795742192217 implements MigrationInterface {
  name = "ImportJobs1795742192217";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_job" ("id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "status" character varying(10) NOT NULL, "processed" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "outcome" jsonb, "createdById" uuid, "networkId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finishedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_import_job_progress" CHECK ("processed" >= 0 AND "total" >= 0), CONSTRAINT "CHK_import_job_kind" CHECK ("kind" IN ('ESTABLISHMENTS','STAFF')), CONSTRAINT "CHK_import_job_status" CHECK ("status" IN ('RUNNING','SUCCEEDED','FAILED')), CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_import_job_created_by" ON "import_job"  ("createdById") `);
    await queryRunner.query(`CREATE INDEX "IDX_import_job_network" ON "import_job"  ("networkId") `);
    await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "FK_import_job_created_by" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "FK_import_job_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "FK_import_job_network"`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "FK_import_job_created_by"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_job_network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_job_created_by"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
  }
}
