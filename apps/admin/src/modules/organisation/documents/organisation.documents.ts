import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the organisation screens. */

export const ORGANISATION = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      networkId
      siren
      legalName
      trainingDeclarationNumber
      qualiopiValidUntil
      establishmentCount
      network {
        id
        name
      }
      establishments(first: 100) {
        totalCount
        edges {
          node {
            id
            name
            siret
            city
            departmentCode
            status
          }
        }
      }
    }
  }
`);

export const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      legalName
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      legalName
      trainingDeclarationNumber
      qualiopiValidUntil
    }
  }
`);
