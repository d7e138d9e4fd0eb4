import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the establishment screens. */

/** A row of the establishments list. */
export const ESTABLISHMENT_ROW = graphql(`
  fragment EstablishmentRow on Establishment {
    id
    name
    siret
    city
    departmentCode
    status
    organisation {
      id
      legalName
    }
  }
`);

export const ESTABLISHMENTS = graphql(`
  query Establishments(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: EstablishmentFilter
    $orderBy: [EstablishmentOrder!]
  ) {
    establishments(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...EstablishmentRow
        }
      }
    }
  }
`);

export const ESTABLISHMENT = graphql(`
  query Establishment($id: ID!) {
    establishment(id: $id) {
      id
      organisationId
      siret
      name
      addressLine
      postalCode
      city
      departmentCode
      regionCode
      status
      closedOn
      department {
        code
        name
      }
      region {
        code
        name
      }
      organisation {
        id
        legalName
        siren
      }
      network {
        id
        name
      }
      habilitations {
        ...HabilitationFields
      }
    }
  }
`);

/** Organisations to choose from when an establishment is created from the list. */
export const ORGANISATION_CHOICES = graphql(`
  query OrganisationChoices($search: String) {
    organisations(first: 100, filter: { search: { contains: $search } }) {
      edges {
        node {
          id
          legalName
          siren
        }
      }
    }
  }
`);
export const ORGANISATION_BRIEF = graphql(`
  query OrganisationBrief($id: ID!) {
    organisation(id: $id) {
      id
      legalName
      siren
    }
  }
`);

export const CREATE_ESTABLISHMENT = graphql(`
  mutation CreateEstablishment($input: CreateEstablishmentInput!) {
    createEstablishment(input: $input) {
      id
      name
    }
  }
`);
export const UPDATE_ESTABLISHMENT = graphql(`
  mutation UpdateEstablishment($id: ID!, $input: UpdateEstablishmentInput!) {
    updateEstablishment(id: $id, input: $input) {
      id
      name
      addressLine
      postalCode
      city
      departmentCode
      regionCode
    }
  }
`);

export const CLOSE_ESTABLISHMENT = graphql(`
  mutation CloseEstablishment($id: ID!, $closedOn: LocalDate!) {
    closeEstablishment(id: $id, closedOn: $closedOn) {
      id
      status
      closedOn
    }
  }
`);
export const REOPEN_ESTABLISHMENT = graphql(`
  mutation ReopenEstablishment($id: ID!) {
    reopenEstablishment(id: $id) {
      id
      status
      closedOn
    }
  }
`);
