import { certificateList } from "../certificate/index.js";
import { dossierList } from "../dossier/index.js";
import { evaluationList } from "../evaluation/index.js";
import { fundingLineList } from "../funding/index.js";
import { trainingPathList } from "../training/index.js";

/**
 * The filters of the aggregates are the lists' own (docs/adr/0014, 0019): a report and a list
 * given the same filter count the same rows. Each part is compiled on the alias of that kind of
 * row in the subject's query. A candidate's identity fields match only rows whose personal data
 * the caller may read, so an aggregate filter cannot single out an identity either.
 */
export const reportDossierFilter = dossierList.filter;
export const reportEvaluationFilter = evaluationList.filter;
export const reportTrainingPathFilter = trainingPathList.filter;
export const reportFundingLineFilter = fundingLineList.filter;
export const reportCertificateFilter = certificateList.filter;

export const reportFilterInputs = {
  dossier: reportDossierFilter.input,
  evaluation: reportEvaluationFilter.input,
  trainingPath: reportTrainingPathFilter.input,
  fundingLine: reportFundingLineFilter.input,
  certificate: reportCertificateFilter.input,
};
