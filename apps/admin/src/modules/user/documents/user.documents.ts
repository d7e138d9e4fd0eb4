import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the user screens. */
export const ROLE_FIELDS = graphql(`
  fragment RoleFields on RoleAssignment {
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
  }
`);

/** A row of the users list. */
export const USER_ROW = graphql(`
  fragment UserRow on User {
    id
    email
    displayName
    status
    invitationPending
    lastSignInAt
    roles {
      ...RoleFields
    }
  }
`);

export const USERS = graphql(`
  query Users($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter, $orderBy: [UserOrder!]) {
    users(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const USER = graphql(`
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
        ...RoleFields
      }
    }
  }
`);

export const INVITE_USER = graphql(`
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
`);

export const SET_USER_ROLES = graphql(`
  mutation SetUserRoles($id: ID!, $roles: [RoleGrantInput!]!) {
    setUserRoles(id: $id, roles: $roles) {
      id
      roles {
        ...RoleFields
      }
    }
  }
`);

export const RESEND_INVITATION = graphql(`
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
`);

export const DEACTIVATE_USER = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      status
    }
  }
`);

export const REACTIVATE_USER = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      status
    }
  }
`);

/** Networks an ADMIN may scope a role to (a network manager picks among their own). */
export const NETWORK_CHOICES = graphql(`
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
`);

/** Establishments matching a search, within what the inviter sees (the API scopes the list). */
export const ESTABLISHMENT_CHOICES = graphql(`
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
`);
