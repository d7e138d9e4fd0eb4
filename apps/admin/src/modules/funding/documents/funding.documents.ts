import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the dossier page's funding panel. */

export const LINE = graphql(`
  fragment FundingLineFields on FundingLine {
    id
    step
    funderType
    funderReference
    amount
    status
    updatedAt
  }
`);

export const DOSSIER_FUNDING = graphql(`
  query DossierFunding($id: ID!) {
    dossier(id: $id) {
      id
      fundingLines {
        ...FundingLineFields
      }
    }
  }
`);

export const ADD_FUNDING_LINE = graphql(`
  mutation AddFundingLine($input: AddFundingLineInput!) {
    addFundingLine(input: $input) {
      ...FundingLineFields
    }
  }
`);

export const UPDATE_FUNDING_LINE = graphql(`
  mutation UpdateFundingLine($id: ID!, $input: UpdateFundingLineInput!) {
    updateFundingLine(id: $id, input: $input) {
      ...FundingLineFields
    }
  }
`);

export const CANCEL_FUNDING_LINE = graphql(`
  mutation CancelFundingLine($id: ID!) {
    cancelFundingLine(id: $id) {
      ...FundingLineFields
    }
  }
`);
