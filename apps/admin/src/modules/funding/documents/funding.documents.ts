import { gql } from "@apollo/client/core";

/** GraphQL documents of the dossier page's funding panel. */

const LINE = `
  id
  step
  funderType
  funderReference
  amount
  status
  updatedAt
`;

export const DOSSIER_FUNDING = gql`
  query DossierFunding($id: ID!) {
    dossier(id: $id) {
      id
      fundingLines {
        ${LINE}
      }
    }
  }
`;

export const ADD_FUNDING_LINE = gql`
  mutation AddFundingLine($input: AddFundingLineInput!) {
    addFundingLine(input: $input) {
      ${LINE}
    }
  }
`;

export const UPDATE_FUNDING_LINE = gql`
  mutation UpdateFundingLine($id: ID!, $input: UpdateFundingLineInput!) {
    updateFundingLine(id: $id, input: $input) {
      ${LINE}
    }
  }
`;

export const CANCEL_FUNDING_LINE = gql`
  mutation CancelFundingLine($id: ID!) {
    cancelFundingLine(id: $id) {
      ${LINE}
    }
  }
`;
