import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795734020012 implements MigrationInterface {
  name = "Initial1795734020012";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, CONSTRAINT "UQ_8152c1df5adc4846b705ddde6dd" UNIQUE ("name"), CONSTRAINT "CHK_network_kind" CHECK ("kind" IN ('APP','GRETA','AFPA','PRIVATE','OTHER')), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "networkId" uuid NOT NULL, "siren" character(9) NOT NULL, "legalName" character varying(300) NOT NULL, "trainingDeclarationNumber" character(11), "qualiopiValidUntil" date, CONSTRAINT "UQ_c4a1c9cf5cf01dfe2178b438422" UNIQUE ("siren"), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_organisation_network" ON "organisation"  ("networkId") `);
    await queryRunner.query(`CREATE TABLE "establishment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisationId" uuid NOT NULL, "networkId" uuid NOT NULL, "siret" character(14) NOT NULL, "name" character varying(300) NOT NULL, "addressLine" character varying(300) NOT NULL, "postalCode" character(5) NOT NULL, "city" character varying(200) NOT NULL, "departmentCode" character varying(3) NOT NULL, "regionCode" character varying(2) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'OPEN', "closedOn" date, CONSTRAINT "UQ_d8f1ad14120a034deb390fdd8c8" UNIQUE ("siret"), CONSTRAINT "CHK_establishment_status" CHECK ("status" IN ('OPEN','CLOSED')), CONSTRAINT "PK_149bd9dc1f2bd4e825a0c474932" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_establishment_organisation" ON "establishment"  ("organisationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_establishment_network" ON "establishment"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_establishment_department" ON "establishment"  ("departmentCode") `);
    await queryRunner.query(`CREATE INDEX "IDX_establishment_region" ON "establishment"  ("regionCode") `);
    await queryRunner.query(`CREATE TABLE "certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(30) NOT NULL, "name" character varying(100) NOT NULL, "fullName" character varying(300) NOT NULL, "rsCode" character varying(20), "notes" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_0dbfc7715563c41c1ab108f98fc" UNIQUE ("code"), CONSTRAINT "PK_a7364bd3e4a407f67d8165b820c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "referential" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "certificationId" uuid NOT NULL, "version" character varying(40) NOT NULL, "label" character varying(200) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "effectiveFrom" date, "effectiveTo" date, "publishedAt" TIMESTAMP WITH TIME ZONE, "notes" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_referential_version_per_certification" UNIQUE ("certificationId", "version"), CONSTRAINT "CHK_referential_effective_dates" CHECK ("effectiveTo" IS NULL OR "effectiveFrom" IS NULL OR "effectiveTo" >= "effectiveFrom"), CONSTRAINT "CHK_referential_status" CHECK ("status" IN ('DRAFT','PUBLISHED','RETIRED')), CONSTRAINT "PK_9d2e1cc28e2b6c152a1ca4ae4fa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_referential_certification" ON "referential"  ("certificationId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_referential_one_published_per_certification" ON "referential"  ("certificationId") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(`CREATE TABLE "domain" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "referentialId" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(500) NOT NULL, "shortTitle" character varying(300), "note" text, "position" integer NOT NULL, CONSTRAINT "UQ_domain_code_per_referential" UNIQUE ("referentialId", "code"), CONSTRAINT "PK_27e3ec3ea0ae02c8c5bceab3ba9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_domain_referential" ON "domain"  ("referentialId") `);
    await queryRunner.query(`CREATE TABLE "sub_domain" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "referentialId" uuid NOT NULL, "domainId" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(500), "note" text, "position" integer NOT NULL, "thresholdPercent" integer NOT NULL DEFAULT '75', "mandatoryCriteria" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_sub_domain_code_per_referential" UNIQUE ("referentialId", "code"), CONSTRAINT "CHK_sub_domain_threshold_is_a_percentage" CHECK ("thresholdPercent" BETWEEN 0 AND 100), CONSTRAINT "PK_b7421b68fb1799fb056cf9e5226" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_sub_domain_referential" ON "sub_domain"  ("referentialId") `);
    await queryRunner.query(`CREATE INDEX "IDX_sub_domain_domain" ON "sub_domain"  ("domainId") `);
    await queryRunner.query(`CREATE TABLE "criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "referentialId" uuid NOT NULL, "subDomainId" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(1000) NOT NULL, "note" text, "position" integer NOT NULL, CONSTRAINT "UQ_criterion_code_per_referential" UNIQUE ("referentialId", "code"), CONSTRAINT "PK_a69d2ffbb1ef3ebea02d895e92f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_criterion_referential" ON "criterion"  ("referentialId") `);
    await queryRunner.query(`CREATE INDEX "IDX_criterion_sub_domain" ON "criterion"  ("subDomainId") `);
    await queryRunner.query(`CREATE TABLE "habilitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "establishmentId" uuid NOT NULL, "networkId" uuid NOT NULL, "certificationId" uuid NOT NULL, "role" character varying(20) NOT NULL, "storedStatus" character varying(20) NOT NULL DEFAULT 'REQUESTED', "decisionDate" date, "decisionReference" character varying(100), "startDate" date, "endDate" date, CONSTRAINT "CHK_habilitation_end_after_start" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate"), CONSTRAINT "CHK_habilitation_role" CHECK ("role" IN ('EVALUATOR','TRAINER')), CONSTRAINT "CHK_habilitation_stored_status" CHECK ("storedStatus" IN ('REQUESTED','GRANTED','REFUSED','SUSPENDED','WITHDRAWN')), CONSTRAINT "PK_0144ef043363c178afd2cc759c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_habilitation_network" ON "habilitation"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_habilitation_certification" ON "habilitation"  ("certificationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_habilitation_establishment_certification_role" ON "habilitation"  ("establishmentId", "certificationId", "role") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_organisation_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "establishment" ADD CONSTRAINT "FK_establishment_organisation" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "establishment" ADD CONSTRAINT "FK_establishment_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referential" ADD CONSTRAINT "FK_referential_certification" FOREIGN KEY ("certificationId") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "domain" ADD CONSTRAINT "FK_domain_referential" FOREIGN KEY ("referentialId") REFERENCES "referential"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sub_domain" ADD CONSTRAINT "FK_sub_domain_referential" FOREIGN KEY ("referentialId") REFERENCES "referential"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sub_domain" ADD CONSTRAINT "FK_sub_domain_domain" FOREIGN KEY ("domainId") REFERENCES "domain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "criterion" ADD CONSTRAINT "FK_criterion_referential" FOREIGN KEY ("referentialId") REFERENCES "referential"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "criterion" ADD CONSTRAINT "FK_criterion_sub_domain" FOREIGN KEY ("subDomainId") REFERENCES "sub_domain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "habilitation" ADD CONSTRAINT "FK_habilitation_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "habilitation" ADD CONSTRAINT "FK_habilitation_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "habilitation" ADD CONSTRAINT "FK_habilitation_certification" FOREIGN KEY ("certificationId") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "habilitation" DROP CONSTRAINT "FK_habilitation_certification"`);
    await queryRunner.query(`ALTER TABLE "habilitation" DROP CONSTRAINT "FK_habilitation_network"`);
    await queryRunner.query(`ALTER TABLE "habilitation" DROP CONSTRAINT "FK_habilitation_establishment"`);
    await queryRunner.query(`ALTER TABLE "criterion" DROP CONSTRAINT "FK_criterion_sub_domain"`);
    await queryRunner.query(`ALTER TABLE "criterion" DROP CONSTRAINT "FK_criterion_referential"`);
    await queryRunner.query(`ALTER TABLE "sub_domain" DROP CONSTRAINT "FK_sub_domain_domain"`);
    await queryRunner.query(`ALTER TABLE "sub_domain" DROP CONSTRAINT "FK_sub_domain_referential"`);
    await queryRunner.query(`ALTER TABLE "domain" DROP CONSTRAINT "FK_domain_referential"`);
    await queryRunner.query(`ALTER TABLE "referential" DROP CONSTRAINT "FK_referential_certification"`);
    await queryRunner.query(`ALTER TABLE "establishment" DROP CONSTRAINT "FK_establishment_network"`);
    await queryRunner.query(`ALTER TABLE "establishment" DROP CONSTRAINT "FK_establishment_organisation"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_organisation_network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_habilitation_establishment_certification_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_habilitation_certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_habilitation_network"`);
    await queryRunner.query(`DROP TABLE "habilitation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_criterion_sub_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_criterion_referential"`);
    await queryRunner.query(`DROP TABLE "criterion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sub_domain_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sub_domain_referential"`);
    await queryRunner.query(`DROP TABLE "sub_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_domain_referential"`);
    await queryRunner.query(`DROP TABLE "domain"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_referential_one_published_per_certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_referential_certification"`);
    await queryRunner.query(`DROP TABLE "referential"`);
    await queryRunner.query(`DROP TABLE "certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_establishment_region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_establishment_department"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_establishment_network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_establishment_organisation"`);
    await queryRunner.query(`DROP TABLE "establishment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisation_network"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TABLE "network"`);
  }
}
