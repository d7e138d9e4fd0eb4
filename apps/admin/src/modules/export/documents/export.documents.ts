import { gql } from "@apollo/client/core";

/** The fields of a background export the SPA shows (apps/api modules/export, ADR 0015). */
const EXPORT_JOB_FIELDS = `
  id
  list
  format
  frenchFormats
  status
  processed
  total
  downloadUrl
  errorMessage
  createdAt
  finishedAt
  expiresAt
`;

/** Starts a large export as a background job; its `filter` is the list's own filter, passed through. */
export const START_EXPORT = gql`
  mutation StartExport($input: StartExportInput!) {
    startExport(input: $input) {
      ${EXPORT_JOB_FIELDS}
    }
  }
`;

export const CANCEL_EXPORT = gql`
  mutation CancelExport($id: ID!) {
    cancelExport(id: $id) {
      ${EXPORT_JOB_FIELDS}
    }
  }
`;

export const EXPORT_JOB = gql`
  query ExportJob($id: ID!) {
    exportJob(id: $id) {
      ${EXPORT_JOB_FIELDS}
    }
  }
`;

/** The user's background exports, newest first. */
export const EXPORT_JOBS = gql`
  query ExportJobs($first: Int, $after: String) {
    exportJobs(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { ${EXPORT_JOB_FIELDS} } }
    }
  }
`;
