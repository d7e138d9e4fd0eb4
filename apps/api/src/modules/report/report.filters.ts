import {
  DossierState,
  EntryStatus,
  EvaluationSessionKind,
  EvaluationStatus,
  FunderType,
  FundingStatus,
  FundingStep,
  Gender,
  Prescriber,
  QualificationLevel,
  TrainingPathStatus,
} from "@clea/schema";
import { defineFilter, type FilterDefinition } from "../../core/filter/define.js";
import { Candidate } from "../candidate/candidate.entity.js";
import "../candidate/candidate.scope.js";
import { Certificate } from "../certificate/certificate.entity.js";
import "../certificate/certificate.scope.js";
import { Establishment } from "../establishment/establishment.entity.js";
import "../establishment/establishment.scope.js";
import { Evaluation } from "../evaluation/evaluation.entity.js";
import "../evaluation/evaluation.scope.js";
import { FundingLine } from "../funding/funding-line.entity.js";
import "../funding/funding.scope.js";
import { TrainingPath } from "../training/training-path.entity.js";
import "../training/training-path.scope.js";
import "../dossier/dossier.scope.js";

/**
 * The filters of the aggregates (docs/adr/0014): one `defineFilter` definition per kind of row a
 * subject has, compiled on that row's alias. Relations become `EXISTS` with the related entity's
 * own scope. The candidate part offers only statistical fields — never a name, a birth date or
 * an address: an aggregate filter must not become a way to single someone out.
 */
const e = (values: object, name: string) => ({ kind: { enum: values, name } });

export const reportCandidateFilter: FilterDefinition = defineFilter("ReportCandidate", {
  description: "Candidat (champs statistiques seulement)",
  fields: {
    gender: e(Gender, "Gender"),
    entryStatus: e(EntryStatus, "EntryStatus"),
    qualificationLevel: e(QualificationLevel, "QualificationLevel"),
    prescriber: e(Prescriber, "Prescriber"),
  },
});

export const reportEstablishmentFilter: FilterDefinition = defineFilter("ReportEstablishment", {
  description: "Établissement",
  fields: { id: "id", organisationId: "id", regionCode: "string", departmentCode: "string", name: "string" },
});

export const reportEvaluationFilter: FilterDefinition = defineFilter("ReportEvaluation", {
  description: "Évaluation",
  fields: {
    kind: e(EvaluationSessionKind, "EvaluationSessionKind"),
    status: e(EvaluationStatus, "EvaluationStatus"),
    plannedOn: "date",
    heldOn: "date",
    evaluatorId: "id",
    establishmentId: "id",
  },
});

export const reportTrainingPathFilter: FilterDefinition = defineFilter("ReportTrainingPath", {
  description: "Parcours de formation",
  fields: {
    status: e(TrainingPathStatus, "TrainingPathStatus"),
    trainingOrganisation: "string",
    startsOn: "date",
    endsOn: "date",
    completedOn: "date",
  },
});

export const reportFundingLineFilter: FilterDefinition = defineFilter("ReportFundingLine", {
  description: "Ligne de financement",
  fields: {
    step: e(FundingStep, "FundingStep"),
    funderType: e(FunderType, "FunderType"),
    status: e(FundingStatus, "FundingStatus"),
    amount: "decimal",
  },
});

export const reportCertificateFilter: FilterDefinition = defineFilter("ReportCertificate", {
  description: "Certificat",
  fields: { issuedOn: "date" },
});

export const reportDossierFilter: FilterDefinition = defineFilter("ReportDossier", {
  description: "Dossier",
  fields: {
    state: e(DossierState, "DossierState"),
    openedOn: "date",
    preliminaryDate: "date",
    windowEndsOn: "date",
    certificationId: "id",
    certificationCode: { kind: "string", sql: (a) => `(SELECT cf.code FROM certification cf WHERE cf.id = ${a}."certificationId")`, description: "Code de la certification (CLEA, CLEA_NUMERIQUE…)" },
    referentialId: "id",
    networkId: "id",
    establishmentId: "id",
  },
  relations: {
    candidate: { target: () => reportCandidateFilter, entity: Candidate, on: (o, i) => `${i}.id = ${o}."candidateId"`, description: "Son candidat" },
    establishment: { target: () => reportEstablishmentFilter, entity: Establishment, on: (o, i) => `${i}.id = ${o}."establishmentId"`, description: "Son établissement" },
    evaluations: { target: () => reportEvaluationFilter, entity: Evaluation, on: (o, i) => `${i}."dossierId" = ${o}.id`, description: "Une de ses évaluations" },
    trainingPaths: { target: () => reportTrainingPathFilter, entity: TrainingPath, on: (o, i) => `${i}."dossierId" = ${o}.id`, description: "Un de ses parcours" },
    fundingLines: { target: () => reportFundingLineFilter, entity: FundingLine, on: (o, i) => `${i}."dossierId" = ${o}.id`, description: "Une de ses lignes de financement" },
    certificate: { target: () => reportCertificateFilter, entity: Certificate, on: (o, i) => `${i}."dossierId" = ${o}.id`, description: "Son certificat" },
  },
});

export const reportFilterInputs = {
  dossier: reportDossierFilter.input,
  evaluation: reportEvaluationFilter.input,
  trainingPath: reportTrainingPathFilter.input,
  fundingLine: reportFundingLineFilter.input,
  certificate: reportCertificateFilter.input,
};
