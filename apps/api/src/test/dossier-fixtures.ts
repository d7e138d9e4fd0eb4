/**
 * Builders for the dossier-process tests (modules dossier, evaluation, training): an evaluation
 * centre habilitated for CléA with an evaluator, candidates, and dossiers taken through the real
 * GraphQL API to the state a test needs.
 */
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { Role } from "@clea/schema";
import { todayInFrance } from "../core/dates.js";
import { createUser, type TestUser } from "./auth-fixtures.js";
import type { TestApi } from "./helpers.js";
import { changeStatus, createEstablishment, createHabilitation, ok } from "./organisation-fixtures.js";

export const TODAY = todayInFrance();
export const HABILITATION_VALID = { startDate: "2025-01-01", endDate: "2099-12-31" };

let nic = 100 + Math.floor(Math.random() * 800);

export interface Centre {
  establishment: { id: string; networkId: string };
  evaluator: TestUser;
}

/** An establishment of `organisation` habilitated as CléA EVALUATOR (unless `habilitation: null`), with an evaluator. */
export async function evaluationCentre(
  api: TestApi,
  organisation: { id: string; siren: string },
  options: { habilitation?: Record<string, string> | null } = {},
): Promise<Centre> {
  const establishment = await createEstablishment(api, organisation, { name: `Centre d'évaluation ${nic}`, nic: nic++ });
  if (options.habilitation !== null) {
    const h = await createHabilitation(api, establishment.id, "CLEA", "EVALUATOR");
    const granted = await changeStatus(api, h.id, "GRANT", options.habilitation ?? HABILITATION_VALID);
    expect(granted.errors, JSON.stringify(granted.errors)).toBeUndefined();
  }
  const evaluator = await createUser(api, {
    displayName: "Évaluatrice de test",
    grants: [{ role: Role.EVALUATOR, networkId: establishment.networkId, establishmentId: establishment.id }],
  });
  return { establishment, evaluator };
}

/** A new candidate of the establishment (unique names, so no likely duplicate). */
export async function newCandidate(api: TestApi, establishmentId: string): Promise<{ id: string }> {
  const suffix = randomBytes(3).toString("hex");
  const data = await ok(api, `mutation($i: CreateCandidateInput!) { createCandidate(input: $i, confirmLikelyDuplicate: true) { id } }`, {
    i: {
      establishmentId,
      lastName: `Martin-${suffix}`,
      firstNames: "Camille",
      birthDate: "1988-06-02",
      birthPlace: "Brest",
      gender: "FEMALE",
      email: `camille.${suffix}@exemple.fr`,
      entryStatus: "EMPLOYEE",
      qualificationLevel: "LEVEL_3_CAP_BEP",
      prescriber: "EMPLOYER",
    },
  });
  return data.createCandidate;
}

/** Criterion codes of the PUBLISHED CléA version, by domain code, in the référentiel's order. */
export async function cleaCriteria(api: TestApi): Promise<Map<string, string[]>> {
  const rows: { domain: string; criterion: string }[] = await api.ds.query(
    `SELECT d.code AS domain, c.code AS criterion
       FROM criterion c JOIN sub_domain s ON s.id = c."subDomainId" JOIN domain d ON d.id = s."domainId"
       JOIN referential r ON r.id = d."referentialId" JOIN certification cert ON cert.id = r."certificationId"
      WHERE cert.code = 'CLEA' AND r.status = 'PUBLISHED'
      ORDER BY d.position, s.position, c.position`,
  );
  const byDomain = new Map<string, string[]>();
  for (const r of rows) byDomain.set(r.domain, [...(byDomain.get(r.domain) ?? []), r.criterion]);
  return byDomain;
}

