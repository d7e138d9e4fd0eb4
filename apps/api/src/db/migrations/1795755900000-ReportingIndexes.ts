import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The dossiers list's default order (creation, newest first, then id) as expression indexes — for
 * every dossier, and within a network (network managers' and network analysts' scope) — so that a
 * page of 50 reads 51 index entries instead of sorting every dossier (issue #6). Hand-written:
 * TypeORM cannot express them (the entity declares them with `synchronize: false`).
 */
export class ReportingIndexes1795755900000 implements MigrationInterface {
  name = "ReportingIndexes1795755900000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_dossier_created_order" ON "dossier" (date_trunc('milliseconds', ("createdAt" AT TIME ZONE 'UTC')), "id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_dossier_network_created_order" ON "dossier" ("networkId", date_trunc('milliseconds', ("createdAt" AT TIME ZONE 'UTC')), "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_dossier_network_created_order"`);
    await queryRunner.query(`DROP INDEX "IDX_dossier_created_order"`);
  }
}
