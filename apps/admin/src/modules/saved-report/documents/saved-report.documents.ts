import { graphql } from "../../../shared/graphql/generated/index.ts";

/** Saving the built report (apps/api modules/saved-report): its operation text, a name and who sees it. */
export const CREATE_SAVED_REPORT = graphql(`
  mutation CreateSavedReport($input: CreateSavedReportInput!) {
    createSavedReport(input: $input) {
      id
      name
      visibility
      networkId
    }
  }
`);

export const SAVED_REPORT_FIELDS = graphql(`
  fragment SavedReportFields on SavedReport {
    id
    name
    visibility
    networkId
    ownerId
    owner {
      id
      displayName
    }
    updatedAt
    canEdit
  }
`);

/** The saved reports one may see (one's own, one's networks', the public ones), by name. */
export const SAVED_REPORTS = graphql(`
  query SavedReports($first: Int, $after: String) {
    savedReports(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...SavedReportFields
        }
      }
    }
  }
`);

/** One saved report with what reopens it in the builder: its operation and variables. */
export const SAVED_REPORT = graphql(`
  query SavedReport($id: ID!) {
    savedReport(id: $id) {
      ...SavedReportFields
      description
      document
      variables
    }
  }
`);

export const UPDATE_SAVED_REPORT = graphql(`
  mutation UpdateSavedReport($id: ID!, $input: UpdateSavedReportInput!) {
    updateSavedReport(id: $id, input: $input) {
      ...SavedReportFields
    }
  }
`);

export const DELETE_SAVED_REPORT = graphql(`
  mutation DeleteSavedReport($id: ID!) {
    deleteSavedReport(id: $id)
  }
`);

/** Runs a saved report as the caller (their scope, their budget); `data` is the operation's answer. */
export const RUN_SAVED_REPORT = graphql(`
  mutation RunSavedReport($id: ID!) {
    runSavedReport(id: $id) {
      data
      errors {
        message
        code
        path
      }
      cost
    }
  }
`);
