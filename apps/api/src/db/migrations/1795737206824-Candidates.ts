import type { MigrationInterface, QueryRunner } from "typeorm";

export class Candidates1795737206824 implements MigrationInterface {
  name = "Candidates1795737206824";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "candidate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "networkId" uuid NOT NULL, "establishmentId" uuid NOT NULL, "pseudonym" character varying(20) NOT NULL, "birthLastName" character varying(100) NOT NULL, "usualName" character varying(100), "firstNames" character varying(150) NOT NULL, "birthDate" date NOT NULL, "birthPlace" character varying(150) NOT NULL, "bornAbroad" boolean NOT NULL DEFAULT false, "identityKey" character varying(300) NOT NULL, "gender" character varying(10) NOT NULL, "email" character varying(254) NOT NULL, "phone" character varying(30), "addressLine" character varying(300), "addressComplement" character varying(300), "postalCode" character(5), "city" character varying(200), "entryStatus" character varying(20) NOT NULL, "qualificationLevel" character varying(30) NOT NULL, "prescriber" character varying(20) NOT NULL, "employerSiret" character(14), CONSTRAINT "CHK_candidate_prescriber" CHECK ("prescriber" IN ('FRANCE_TRAVAIL','OPCO','EMPLOYER','REGION','CEP','SELF','OTHER')), CONSTRAINT "CHK_candidate_qualification_level" CHECK ("qualificationLevel" IN ('NO_DIPLOMA','LEVEL_3_CAP_BEP','LEVEL_4_BAC','LEVEL_5_BAC_PLUS_2','LEVEL_6_AND_ABOVE')), CONSTRAINT "CHK_candidate_entry_status" CHECK ("entryStatus" IN ('EMPLOYEE','JOB_SEEKER','OTHER')), CONSTRAINT "CHK_candidate_gender" CHECK ("gender" IN ('FEMALE','MALE')), CONSTRAINT "PK_b0ddec158a9a60fbc785281581b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_candidate_network" ON "candidate"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_candidate_establishment" ON "candidate"  ("establishmentId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_candidate_pseudonym" ON "candidate"  ("pseudonym") `);
    await queryRunner.query(`CREATE INDEX "IDX_candidate_network_identity" ON "candidate"  ("networkId", "identityKey") `);
    await queryRunner.query(`CREATE TABLE "candidate_idempotency" ("createdById" uuid NOT NULL, "key" character varying(100) NOT NULL, "candidateId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_candidate_idempotency" PRIMARY KEY ("createdById", "key"))`);
    await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "FK_candidate_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "FK_candidate_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate" DROP CONSTRAINT "FK_candidate_establishment"`);
    await queryRunner.query(`ALTER TABLE "candidate" DROP CONSTRAINT "FK_candidate_network"`);
    await queryRunner.query(`DROP TABLE "candidate_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_candidate_network_identity"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_candidate_pseudonym"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_candidate_establishment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_candidate_network"`);
    await queryRunner.query(`DROP TABLE "candidate"`);
  }
}
