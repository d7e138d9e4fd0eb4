/**
 * The one implementation of each guard of the dossier process (`DossierGuard`, packages/schema
 * dossier.ts). `transitionDossier` runs exactly the guards an action lists: the prerequisites
 * itself (they need only the dossier and today), the others through the `guard` function it hands
 * to the action's work, which supplies their input (a date, an evaluator, results); it refuses to
 * commit when the work ran other guards than those listed. `allowedActions` runs the
 * prerequisites, so that the SPA offers only what the dossier's state, window and history allow.
 */
import { ErrorCode, TrainingPathStatus, isWindowOver, type CriterionResultValue, type DossierGuard, type FieldProblem } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { frenchDate } from "../../core/dates.js";
import { DomainError, InputError } from "../../core/errors.js";
import { loadChildren } from "../../core/loaders.js";
import { assertEstablishmentHabilitated, assertEvaluatorAssigned } from "../habilitation/index.js";
import { Establishment } from "../establishment/index.js";
import { Certification } from "../referential/index.js";
import { domainStatusesOf, domainsNotValidOn } from "./domain-status.js";
import type { Dossier } from "./dossier.entity.js";

/** What the guards read of a training path (the training module's entity, read by name). */
interface TrainingPathRow {
  dossierId: string;
  status: TrainingPathStatus;
  startsOn: string;
  createdAt: Date;
}

