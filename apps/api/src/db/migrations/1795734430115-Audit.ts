import type { MigrationInterface, QueryRunner } from "typeorm";

export class Audit1795734430115 implements MigrationInterface {
  name = "Audit1795734430115";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurredAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actorId" uuid, "actorRole" text, "action" character varying(40) NOT NULL, "entityType" character varying(60) NOT NULL, "entityId" character varying(100), "changedFields" text array NOT NULL DEFAULT '{}', "requestId" character varying(100) NOT NULL, "networkId" uuid, "establishmentId" uuid, "ip" character varying(64), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_entity" ON "audit_event"  ("entityType", "entityId") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_actor_occurred_at" ON "audit_event"  ("actorId", "occurredAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_network_occurred_at" ON "audit_event"  ("networkId", "occurredAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_occurred_at" ON "audit_event"  ("occurredAt", "id") `);
    // Hand-written: the audit trail is append-only for every database role, the application's
    // included. Statement-level, so that even an UPDATE or DELETE matching no row is refused.
    await queryRunner.query(`CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'An audit event is never changed or removed; record a new one.';
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_is_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_is_append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_is_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_network_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_actor_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_entity"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
