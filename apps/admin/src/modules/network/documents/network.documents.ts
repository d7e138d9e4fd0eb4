import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the network screens (organisations: modules/organisation). */

/** A row of the networks list. */
export const NETWORK_ROW = graphql(`
  fragment NetworkRow on Network {
    id
    name
    kind
    organisationCount
    establishmentCount
  }
`);

export const NETWORKS = graphql(`
  query Networks($first: Int, $after: String, $last: Int, $before: String, $filter: NetworkFilter, $orderBy: [NetworkOrder!]) {
    networks(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...NetworkRow
        }
      }
    }
  }
`);

export const NETWORK = graphql(`
  query Network($id: ID!) {
    network(id: $id) {
      id
      name
      kind
      organisationCount
      establishmentCount
      organisations(first: 100) {
        totalCount
        edges {
          node {
            id
            siren
            legalName
            establishmentCount
          }
        }
      }
    }
    establishments(first: 100, filter: { networkId: { eq: $id } }) {
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
`);

export const CREATE_NETWORK = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      name
      kind
    }
  }
`);
export const UPDATE_NETWORK = graphql(`
  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {
    updateNetwork(id: $id, input: $input) {
      id
      name
      kind
    }
  }
`);

/** The network's key figures (counted by the API in SQL, within the caller's scope). */
export const NETWORK_OVERVIEW = graphql(`
  query NetworkOverview($networkId: ID!) {
    networkOverview(networkId: $networkId) {
      networkId
      today
      establishmentsOpen
      establishmentsClosed
      staff
      upcomingSessions
      activeHabilitations
      habilitationsByCertification {
        certificationCode
        certificationName
        role
        count
      }
      regions {
        regionCode
        regionName
        establishments
        habilitations
      }
    }
  }
`);
