import type { MigrationInterface, QueryRunner } from "typeorm";

export class SavedReports1795748495271 implements MigrationInterface {
  name = "SavedReports1795748495271";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "saved_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(120) NOT NULL, "description" text, "document" text NOT NULL, "variables" jsonb, "visibility" character varying(10) NOT NULL, "networkId" uuid, "ownerId" uuid NOT NULL, CONSTRAINT "CHK_saved_report_network" CHECK (("visibility" = 'NETWORK') = ("networkId" IS NOT NULL)), CONSTRAINT "CHK_saved_report_visibility" CHECK ("visibility" IN ('PRIVATE','NETWORK','PUBLIC')), CONSTRAINT "PK_a4084cc0d67105892a1e40aa166" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_saved_report_network" ON "saved_report"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_saved_report_owner" ON "saved_report"  ("ownerId") `);
    await queryRunner.query(`ALTER TABLE "saved_report" ADD CONSTRAINT "FK_saved_report_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "saved_report" ADD CONSTRAINT "FK_saved_report_owner" FOREIGN KEY ("ownerId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "saved_report" DROP CONSTRAINT "FK_saved_report_owner"`);
    await queryRunner.query(`ALTER TABLE "saved_report" DROP CONSTRAINT "FK_saved_report_network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_saved_report_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_saved_report_network"`);
    await queryRunner.query(`DROP TABLE "saved_report"`);
  }
}
