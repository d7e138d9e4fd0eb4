import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Habilitation periods of one establishment, certification and role never overlap (issue 4).
 * Written by hand: TypeORM has no notion of triggers.
 *
 * Why a trigger and not `EXCLUDE USING gist (… WITH =, daterange(…) WITH &&)`: the exclusion
 * constraint needs btree_gist, which Debian's PostgreSQL contrib ships but PGlite (the last tier of
 * the embedded server) may not. The trigger works on every tier. It serialises the writers of one
 * key with a transaction-scoped advisory lock, then looks for an overlapping period with a fresh
 * snapshot (READ COMMITTED), so two concurrent transactions cannot both insert overlapping periods:
 * the second waits for the first to commit, then sees its row. It raises SQLSTATE 23P01
 * (exclusion_violation) under the name `EXC_habilitation_period_no_overlap`, as the constraint
 * would; the API turns that into a CONFLICT naming the other period.
 *
 * Only periods in force count (stored status GRANTED or SUSPENDED, both dates set: see
 * HABILITATION_PERIOD_STATUSES in @clea/schema); a request, a refusal or a withdrawal holds none.
 */
export class HabilitationPeriods1795738108632 implements MigrationInterface {
  name = "HabilitationPeriods1795738108632";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION habilitation_period_no_overlap() RETURNS trigger LANGUAGE plpgsql AS \$fn\$
DECLARE
  other record;
BEGIN
  IF NEW."storedStatus" NOT IN ('GRANTED', 'SUSPENDED') OR NEW."startDate" IS NULL OR NEW."endDate" IS NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(
    hashtextextended('habilitation_period:' || NEW."establishmentId" || ':' || NEW."certificationId" || ':' || NEW.role, 0));
  SELECT h.id, h."startDate", h."endDate" INTO other
    FROM habilitation h
   WHERE h.id <> NEW.id
     AND h."establishmentId" = NEW."establishmentId"
     AND h."certificationId" = NEW."certificationId"
     AND h.role = NEW.role
     AND h."storedStatus" IN ('GRANTED', 'SUSPENDED')
     AND h."startDate" <= NEW."endDate"
     AND h."endDate" >= NEW."startDate"
   ORDER BY h."startDate"
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'habilitation period overlaps habilitation %', other.id
      USING ERRCODE = 'exclusion_violation',
            CONSTRAINT = 'EXC_habilitation_period_no_overlap',
            DETAIL = format('Key (id)=(%s) period (%s, %s)', other.id,
                            to_char(other."startDate", 'YYYY-MM-DD'), to_char(other."endDate", 'YYYY-MM-DD'));
  END IF;
  RETURN NEW;
END
\$fn\$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_habilitation_period_no_overlap" BEFORE INSERT OR UPDATE OF "storedStatus", "startDate", "endDate", "establishmentId", "certificationId", "role" ON "habilitation" FOR EACH ROW EXECUTE FUNCTION habilitation_period_no_overlap()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_habilitation_period_no_overlap" ON "habilitation"`);
    await queryRunner.query(`DROP FUNCTION habilitation_period_no_overlap()`);
  }
}
