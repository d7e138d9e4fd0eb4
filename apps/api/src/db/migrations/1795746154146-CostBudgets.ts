import type { MigrationInterface, QueryRunner } from "typeorm";

export class CostBudgets1795746154146 implements MigrationInterface {
  name = "CostBudgets1795746154146";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "query_budget" ("userId" uuid NOT NULL, "tokens" double precision NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_query_budget_tokens" CHECK ("tokens" >= 0), CONSTRAINT "PK_query_budget" PRIMARY KEY ("userId"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "query_budget"`);
  }
}
