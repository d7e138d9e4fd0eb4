/**
 * Habilitation periods of one establishment, certification and role never overlap. The service
 * checks first, for a message naming the other period; the database trigger
 * `habilitation_period_no_overlap` (migration HabilitationPeriods) holds the rule when two writes
 * race past that check, and its refusal becomes the same CONFLICT here.
 */
import { HABILITATION_PERIOD_STATUSES } from "@clea/schema";
import { QueryFailedError } from "typeorm";
import type { RequestContext } from "../../core/context.js";
import { frenchDate } from "../../core/dates.js";
import { ConflictError } from "../../core/errors.js";
import { Habilitation } from "./habilitation.entity.js";

/** The name under which the trigger raises SQLSTATE 23P01 (exclusion_violation). */
export const PERIOD_OVERLAP_CONSTRAINT = "EXC_habilitation_period_no_overlap";

export interface Period {
  startDate: string;
  endDate: string;
}

type Key = Pick<Habilitation, "establishmentId" | "certificationId" | "role">;

function overlapConflict(period: Period, other: Period & { id: string; decisionReference?: string | null }): ConflictError {
  const reference = other.decisionReference ? `, décision ${other.decisionReference}` : "";
  return new ConflictError(
    `La période du ${frenchDate(period.startDate)} au ${frenchDate(period.endDate)} chevauche celle d'une autre habilitation ` +
      `de cet établissement pour la même certification et le même rôle (du ${frenchDate(other.startDate)} au ${frenchDate(other.endDate)}${reference}).`,
    { field: "startDate", otherHabilitationId: other.id, otherStartDate: other.startDate, otherEndDate: other.endDate },
  );
}

/** Throws CONFLICT when another period in force of the same key overlaps `period` (bounds included). */
export async function assertNoOverlappingPeriod(ctx: RequestContext, key: Key, period: Period, exceptId?: string): Promise<void> {
  const qb = ctx.em
    .getRepository(Habilitation)
    .createQueryBuilder("h")
    .where(`h."establishmentId" = :e AND h."certificationId" = :c AND h.role = :r`, {
      e: key.establishmentId,
      c: key.certificationId,
      r: key.role,
    })
    .andWhere(`h."storedStatus" IN (:...inForce)`, { inForce: HABILITATION_PERIOD_STATUSES })
    .andWhere(`h."startDate" <= :end AND h."endDate" >= :start`, { start: period.startDate, end: period.endDate })
    .orderBy(`h."startDate"`);
  if (exceptId) qb.andWhere(`h.id <> :exceptId`, { exceptId });
  const other = await qb.getOne();
  if (other) throw overlapConflict(period, { ...other, startDate: other.startDate!, endDate: other.endDate! });
}

/** Runs a write; the trigger's refusal (a concurrent write won) becomes the CONFLICT of the check above. */
export async function mapPeriodOverlap<T>(period: Period | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const e = (err instanceof QueryFailedError ? err.driverError : undefined) as
      { code?: string; constraint?: string; detail?: string } | undefined;
    if (e?.code === "23P01" && e.constraint === PERIOD_OVERLAP_CONSTRAINT) {
      const m = /Key \(id\)=\(([^)]+)\) period \((\d{4}-\d{2}-\d{2}), (\d{4}-\d{2}-\d{2})\)/.exec(e.detail ?? "");
      if (period && m) throw overlapConflict(period, { id: m[1]!, startDate: m[2]!, endDate: m[3]! });
      throw new ConflictError(
        "Cette période chevauche celle d'une autre habilitation de cet établissement pour la même certification et le même rôle.",
        {
          field: "startDate",
        },
      );
    }
    throw err;
  }
}
