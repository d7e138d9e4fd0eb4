import { gql } from "@apollo/client/core";

/** GraphQL documents of the network and organisation screens. */
export const NETWORKS = gql`
  query Networks($first: Int, $after: String, $last: Int, $before: String, $filter: NetworkFilter, $orderBy: [NetworkOrder!]) {
    networks(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          organisationCount
          establishmentCount
        }
      }
    }
  }
`;

export const NETWORK = gql`
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
`;

export const CREATE_NETWORK = gql`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      name
      kind
    }
  }
`;
export const UPDATE_NETWORK = gql`
  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {
    updateNetwork(id: $id, input: $input) {
      id
      name
      kind
    }
  }
`;

export const ORGANISATION = gql`
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
`;

export const CREATE_ORGANISATION = gql`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      legalName
    }
  }
`;
export const UPDATE_ORGANISATION = gql`
  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      legalName
      trainingDeclarationNumber
      qualiopiValidUntil
    }
  }
`;

/** What needs attention in a network: habilitations ending soon, Qualiopi past, no evaluator. */
export const NETWORK_ATTENTION = gql`
  query NetworkAttention($networkId: ID) {
    networkAttention(networkId: $networkId) {
      today
      horizonDays
      expiringHabilitations(first: 100) {
        totalCount
        edges {
          node {
            id
            role
            endDate
            certification {
              id
              name
            }
            establishment {
              id
              name
            }
          }
        }
      }
      organisationsWithExpiredQualiopi(first: 100) {
        totalCount
        edges {
          node {
            id
            legalName
            qualiopiValidUntil
          }
        }
      }
      establishmentsWithoutEvaluator(first: 100) {
        totalCount
        edges {
          node {
            id
            name
            city
          }
        }
      }
      sessionsOverCapacity(first: 100) {
        totalCount
        edges {
          node {
            id
            startsAt
            capacity
            enrolled
            establishmentId
            establishment {
              id
              name
            }
          }
        }
      }
    }
  }
`;

/** The network's key figures (counted by the API in SQL, within the caller's scope). */
export const NETWORK_OVERVIEW = gql`
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
`;
