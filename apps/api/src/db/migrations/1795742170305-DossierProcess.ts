import type { MigrationInterface, QueryRunner } from "typeorm";

export class DossierProcess1795742170305 implements MigrationInterface {
  name = "DossierProcess1795742170305";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dossier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "candidateId" uuid NOT NULL, "certificationId" uuid NOT NULL, "referentialId" uuid NOT NULL, "establishmentId" uuid NOT NULL, "networkId" uuid NOT NULL, "state" character varying(24) NOT NULL, "version" integer NOT NULL DEFAULT '1', "openedOn" date NOT NULL, "advisorId" uuid, "preliminaryDate" date, "windowEndsOn" date, "stateChangedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_dossier_window_after_preliminary" CHECK ("windowEndsOn" IS NULL OR "windowEndsOn" > "preliminaryDate"), CONSTRAINT "CHK_dossier_version_positive" CHECK ("version" > 0), CONSTRAINT "CHK_dossier_state" CHECK ("state" IN ('OPENED','PRELIMINARY_PLANNED','IN_TRAINING','FINAL_PLANNED','READY_FOR_JURY','SUBMITTED_TO_JURY','CERTIFIED','ADJOURNED','WITHDRAWN','EXPIRED')), CONSTRAINT "PK_62a60ad7157c2922b57c3319364" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_candidate" ON "dossier"  ("candidateId") `);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_certification" ON "dossier"  ("certificationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_referential" ON "dossier"  ("referentialId") `);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_advisor" ON "dossier"  ("advisorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_open_window_ends_on" ON "dossier"  ("windowEndsOn") WHERE "state" NOT IN ('CERTIFIED','WITHDRAWN','EXPIRED')`);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_establishment_state" ON "dossier"  ("establishmentId", "state") `);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_network_state" ON "dossier"  ("networkId", "state") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_dossier_one_open_attempt_per_candidate_certification" ON "dossier"  ("candidateId", "certificationId") WHERE "state" NOT IN ('CERTIFIED','WITHDRAWN','EXPIRED')`);
    await queryRunner.query(`CREATE TABLE "dossier_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossierId" uuid NOT NULL, "networkId" uuid NOT NULL, "action" character varying(24), "fromState" character varying(24), "toState" character varying(24) NOT NULL, "version" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actorId" uuid, "note" character varying(1000), CONSTRAINT "PK_f4ab337d10ca917f214b79530c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_event_network" ON "dossier_event"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_event_actor" ON "dossier_event"  ("actorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_dossier_event_dossier_at" ON "dossier_event"  ("dossierId", "at") `);
    await queryRunner.query(`CREATE TABLE "evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dossierId" uuid NOT NULL, "networkId" uuid NOT NULL, "establishmentId" uuid NOT NULL, "kind" character varying(12) NOT NULL, "status" character varying(10) NOT NULL, "plannedOn" date NOT NULL, "sessionId" uuid, "evaluatorId" uuid NOT NULL, "domainCodes" character varying(8) array, "heldOn" date, "durationMinutes" integer, "context" character varying(1000), CONSTRAINT "CHK_evaluation_duration_positive" CHECK ("durationMinutes" IS NULL OR "durationMinutes" > 0), CONSTRAINT "CHK_evaluation_done_has_date" CHECK ("status" <> 'DONE' OR "heldOn" IS NOT NULL), CONSTRAINT "CHK_evaluation_status" CHECK ("status" IN ('PLANNED','DONE','CANCELLED')), CONSTRAINT "CHK_evaluation_kind" CHECK ("kind" IN ('PRELIMINARY','FINAL')), CONSTRAINT "PK_b72edd439b9db736f55b584fa54" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_establishment" ON "evaluation"  ("establishmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_evaluator" ON "evaluation"  ("evaluatorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_session" ON "evaluation"  ("sessionId") WHERE "sessionId" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_network_held_on" ON "evaluation"  ("networkId", "heldOn") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_dossier" ON "evaluation"  ("dossierId", "plannedOn") `);
    await queryRunner.query(`CREATE TABLE "criterion_result" ("evaluationId" uuid NOT NULL, "criterionId" uuid NOT NULL, "acquired" boolean NOT NULL, CONSTRAINT "PK_f6bde89cb964097bf5aef778c3d" PRIMARY KEY ("evaluationId", "criterionId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_criterion_result_criterion" ON "criterion_result"  ("criterionId") `);
    await queryRunner.query(`CREATE TABLE "sub_domain_result" ("evaluationId" uuid NOT NULL, "subDomainId" uuid NOT NULL, "acquiredCount" smallint NOT NULL, "criterionCount" smallint NOT NULL, "validated" boolean NOT NULL, CONSTRAINT "CHK_sub_domain_result_counts" CHECK ("acquiredCount" >= 0 AND "acquiredCount" <= "criterionCount"), CONSTRAINT "PK_e8cdeaf8d5871236b7a362c6b98" PRIMARY KEY ("evaluationId", "subDomainId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_sub_domain_result_sub_domain" ON "sub_domain_result"  ("subDomainId") `);
    await queryRunner.query(`CREATE TABLE "domain_result" ("evaluationId" uuid NOT NULL, "domainId" uuid NOT NULL, "acquired" boolean NOT NULL, "acquiredOn" date, "validUntil" date, CONSTRAINT "CHK_domain_result_acquired_dates" CHECK (NOT "acquired" OR ("acquiredOn" IS NOT NULL AND "validUntil" IS NOT NULL)), CONSTRAINT "PK_b55297e163a86d6c95fb099e087" PRIMARY KEY ("evaluationId", "domainId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_domain_result_domain" ON "domain_result"  ("domainId") `);
    await queryRunner.query(`CREATE TABLE "training_path" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dossierId" uuid NOT NULL, "networkId" uuid NOT NULL, "establishmentId" uuid NOT NULL, "trainingOrganisation" character varying(200) NOT NULL, "trainingEstablishmentId" uuid, "trainerId" uuid, "trainerName" character varying(200), "startsOn" date NOT NULL, "endsOn" date NOT NULL, "status" character varying(10) NOT NULL, "completedOn" date, CONSTRAINT "CHK_training_path_trainer_named" CHECK ("trainerId" IS NOT NULL OR "trainerName" IS NOT NULL), CONSTRAINT "CHK_training_path_completed_has_date" CHECK ("status" <> 'COMPLETED' OR "completedOn" IS NOT NULL), CONSTRAINT "CHK_training_path_dates" CHECK ("endsOn" >= "startsOn"), CONSTRAINT "CHK_training_path_status" CHECK ("status" IN ('PLANNED','COMPLETED','CANCELLED')), CONSTRAINT "PK_04b957b198cd7e1f6899ec89169" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_training_path_network" ON "training_path"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_training_path_establishment" ON "training_path"  ("establishmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_training_path_training_establishment" ON "training_path"  ("trainingEstablishmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_training_path_trainer" ON "training_path"  ("trainerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_training_path_dossier" ON "training_path"  ("dossierId", "startsOn") `);
    await queryRunner.query(`CREATE TABLE "training_path_domain" ("trainingPathId" uuid NOT NULL, "domainId" uuid NOT NULL, "plannedHours" numeric(6,1) NOT NULL, "actualHours" numeric(6,1), CONSTRAINT "CHK_training_path_domain_actual_hours" CHECK ("actualHours" IS NULL OR "actualHours" >= 0), CONSTRAINT "CHK_training_path_domain_planned_hours" CHECK ("plannedHours" > 0), CONSTRAINT "PK_6712071d3d8c12636e469e8305c" PRIMARY KEY ("trainingPathId", "domainId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_training_path_domain_domain" ON "training_path_domain"  ("domainId") `);
    await queryRunner.query(`CREATE TABLE "jury_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organiser" character varying(200) NOT NULL, "certificationId" uuid NOT NULL, "heldOn" date NOT NULL, "mode" character varying(8) NOT NULL, "location" character varying(300), "createdById" uuid NOT NULL, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_jury_session_mode" CHECK ("mode" IN ('ON_SITE','REMOTE')), CONSTRAINT "PK_2228ab2d0c3b2ca52e37d5ba0a9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_jury_session_created_by" ON "jury_session"  ("createdById") `);
    await queryRunner.query(`CREATE INDEX "IDX_jury_session_certification_held_on" ON "jury_session"  ("certificationId", "heldOn") `);
    await queryRunner.query(`CREATE TABLE "jury_member" ("jurySessionId" uuid NOT NULL, "userId" uuid NOT NULL, "college" character varying(8) NOT NULL DEFAULT 'OTHER', CONSTRAINT "CHK_jury_member_college" CHECK ("college" IN ('EMPLOYER','EMPLOYEE','OTHER')), CONSTRAINT "PK_b02f70a9d54efe266b7b9dfdac9" PRIMARY KEY ("jurySessionId", "userId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_jury_member_user" ON "jury_member"  ("userId") `);
    await queryRunner.query(`CREATE TABLE "jury_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "jurySessionId" uuid NOT NULL, "dossierId" uuid NOT NULL, "networkId" uuid NOT NULL, "establishmentId" uuid NOT NULL, "submittedById" uuid NOT NULL, "decision" character varying(10), "reason" character varying(1000), "decidedAt" TIMESTAMP WITH TIME ZONE, "decidedById" uuid, CONSTRAINT "CHK_jury_submission_adjourned_reason" CHECK ("decision" IS DISTINCT FROM 'ADJOURNED' OR "reason" IS NOT NULL), CONSTRAINT "CHK_jury_submission_decided" CHECK (("decision" IS NULL) = ("decidedAt" IS NULL)), CONSTRAINT "CHK_jury_submission_decision" CHECK ("decision" IS NULL OR "decision" IN ('CERTIFIED','ADJOURNED')), CONSTRAINT "PK_fafeb78bc31f94d71e90a0c0fbe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_jury_submission_network" ON "jury_submission"  ("networkId") `);
    await queryRunner.query(`CREATE INDEX "IDX_jury_submission_establishment" ON "jury_submission"  ("establishmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_jury_submission_submitted_by" ON "jury_submission"  ("submittedById") `);
    await queryRunner.query(`CREATE INDEX "IDX_jury_submission_decided_by" ON "jury_submission"  ("decidedById") `);
    await queryRunner.query(`CREATE INDEX "IDX_jury_submission_dossier" ON "jury_submission"  ("dossierId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_jury_submission_session_dossier" ON "jury_submission"  ("jurySessionId", "dossierId") `);
    await queryRunner.query(`CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" character varying(24) NOT NULL, "dossierId" uuid NOT NULL, "candidateId" uuid NOT NULL, "networkId" uuid NOT NULL, "establishmentId" uuid NOT NULL, "certificationId" uuid NOT NULL, "jurySubmissionId" uuid NOT NULL, "issuedOn" date NOT NULL, "holderInitials" character varying(8) NOT NULL, CONSTRAINT "REL_bbfcedae1f02e9b89100af82eb" UNIQUE ("dossierId"), CONSTRAINT "REL_f8dc4ce4f7c36346e8d28f0387" UNIQUE ("jurySubmissionId"), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_certificate_number" ON "certificate"  ("number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_certificate_dossier" ON "certificate"  ("dossierId") `);
    await queryRunner.query(`CREATE INDEX "IDX_certificate_candidate" ON "certificate"  ("candidateId") `);
    await queryRunner.query(`CREATE INDEX "IDX_certificate_establishment" ON "certificate"  ("establishmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_certificate_certification" ON "certificate"  ("certificationId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_certificate_jury_submission" ON "certificate"  ("jurySubmissionId") `);
    await queryRunner.query(`CREATE INDEX "IDX_certificate_network_issued_on" ON "certificate"  ("networkId", "issuedOn") `);
    await queryRunner.query(`CREATE TABLE "funding_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dossierId" uuid NOT NULL, "networkId" uuid NOT NULL, "establishmentId" uuid NOT NULL, "step" character varying(14) NOT NULL, "funderType" character varying(16) NOT NULL, "funderReference" character varying(100), "amount" numeric(12,2) NOT NULL, "status" character varying(10) NOT NULL, CONSTRAINT "CHK_funding_line_amount_not_negative" CHECK ("amount" >= 0), CONSTRAINT "CHK_funding_line_status" CHECK ("status" IN ('REQUESTED','AGREED','PAID','REFUSED','CANCELLED')), CONSTRAINT "CHK_funding_line_funder_type" CHECK ("funderType" IN ('CPF','FRANCE_TRAVAIL','OPCO','REGION','TRANSITIONS_PRO','EMPLOYER','SELF','OTHER')), CONSTRAINT "CHK_funding_line_step" CHECK ("step" IN ('PRELIMINARY','TRAINING','FINAL','CERTIFICATION')), CONSTRAINT "PK_4eaf9255b07d99ca9e17662bfc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_funding_line_establishment" ON "funding_line"  ("establishmentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_funding_line_network_funder" ON "funding_line"  ("networkId", "funderType") `);
    await queryRunner.query(`CREATE INDEX "IDX_funding_line_dossier" ON "funding_line"  ("dossierId", "step") `);
    await queryRunner.query(`CREATE TABLE "certificate_verification_throttle" ("key" character varying(80) NOT NULL, "lookups" integer NOT NULL DEFAULT '0', "windowStartedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_certificate_verification_throttle" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_certificate_verification_throttle_updated" ON "certificate_verification_throttle"  ("updatedAt") `);
    await queryRunner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_candidate" FOREIGN KEY ("candidateId") REFERENCES "candidate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_certification" FOREIGN KEY ("certificationId") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_referential" FOREIGN KEY ("referentialId") REFERENCES "referential"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_advisor" FOREIGN KEY ("advisorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dossier_event" ADD CONSTRAINT "FK_dossier_event_dossier" FOREIGN KEY ("dossierId") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dossier_event" ADD CONSTRAINT "FK_dossier_event_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dossier_event" ADD CONSTRAINT "FK_dossier_event_actor" FOREIGN KEY ("actorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_dossier" FOREIGN KEY ("dossierId") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_session" FOREIGN KEY ("sessionId") REFERENCES "evaluation_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_evaluator" FOREIGN KEY ("evaluatorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "criterion_result" ADD CONSTRAINT "FK_criterion_result_evaluation" FOREIGN KEY ("evaluationId") REFERENCES "evaluation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "criterion_result" ADD CONSTRAINT "FK_criterion_result_criterion" FOREIGN KEY ("criterionId") REFERENCES "criterion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sub_domain_result" ADD CONSTRAINT "FK_sub_domain_result_evaluation" FOREIGN KEY ("evaluationId") REFERENCES "evaluation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sub_domain_result" ADD CONSTRAINT "FK_sub_domain_result_sub_domain" FOREIGN KEY ("subDomainId") REFERENCES "sub_domain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "domain_result" ADD CONSTRAINT "FK_domain_result_evaluation" FOREIGN KEY ("evaluationId") REFERENCES "evaluation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "domain_result" ADD CONSTRAINT "FK_domain_result_domain" FOREIGN KEY ("domainId") REFERENCES "domain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_path" ADD CONSTRAINT "FK_training_path_dossier" FOREIGN KEY ("dossierId") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_path" ADD CONSTRAINT "FK_training_path_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_path" ADD CONSTRAINT "FK_training_path_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_path" ADD CONSTRAINT "FK_training_path_training_establishment" FOREIGN KEY ("trainingEstablishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_path" ADD CONSTRAINT "FK_training_path_trainer" FOREIGN KEY ("trainerId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_path_domain" ADD CONSTRAINT "FK_training_path_domain_path" FOREIGN KEY ("trainingPathId") REFERENCES "training_path"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_path_domain" ADD CONSTRAINT "FK_training_path_domain_domain" FOREIGN KEY ("domainId") REFERENCES "domain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_session" ADD CONSTRAINT "FK_jury_session_certification" FOREIGN KEY ("certificationId") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_session" ADD CONSTRAINT "FK_jury_session_created_by" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_member" ADD CONSTRAINT "FK_jury_member_session" FOREIGN KEY ("jurySessionId") REFERENCES "jury_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_member" ADD CONSTRAINT "FK_jury_member_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_submission" ADD CONSTRAINT "FK_jury_submission_session" FOREIGN KEY ("jurySessionId") REFERENCES "jury_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_submission" ADD CONSTRAINT "FK_jury_submission_dossier" FOREIGN KEY ("dossierId") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_submission" ADD CONSTRAINT "FK_jury_submission_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_submission" ADD CONSTRAINT "FK_jury_submission_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_submission" ADD CONSTRAINT "FK_jury_submission_submitted_by" FOREIGN KEY ("submittedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jury_submission" ADD CONSTRAINT "FK_jury_submission_decided_by" FOREIGN KEY ("decidedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_certificate_dossier" FOREIGN KEY ("dossierId") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_certificate_candidate" FOREIGN KEY ("candidateId") REFERENCES "candidate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_certificate_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_certificate_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_certificate_certification" FOREIGN KEY ("certificationId") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_certificate_jury_submission" FOREIGN KEY ("jurySubmissionId") REFERENCES "jury_submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_funding_line_dossier" FOREIGN KEY ("dossierId") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_funding_line_network" FOREIGN KEY ("networkId") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_funding_line_establishment" FOREIGN KEY ("establishmentId") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Hand-written: a dossier's history is append-only (like the audit trail), and a jury's decision,
    // once recorded, never changes (a new presentation is a new row).
    await queryRunner.query(`CREATE FUNCTION "dossier_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'A dossier''s history is never changed; record a new event.';
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "dossier_event_is_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "dossier_event" FOR EACH STATEMENT EXECUTE FUNCTION "dossier_event_is_append_only"()`,
    );
    await queryRunner.query(`CREATE FUNCTION "jury_decision_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."decision" IS NOT NULL AND (NEW."decision" IS DISTINCT FROM OLD."decision" OR NEW."reason" IS DISTINCT FROM OLD."reason"
      OR NEW."decidedAt" IS DISTINCT FROM OLD."decidedAt" OR NEW."decidedById" IS DISTINCT FROM OLD."decidedById") THEN
    RAISE EXCEPTION 'jury decision of submission % is final', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "jury_decision_is_final" BEFORE UPDATE ON "jury_submission" FOR EACH ROW EXECUTE FUNCTION "jury_decision_is_final"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "jury_decision_is_final" ON "jury_submission"`);
    await queryRunner.query(`DROP FUNCTION "jury_decision_is_final"()`);
    await queryRunner.query(`DROP TRIGGER "dossier_event_is_append_only" ON "dossier_event"`);
    await queryRunner.query(`DROP FUNCTION "dossier_event_is_append_only"()`);
    await queryRunner.query(`ALTER TABLE "funding_line" DROP CONSTRAINT "FK_funding_line_establishment"`);
    await queryRunner.query(`ALTER TABLE "funding_line" DROP CONSTRAINT "FK_funding_line_network"`);
    await queryRunner.query(`ALTER TABLE "funding_line" DROP CONSTRAINT "FK_funding_line_dossier"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_certificate_jury_submission"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_certificate_certification"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_certificate_establishment"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_certificate_network"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_certificate_candidate"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_certificate_dossier"`);
    await queryRunner.query(`ALTER TABLE "jury_submission" DROP CONSTRAINT "FK_jury_submission_decided_by"`);
    await queryRunner.query(`ALTER TABLE "jury_submission" DROP CONSTRAINT "FK_jury_submission_submitted_by"`);
    await queryRunner.query(`ALTER TABLE "jury_submission" DROP CONSTRAINT "FK_jury_submission_establishment"`);
    await queryRunner.query(`ALTER TABLE "jury_submission" DROP CONSTRAINT "FK_jury_submission_network"`);
    await queryRunner.query(`ALTER TABLE "jury_submission" DROP CONSTRAINT "FK_jury_submission_dossier"`);
    await queryRunner.query(`ALTER TABLE "jury_submission" DROP CONSTRAINT "FK_jury_submission_session"`);
    await queryRunner.query(`ALTER TABLE "jury_member" DROP CONSTRAINT "FK_jury_member_user"`);
    await queryRunner.query(`ALTER TABLE "jury_member" DROP CONSTRAINT "FK_jury_member_session"`);
    await queryRunner.query(`ALTER TABLE "jury_session" DROP CONSTRAINT "FK_jury_session_created_by"`);
    await queryRunner.query(`ALTER TABLE "jury_session" DROP CONSTRAINT "FK_jury_session_certification"`);
    await queryRunner.query(`ALTER TABLE "training_path_domain" DROP CONSTRAINT "FK_training_path_domain_domain"`);
    await queryRunner.query(`ALTER TABLE "training_path_domain" DROP CONSTRAINT "FK_training_path_domain_path"`);
    await queryRunner.query(`ALTER TABLE "training_path" DROP CONSTRAINT "FK_training_path_trainer"`);
    await queryRunner.query(`ALTER TABLE "training_path" DROP CONSTRAINT "FK_training_path_training_establishment"`);
    await queryRunner.query(`ALTER TABLE "training_path" DROP CONSTRAINT "FK_training_path_establishment"`);
    await queryRunner.query(`ALTER TABLE "training_path" DROP CONSTRAINT "FK_training_path_network"`);
    await queryRunner.query(`ALTER TABLE "training_path" DROP CONSTRAINT "FK_training_path_dossier"`);
    await queryRunner.query(`ALTER TABLE "domain_result" DROP CONSTRAINT "FK_domain_result_domain"`);
    await queryRunner.query(`ALTER TABLE "domain_result" DROP CONSTRAINT "FK_domain_result_evaluation"`);
    await queryRunner.query(`ALTER TABLE "sub_domain_result" DROP CONSTRAINT "FK_sub_domain_result_sub_domain"`);
    await queryRunner.query(`ALTER TABLE "sub_domain_result" DROP CONSTRAINT "FK_sub_domain_result_evaluation"`);
    await queryRunner.query(`ALTER TABLE "criterion_result" DROP CONSTRAINT "FK_criterion_result_criterion"`);
    await queryRunner.query(`ALTER TABLE "criterion_result" DROP CONSTRAINT "FK_criterion_result_evaluation"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_evaluator"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_session"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_establishment"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_network"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_dossier"`);
    await queryRunner.query(`ALTER TABLE "dossier_event" DROP CONSTRAINT "FK_dossier_event_actor"`);
    await queryRunner.query(`ALTER TABLE "dossier_event" DROP CONSTRAINT "FK_dossier_event_network"`);
    await queryRunner.query(`ALTER TABLE "dossier_event" DROP CONSTRAINT "FK_dossier_event_dossier"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_advisor"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_network"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_establishment"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_referential"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_certification"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_candidate"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_line_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_line_network_funder"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_line_establishment"`);
    await queryRunner.query(`DROP TABLE "funding_line"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_certificate_verification_throttle_updated"`);
    await queryRunner.query(`DROP TABLE "certificate_verification_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_certificate_network_issued_on"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_certificate_jury_submission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_certificate_certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_certificate_establishment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_certificate_candidate"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_certificate_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_certificate_number"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_jury_submission_session_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_jury_submission_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_jury_submission_decided_by"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_jury_submission_submitted_by"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_jury_submission_establishment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_jury_submission_network"`);
    await queryRunner.query(`DROP TABLE "jury_submission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_jury_member_user"`);
    await queryRunner.query(`DROP TABLE "jury_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_jury_session_certification_held_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_jury_session_created_by"`);
    await queryRunner.query(`DROP TABLE "jury_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_path_domain_domain"`);
    await queryRunner.query(`DROP TABLE "training_path_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_path_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_path_trainer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_path_training_establishment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_path_establishment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_path_network"`);
    await queryRunner.query(`DROP TABLE "training_path"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_domain_result_domain"`);
    await queryRunner.query(`DROP TABLE "domain_result"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sub_domain_result_sub_domain"`);
    await queryRunner.query(`DROP TABLE "sub_domain_result"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_criterion_result_criterion"`);
    await queryRunner.query(`DROP TABLE "criterion_result"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_network_held_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_evaluator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_establishment"`);
    await queryRunner.query(`DROP TABLE "evaluation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_event_dossier_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_event_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_event_network"`);
    await queryRunner.query(`DROP TABLE "dossier_event"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_dossier_one_open_attempt_per_candidate_certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_network_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_establishment_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_open_window_ends_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_advisor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_referential"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossier_candidate"`);
    await queryRunner.query(`DROP TABLE "dossier"`);
  }
}
