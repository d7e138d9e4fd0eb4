import { gql } from "@apollo/client/core";

/** Saving the built report (apps/api modules/saved-report): its operation text, a name and who sees it. */
export const CREATE_SAVED_REPORT = gql`
  mutation CreateSavedReport($input: CreateSavedReportInput!) {
    createSavedReport(input: $input) {
      id
      name
      visibility
      networkId
    }
  }
`;
