import { gql } from "@apollo/client/core";

/** GraphQL documents of the user screens. */
const ROLE_FIELDS = `
  role
  networkId
  establishmentId
  network {
    id
    name
  }
  establishment {
    id
    name
  }
`;

export const USERS = gql`
  query Users($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter, $orderBy: [UserOrder!]) {
    users(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
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
          email
          displayName
          status
          invitationPending
          lastSignInAt
          roles {
            ${ROLE_FIELDS}
          }
        }
      }
    }
  }
`;

export const USER = gql`
  query User($id: ID!) {
    user(id: $id) {
      id
      email
      displayName
      status
      invitationPending
      createdAt
      lastSignInAt
      roles {
        ${ROLE_FIELDS}
      }
    }
  }
`;

export const INVITE_USER = gql`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      link
      expiresAt
      user {
        id
        email
        displayName
      }
    }
  }
`;

export const SET_USER_ROLES = gql`
  mutation SetUserRoles($id: ID!, $roles: [RoleGrantInput!]!) {
    setUserRoles(id: $id, roles: $roles) {
      id
      roles {
        ${ROLE_FIELDS}
      }
    }
  }
`;

export const RESEND_INVITATION = gql`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      link
      expiresAt
      user {
        id
        email
        displayName
      }
    }
  }
`;

export const DEACTIVATE_USER = gql`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      status
    }
  }
`;

export const REACTIVATE_USER = gql`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      status
    }
  }
`;

/** Networks an ADMIN may scope a role to (a network manager picks among their own). */
export const NETWORK_CHOICES = gql`
  query NetworkChoices {
    networks(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

/** Establishments matching a search, within what the inviter sees (the API scopes the list). */
export const ESTABLISHMENT_CHOICES = gql`
  query EstablishmentChoices($search: String) {
    establishments(first: 50, filter: { search: { contains: $search } }) {
      edges {
        node {
          id
          name
          city
          siret
        }
      }
    }
  }
`;