/** What every guard sees: the transaction (or request), the dossier as locked, today in France. */
export interface GuardScope {
  tx: RequestContext;
  dossier: Dossier;
  today: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The guards decidable from the dossier and today alone: run before the work, and by `allowedActions`. */
const prerequisites = {
  /** WINDOW_EXPIRED once the 5-year window from the évaluation préalable is over. */
  async WITHIN_WINDOW({ dossier, today }: GuardScope): Promise<void> {
    if (isWindowOver(dossier.windowEndsOn, today))
      throw new DomainError(
        ErrorCode.WINDOW_EXPIRED,
        `Le délai de 5 ans depuis l'évaluation préalable a pris fin le ${frenchDate(dossier.windowEndsOn!)} : ce dossier va être clos comme expiré, et un nouveau dossier avec une nouvelle évaluation préalable est nécessaire.`,
        { windowEndsOn: dossier.windowEndsOn },
      );
  },

  /** Only the daily job expires a dossier, once its window is over. */
  async WINDOW_OVER({ dossier, today }: GuardScope): Promise<void> {
    if (!isWindowOver(dossier.windowEndsOn, today))
      throw new DomainError(ErrorCode.INVALID_TRANSITION, "Le délai de 5 ans de ce dossier n'est pas terminé : il ne peut pas expirer.");
  },

  /**
   * TRAINING_PATH_REQUIRED until a training path (not cancelled) exists. Read through the
   * request's loader of a dossier's paths: a page of dossiers asking their allowed actions (and
   * their paths) costs one statement, not one per dossier.
   */
  async TRAINING_PATH_PLANNED({ tx, dossier }: GuardScope): Promise<void> {
    // By name, not by import: the training module depends on this one (docs/architecture.md, "Boundaries").
    const paths = await loadChildren<TrainingPathRow>(tx, "TrainingPath", "dossierId", dossier.id, { startsOn: "ASC", createdAt: "ASC" });
    if (!paths.some((p) => p.status !== TrainingPathStatus.CANCELLED))
      throw new DomainError(
        ErrorCode.TRAINING_PATH_REQUIRED,
        "Aucun parcours de formation n'est planifié pour ce dossier : planifiez d'abord la formation.",
      );
  },
} satisfies Partial<Record<DossierGuard, (g: GuardScope) => Promise<void>>>;

export type PrerequisiteGuard = keyof typeof prerequisites;

/** The guards that need the action's input: the work runs them through `guard(name, input)`. */
const withInput = {
  /** NOT_HABILITATED / HABILITATION_EXPIRED / ESTABLISHMENT_CLOSED on the day of an evaluation. */
  async ESTABLISHMENT_HABILITATED({ tx, dossier }: GuardScope, input: { day: string; refused: string; dateField: string }): Promise<void> {
    const establishment = await tx.em.getRepository(Establishment).findOneByOrFail({ id: dossier.establishmentId });
    const certification = await tx.em.getRepository(Certification).findOneByOrFail({ id: dossier.certificationId });
    await assertEstablishmentHabilitated(tx, {
      establishment,
      certification,
      first: input.day,
      last: input.day,
      what: `l'évaluation du ${frenchDate(input.day)}`,
      refused: input.refused,
      dateField: input.dateField,
    });
  },

  /** The evaluator holds a current EVALUATOR assignment at the dossier's establishment. */
  async EVALUATOR_ASSIGNED({ tx, dossier }: GuardScope, input: { evaluatorId: string }): Promise<void> {
    await assertEvaluatorAssigned(tx, dossier.establishmentId, input.evaluatorId);
  },

  /**
   * INCOMPLETE_EVALUATION unless `results` holds exactly one result for each of `expected`
   * criteria; the problems name every criterion missing, unknown or repeated. Returns the results by code.
   */
  async EVERY_CRITERION_SCORED(
    _g: GuardScope,
    input: {
      results: readonly { criterionCode: string; result: CriterionResultValue }[];
      expected: readonly string[];
      known: ReadonlyMap<string, unknown>;
    },
  ): Promise<Record<string, CriterionResultValue>> {
    const expectedSet = new Set(input.expected);
    const byCode: Record<string, CriterionResultValue> = {};
    const problems: FieldProblem[] = [];
    const unknown: string[] = [];
    const repeated = new Set<string>();
    for (const r of input.results) {
      const code = r.criterionCode.trim();
      if (!expectedSet.has(code)) {
        unknown.push(code);
        problems.push({
          field: `results.${code}`,
          message: input.known.has(code)
            ? `Le critère ${code} n'appartient pas aux domaines de cette évaluation.`
            : `Le critère ${code} n'existe pas dans la version du référentiel du dossier.`,
        });
      } else if (code in byCode) repeated.add(code);
      else byCode[code] = r.result;
    }
    for (const code of repeated) problems.push({ field: `results.${code}`, message: `Le critère ${code} a plusieurs résultats.` });
    const missing = input.expected.filter((c) => !(c in byCode));
    for (const code of missing) problems.push({ field: `results.${code}`, message: `Le critère ${code} n'a pas de résultat.` });
    if (problems.length) {
      const parts = [
        missing.length ? `${plural(missing.length, "critère", "critères")} sans résultat` : null,
        unknown.length ? `${plural(unknown.length, "critère", "critères")} hors de l'évaluation` : null,
        repeated.size ? `${plural(repeated.size, "critère", "critères")} en double` : null,
      ].filter(Boolean);
      throw new DomainError(ErrorCode.INCOMPLETE_EVALUATION, `Évaluation incomplète : ${parts.join(", ")}. Rien n'a été enregistré.`, {
        problems,
        missing,
        unknown,
        field: problems[0]!.field,
      });
    }
    return byCode;
  },

  /**
   * The domains of an évaluation finale, in the référentiel's order: known codes (BAD_USER_INPUT),
   * not acquired (DOMAIN_NOT_MISSING), each targeted by a training path not cancelled
   * (TRAINING_PATH_REQUIRED).
   */
  async ONLY_MISSING_DOMAINS(
    { tx, dossier }: GuardScope,
    input: { codes: readonly string[]; domainCodes: readonly string[] },
  ): Promise<string[]> {
    const wanted = new Set(input.codes.map((c) => c.trim()));
    const unknown = [...wanted].filter((c) => !input.domainCodes.includes(c));
    if (unknown.length)
      throw new InputError(
        unknown.map((c) => ({ field: "domainCodes", message: `Le domaine ${c} n'existe pas dans la version du référentiel du dossier.` })),
      );
    if (wanted.size === 0) throw new InputError([{ field: "domainCodes", message: "Choisissez au moins un domaine à évaluer." }]);
    const acquired = await acquiredAmong(tx, dossier, wanted);
    if (acquired.length)
      throw new DomainError(
        ErrorCode.DOMAIN_NOT_MISSING,
        `${acquired.length > 1 ? "Les domaines" : "Le domaine"} ${acquired.join(", ")} ${acquired.length > 1 ? "sont déjà acquis" : "est déjà acquis"} : l'évaluation finale ne porte que sur les domaines non acquis.`,
        { field: "domainCodes", domainCodes: acquired },
      );
    const rows: { code: string }[] = await tx.em.query(
      `SELECT DISTINCT dom.code FROM training_path tp
         JOIN training_path_domain tpd ON tpd."trainingPathId" = tp.id
         JOIN domain dom ON dom.id = tpd."domainId"
        WHERE tp."dossierId" = $1 AND tp.status <> $2`,
      [dossier.id, TrainingPathStatus.CANCELLED],
    );
    const trained = new Set(rows.map((r) => r.code));
    const untrained = [...wanted].filter((c) => !trained.has(c));
    if (untrained.length)
      throw new DomainError(
        ErrorCode.TRAINING_PATH_REQUIRED,
        `Aucun parcours de formation ne porte sur ${untrained.length > 1 ? "les domaines" : "le domaine"} ${untrained.join(", ")} : planifiez d'abord la formation.`,
        { field: "domainCodes", domainCodes: untrained },
      );
    return input.domainCodes.filter((c) => wanted.has(c));
  },

  /** The domains a training path is planned on: known (BAD_USER_INPUT) and not acquired (DOMAIN_NOT_MISSING). */
  async DOMAINS_NOT_ACQUIRED(
    { tx, dossier }: GuardScope,
    input: { codes: readonly string[]; domainCodes: readonly string[] },
  ): Promise<void> {
    const unknown = input.codes.filter((c) => !input.domainCodes.includes(c));
    if (unknown.length)
      throw new InputError(
        unknown.map((c) => ({ field: "domains", message: `Le domaine ${c} n'existe pas dans la version du référentiel du dossier.` })),
      );
    const acquired = await acquiredAmong(tx, dossier, new Set(input.codes));
    if (acquired.length)
      throw new DomainError(
        ErrorCode.DOMAIN_NOT_MISSING,
        `${acquired.length > 1 ? "Les domaines" : "Le domaine"} ${acquired.join(", ")} ${acquired.length > 1 ? "sont déjà acquis" : "est déjà acquis"} : un parcours ne porte que sur les domaines non acquis.`,
        { field: "domains", domainCodes: acquired },
      );
  },

  /** EVALUATOR_IS_TRAINER when the evaluator trains the candidate on one of the dossier's paths (not cancelled). */
  async EVALUATOR_NOT_TRAINER({ tx, dossier }: GuardScope, input: { evaluatorId: string }): Promise<void> {
    const rows: unknown[] = await tx.em.query(
      `SELECT 1 FROM training_path WHERE "dossierId" = $1 AND status <> $2 AND "trainerId" = $3 LIMIT 1`,
      [dossier.id, TrainingPathStatus.CANCELLED, input.evaluatorId],
    );
    if (rows.length)
      throw new DomainError(
        ErrorCode.EVALUATOR_IS_TRAINER,
        "Cette personne est formatrice du candidat sur un de ses parcours : elle ne peut pas conduire son évaluation finale. Choisissez un autre évaluateur.",
        { field: "evaluatorId" },
      );
  },

  /** DOMAINS_NOT_VALID unless every domain is acquired and still valid on `day` (a jury's date, or today). */
  async ALL_DOMAINS_VALID({ tx, dossier }: GuardScope, input: { day: string; juryDate: boolean }): Promise<void> {
    const statuses = (await domainStatusesOf(tx, [dossier.id])).get(dossier.id) ?? [];
    const codes = domainsNotValidOn(statuses, input.day);
    if (!codes.length) return;
    const when = input.juryDate ? `le ${frenchDate(input.day)}, date du jury` : "aujourd'hui";
    const list = codes.join(", ");
    throw new DomainError(
      ErrorCode.DOMAINS_NOT_VALID,
      codes.length === 1
        ? `Le domaine ${list} n'est pas acquis ou n'est plus valable ${when}.`
        : `Les domaines ${list} ne sont pas acquis ou ne sont plus valables ${when}.`,
      { domains: codes, date: input.day },
    );
  },
};

export type InputGuard = keyof typeof withInput;
type InputOf<G extends InputGuard> = Parameters<(typeof withInput)[G]>[1];
type ResultOf<G extends InputGuard> = Awaited<ReturnType<(typeof withInput)[G]>>;

/** Every guard, one implementation each (a guard missing here fails the type check: the keys must cover `DossierGuard`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each guard takes its own input
export const dossierGuards: Record<DossierGuard, (g: GuardScope, input: any) => Promise<unknown>> = { ...prerequisites, ...withInput };

export const isPrerequisite = (guard: DossierGuard): guard is PrerequisiteGuard => guard in prerequisites;

/** Runs the prerequisites among `guards`, in their order; the first refusal is thrown. */
export async function checkPrerequisites(scope: GuardScope, guards: readonly DossierGuard[]): Promise<void> {
  for (const g of guards) if (isPrerequisite(g)) await prerequisites[g](scope);
}

/** Whether the prerequisites among `guards` hold (for `allowedActions`). */
export async function prerequisitesHold(scope: GuardScope, guards: readonly DossierGuard[]): Promise<boolean> {
  try {
    await checkPrerequisites(scope, guards);
    return true;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
}

/** What the work of an action calls to run one of its guards that need input; it keeps count of those run. */
export type RunGuard = <G extends InputGuard>(guard: G, input: InputOf<G>) => Promise<ResultOf<G>>;

export function guardRunner(scope: GuardScope): { run: RunGuard; ran: Set<DossierGuard> } {
  const ran = new Set<DossierGuard>();
  const run = (async (guard: InputGuard, input: never) => {
    ran.add(guard);
    return (withInput[guard] as (g: GuardScope, i: never) => Promise<unknown>)(scope, input);
  }) as RunGuard;
  return { run, ran };
}

async function acquiredAmong(tx: RequestContext, dossier: Dossier, codes: ReadonlySet<string>): Promise<string[]> {
  const statuses = (await domainStatusesOf(tx, [dossier.id])).get(dossier.id) ?? [];
  return statuses.filter((s) => s.acquired && codes.has(s.code)).map((s) => s.code);
}
