import type { MigrationInterface, QueryRunner } from "typeorm";

export class StaffAndSessions1795738580412 implements MigrationInterface {
  name = "StaffAndSessions1795738580412";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluator_accreditation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "userId" uuid NOT NULL, "certificationId" uuid NOT NULL, "trainedOn" date NOT NULL, "reference" character varying(100) NOT NULL, CONSTRAINT "PK_50ce2cb686e6ff1e92cc11a9a82" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluator_accreditation_user" ON "evaluator_accreditation"  ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluator_accreditation_certification" ON "evaluator_accreditation"  ("certificationId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_evaluator_accreditation_user_certification_trained_on" ON "evaluator_accreditation"  ("userId", "certificationId", "trainedOn") `);
    await queryRunner.query(`CREATE TABLE "evaluation_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "establishmentId" uuid NOT NULL, "networkId" uuid NOT NULL, "certificationId" uuid NOT NULL, "kind" character varying(20) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "siteAddress" character varying(300) NOT NULL, "capacity" integer NOT NULL, "evaluatorId" uuid NOT NULL, "cancelledAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_evaluation_session_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "CHK_evaluation_session_ends_after_start" CHECK ("endsAt" > "startsAt"), CONSTRAINT "CHK_evaluation_session_kind" CHECK ("kind" IN ('PRELIMINARY','FINAL')), CONSTRAINT "PK_03105b6c47348e9d69aaa7169b1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_session_certification" ON "evaluation_session"  ("certificationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_session_evaluator" ON "evaluation_session"  ("evaluatorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_session_network_starts_at" ON "evaluation_session"  ("networkId", "startsAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_session_establishment_starts_at" ON "evaluation_session"  ("establishmentId", "startsAt") `);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD "startedOn" date NOT NULL DEFAULT ('now'::text)::date`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD "endedOn" date`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_role_assignment_current" ON "role_assignment"  ("userId", "role", "establishmentId") WHERE "endedOn" IS NULL AND "establishmentId" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "CHK_role_assignment_ended_after_start" CHECK ("endedOn" IS NULL OR "endedOn" >= "startedOn")`);
    await queryRunner.query(`ALTER TABLE "evaluator_accreditation" ADD CONSTRAINT "FK_evaluator_accreditation_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluator_accreditation" ADD CONSTRAINT "FK_evaluator_accreditation_certification" FOREIGN KEY ("certificationId") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_session" ADD CONSTRAINT "FK_evaluation_session_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_session" ADD CONSTRAINT "FK_evaluation_session_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_session" ADD CONSTRAINT "FK_evaluation_session_certification" FOREIGN KEY ("certificationId") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_session" ADD CONSTRAINT "FK_evaluation_session_evaluator" FOREIGN KEY ("evaluatorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_session" DROP CONSTRAINT "FK_evaluation_session_evaluator"`);
    await queryRunner.query(`ALTER TABLE "evaluation_session" DROP CONSTRAINT "FK_evaluation_session_certification"`);
    await queryRunner.query(`ALTER TABLE "evaluation_session" DROP CONSTRAINT "FK_evaluation_session_network"`);
    await queryRunner.query(`ALTER TABLE "evaluation_session" DROP CONSTRAINT "FK_evaluation_session_establishment"`);
    await queryRunner.query(`ALTER TABLE "evaluator_accreditation" DROP CONSTRAINT "FK_evaluator_accreditation_certification"`);
    await queryRunner.query(`ALTER TABLE "evaluator_accreditation" DROP CONSTRAINT "FK_evaluator_accreditation_user"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "CHK_role_assignment_ended_after_start"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_role_assignment_current"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP COLUMN "endedOn"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP COLUMN "startedOn"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_session_establishment_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_session_network_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_session_evaluator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_session_certification"`);
    await queryRunner.query(`DROP TABLE "evaluation_session"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_evaluator_accreditation_user_certification_trained_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluator_accreditation_certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluator_accreditation_user"`);
    await queryRunner.query(`DROP TABLE "evaluator_accreditation"`);
  }
}
