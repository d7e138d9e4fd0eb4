import { graphql } from "../../../shared/graphql/generated/index.ts";

/** The fields of a background export the SPA shows (apps/api modules/export, ADR 0015). */
export const EXPORT_JOB_FIELDS = graphql(`
  fragment ExportJobFields on ExportJobView {
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
  }
`);

/** Starts a large export as a background job; its `filter` is the list's own filter, passed through. */
export const START_EXPORT = graphql(`
  mutation StartExport($input: StartExportInput!) {
    startExport(input: $input) {
      ...ExportJobFields
    }
  }
`);

export const CANCEL_EXPORT = graphql(`
  mutation CancelExport($id: ID!) {
    cancelExport(id: $id) {
      ...ExportJobFields
    }
  }
`);

export const EXPORT_JOB = graphql(`
  query ExportJob($id: ID!) {
    exportJob(id: $id) {
      ...ExportJobFields
    }
  }
`);

/** The user's background exports, newest first. */
export const EXPORT_JOBS = graphql(`
  query ExportJobs($first: Int, $after: String) {
    exportJobs(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...ExportJobFields
        }
      }
    }
  }
`);