/** A result for every criterion of `domains`: all ACQUIRED except the domains listed as missing (all NOT_ACQUIRED). */
export function resultsFor(criteria: Map<string, string[]>, domains: readonly string[], missing: readonly string[] = []) {
  return domains.flatMap((d) =>
    (criteria.get(d) ?? []).map((criterionCode) => ({ criterionCode, result: missing.includes(d) ? "NOT_ACQUIRED" : "ACQUIRED" })),
  );
}

export const DOSSIER_FIELDS = `id state version networkId establishmentId candidateId openedOn preliminaryDate windowEndsOn allowedActions`;
export const OPEN = `mutation($i: OpenDossierInput!) { openDossier(input: $i) { ${DOSSIER_FIELDS} referential { id status } } }`;
export const PLAN_PRELIMINARY = `mutation($i: PlanPreliminaryEvaluationInput!) { planPreliminaryEvaluation(input: $i) { ${DOSSIER_FIELDS} } }`;
export const RECORD_PRELIMINARY = `mutation($i: RecordEvaluationInput!) { recordPreliminaryEvaluation(input: $i) { ${DOSSIER_FIELDS} } }`;
export const PLAN_FINAL = `mutation($i: PlanFinalEvaluationInput!) { planFinalEvaluation(input: $i) { ${DOSSIER_FIELDS} } }`;
export const RECORD_FINAL = `mutation($i: RecordEvaluationInput!) { recordFinalEvaluation(input: $i) { ${DOSSIER_FIELDS} } }`;
export const PLAN_TRAINING = `mutation($i: PlanTrainingPathInput!) { planTrainingPath(input: $i) {
  id status dossierId trainerName trainer { id } domains { domain { code } plannedHours actualHours } } }`;

export interface DossierRef {
  id: string;
  version: number;
  state: string;
  networkId: string;
  establishmentId: string;
  candidateId: string;
  openedOn: string;
  preliminaryDate: string | null;
  windowEndsOn: string | null;
  allowedActions: string[];
}

/** Opens a dossier for a new candidate of the centre. */
export async function openedDossier(api: TestApi, centre: Centre): Promise<DossierRef> {
  const candidate = await newCandidate(api, centre.establishment.id);
  return (await ok(api, OPEN, { i: { candidateId: candidate.id, certificationCode: "CLEA" } })).openDossier;
}

/** A dossier whose évaluation préalable is planned today with the centre's evaluator. */
export async function preliminaryPlanned(api: TestApi, centre: Centre): Promise<DossierRef> {
  const d = await openedDossier(api, centre);
  return (
    await ok(api, PLAN_PRELIMINARY, { i: { dossierId: d.id, version: d.version, plannedOn: TODAY, evaluatorId: centre.evaluator.id } })
  ).planPreliminaryEvaluation;
}

/** A dossier whose évaluation préalable was held today with `missing` domains not acquired. */
export async function afterPreliminary(
  api: TestApi,
  centre: Centre,
  criteria: Map<string, string[]>,
  missing: readonly string[],
): Promise<DossierRef> {
  const d = await preliminaryPlanned(api, centre);
  const results = resultsFor(criteria, [...criteria.keys()], missing);
  return (
    await ok(api, RECORD_PRELIMINARY, {
      i: { dossierId: d.id, version: d.version, heldOn: TODAY, durationMinutes: 420, context: "Logistique", results },
    })
  ).recordPreliminaryEvaluation;
}

/** Plans a training path on `domains` (10 hours each) with a named trainer or a trainer account. */
export async function trainingOn(
  api: TestApi,
  dossierId: string,
  domains: readonly string[],
  trainer: { trainerId?: string; trainerName?: string } = { trainerName: "Jeanne Formatrice" },
) {
  return (
    await ok(api, PLAN_TRAINING, {
      i: {
        dossierId,
        trainingOrganisation: "GRETA de Bretagne",
        ...trainer,
        startsOn: TODAY,
        endsOn: "2027-06-30",
        domains: domains.map((domainCode) => ({ domainCode, plannedHours: "10" })),
      },
    })
  ).planTrainingPath as { id: string; status: string };
}
