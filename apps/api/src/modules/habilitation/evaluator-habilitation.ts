import { ErrorCode, EstablishmentStatus, HabilitationRole, HabilitationStatus, labels, type CertificationCode } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { frenchDate, todayInFrance } from "../../core/dates.js";
import { DomainError } from "../../core/errors.js";
import { isUuid } from "../../core/find.js";
import { scopedQuery } from "../../core/scope.js";
import type { Establishment } from "../establishment/index.js";
import type { Certification } from "../referential/index.js";
import { RoleAssignment } from "../user/index.js";
import { Habilitation } from "./habilitation.entity.js";

/**
 * The rules shared by everything an establishment does as EVALUATOR for a certification (plan a
 * session, open a dossier, plan or record an evaluation): the establishment is open, and a GRANTED
 * EVALUATOR habilitation covers the days of the activity and has not ended today. Each refusal has
 * its stable code and a French message naming the activity (`what`, e.g. "la session du 15/03/2027").
 */
export interface EvaluatorActivity {
  establishment: Establishment;
  certification: Certification;
  /** First and last days (`YYYY-MM-DD`, in France) of the activity. */
  first: string;
  last: string;
  /** The activity as the messages name it: "la session du 15/03/2027", "l'ouverture du dossier"… */
  what: string;
  /** What a closed establishment or a suspended habilitation cannot do: "planifier de session". */
  refused: string;
  /** The input field a date refusal points to. */
  dateField: string;
}

export async function assertEstablishmentHabilitated(ctx: RequestContext, a: EvaluatorActivity): Promise<void> {
  if (a.establishment.status === EstablishmentStatus.CLOSED)
    throw new DomainError(ErrorCode.ESTABLISHMENT_CLOSED, `Cet établissement est fermé : il ne peut plus ${a.refused}.`);

  const today = todayInFrance();
  const certificationLabel = labels.CertificationCode[a.certification.code as CertificationCode] ?? a.certification.code;
  const habilitations = await scopedQuery(ctx, Habilitation, "h")
    .andWhere(`h."establishmentId" = :e AND h."certificationId" = :c AND h.role = :r`, {
      e: a.establishment.id,
      c: a.certification.id,
      r: HabilitationRole.EVALUATOR,
    })
    .orderBy(`h."endDate"`, "DESC", "NULLS FIRST")
    .getMany();
  const granted = habilitations.filter((h) => h.storedStatus === HabilitationStatus.GRANTED);
  const covering = granted.find(
    (h) => (h.startDate === null || h.startDate <= a.first) && (h.endDate === null || (h.endDate >= a.last && h.endDate >= today)),
  );
  if (covering) return;
  const ended = granted.find((h) => h.endDate !== null && (h.endDate < a.last || h.endDate < today));
  if (ended)
    throw new DomainError(
      ErrorCode.HABILITATION_EXPIRED,
      `L'habilitation évaluateur ${certificationLabel} de cet établissement ${ended.endDate! < today ? "a pris" : "prend"} fin le ${frenchDate(ended.endDate!)} : elle ne couvre pas ${a.what}.`,
      { field: a.dateField },
    );
  const suspended = habilitations.find((h) => h.storedStatus === HabilitationStatus.SUSPENDED);
  if (suspended)
    throw new DomainError(
      ErrorCode.NOT_HABILITATED,
      `L'habilitation évaluateur ${certificationLabel} de cet établissement est suspendue : il ne peut pas ${a.refused}.`,
      { field: "certificationCode" },
    );
  if (granted.length)
    throw new DomainError(
      ErrorCode.NOT_HABILITATED,
      `L'habilitation évaluateur ${certificationLabel} de cet établissement ne couvre pas ${a.what}.`,
      { field: a.dateField },
    );
  throw new DomainError(ErrorCode.NOT_HABILITATED, `Cet établissement n'est pas habilité comme évaluateur pour ${certificationLabel}.`, {
    field: "certificationCode",
  });
}

/** EVALUATOR_NOT_ASSIGNED unless `evaluatorId` holds a current EVALUATOR assignment at the establishment. */
export async function assertEvaluatorAssigned(
  ctx: RequestContext,
  establishmentId: string,
  evaluatorId: string,
  field = "evaluatorId",
): Promise<void> {
  const assigned =
    isUuid(evaluatorId) &&
    (await scopedQuery(ctx, RoleAssignment, "ra")
      .andWhere(`ra."userId" = :u AND ra."establishmentId" = :e AND ra.role = :r AND ra."endedOn" IS NULL`, {
        u: evaluatorId,
        e: establishmentId,
        r: HabilitationRole.EVALUATOR,
      })
      .getExists());
  if (!assigned)
    throw new DomainError(ErrorCode.EVALUATOR_NOT_ASSIGNED, "Cette personne n'est pas affectée comme évaluateur à cet établissement.", {
      field,
    });
}
