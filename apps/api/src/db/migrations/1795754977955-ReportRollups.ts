import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Rollups of the aggregates (issue #6, docs/adr/0020-report-rollups.md): two materialized views,
 * created empty (a migration stays quick on a large database), filled and then refreshed by the
 * `report_rollup_refresh` job (modules/report/report.rollup.ts), and the time of each refresh.
 * Hand-written: TypeORM's schema diff knows neither materialized views nor this bookkeeping table,
 * so entities and migrations still agree.
 */
export class ReportRollups1795754977955 implements MigrationInterface {
  name = "ReportRollups1795754977955";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Dossiers per network, establishment, certification, state and month of opening. A cell keeps
    // its distinct candidates and, among them, those who also lie in another cell ("shared").
    await queryRunner.query(`CREATE MATERIALIZED VIEW "report_dossier_rollup" AS
      WITH shared AS (
        SELECT x."candidateId" FROM "dossier" x GROUP BY 1
        HAVING count(DISTINCT (x."networkId", x."establishmentId", x."certificationId", x."state", date_trunc('month', x."openedOn"))) > 1)
      SELECT d."networkId", d."establishmentId", d."certificationId", d."state",
             date_trunc('month', d."openedOn")::date AS "openedOn",
             count(*)::int AS "dossiers",
             count(*) FILTER (WHERE d."preliminaryDate" IS NOT NULL)::int AS "withPreliminary",
             count(*) FILTER (WHERE d."preliminaryDate" IS NOT NULL
                              AND certd."issuedOn" <= coalesce(d."windowEndsOn", (d."preliminaryDate" + interval '5 years')::date))::int AS "certifiedIn5Years",
             count(*) FILTER (WHERE d."preliminaryDate" IS NOT NULL AND d."state" = 'EXPIRED')::int AS "expired",
             count(*) FILTER (WHERE d."preliminaryDate" IS NOT NULL AND d."state" = 'WITHDRAWN')::int AS "withdrawn",
             count(DISTINCT d."candidateId")::int AS "candidates",
             count(DISTINCT d."candidateId") FILTER (WHERE s."candidateId" IS NOT NULL)::int AS "sharedCandidates"
        FROM "dossier" d LEFT JOIN "certificate" certd ON certd."dossierId" = d."id"
        LEFT JOIN shared s ON s."candidateId" = d."candidateId"
       GROUP BY 1, 2, 3, 4, 5
      WITH NO DATA`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_report_dossier_rollup" ON "report_dossier_rollup" ("networkId", "establishmentId", "certificationId", "state", "openedOn")`,
    );
    // Criterion results per criterion, the évaluation's network and establishment (its scope) and
    // the dossier's (its dimensions); "shared": candidates with évaluations under another of these tuples.
    await queryRunner.query(`CREATE MATERIALIZED VIEW "report_criterion_rollup" AS
      WITH shared AS (
        SELECT y."candidateId" FROM "evaluation" x JOIN "dossier" y ON y."id" = x."dossierId" GROUP BY 1
        HAVING count(DISTINCT (x."networkId", x."establishmentId", y."networkId", y."establishmentId")) > 1)
      SELECT cr."criterionId", e."networkId", e."establishmentId",
             d."networkId" AS "dossierNetworkId", d."establishmentId" AS "dossierEstablishmentId",
             count(*)::bigint AS "results",
             count(*) FILTER (WHERE NOT cr."acquired")::bigint AS "notAcquired",
             count(DISTINCT d."candidateId")::int AS "candidates",
             count(DISTINCT d."candidateId") FILTER (WHERE s."candidateId" IS NOT NULL)::int AS "sharedCandidates"
        FROM "criterion_result" cr JOIN "evaluation" e ON e."id" = cr."evaluationId" JOIN "dossier" d ON d."id" = e."dossierId"
        LEFT JOIN shared s ON s."candidateId" = d."candidateId"
       GROUP BY 1, 2, 3, 4, 5
      WITH NO DATA`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_report_criterion_rollup" ON "report_criterion_rollup" ("criterionId", "networkId", "establishmentId", "dossierNetworkId", "dossierEstablishmentId")`,
    );
    await queryRunner.query(`CREATE TABLE "report_rollup" (
      "name" character varying(60) NOT NULL,
      "refreshedAt" TIMESTAMP WITH TIME ZONE,
      "durationMs" integer,
      CONSTRAINT "PK_report_rollup" PRIMARY KEY ("name"))`);
    await queryRunner.query(`INSERT INTO "report_rollup" ("name") VALUES ('report_dossier_rollup'), ('report_criterion_rollup')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_rollup"`);
    await queryRunner.query(`DROP MATERIALIZED VIEW "report_criterion_rollup"`);
    await queryRunner.query(`DROP MATERIALIZED VIEW "report_dossier_rollup"`);
  }
}
