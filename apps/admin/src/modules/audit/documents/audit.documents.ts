import { gql } from "@apollo/client/core";

/** GraphQL documents of the audit screen. */
export const AUDIT_EVENTS = gql`
  query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter, $orderBy: [AuditEventOrder!]) {
    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
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
          occurredAt
          actorId
          actorRoles
          action
          entityType
          entityId
          changedFields
        }
      }
    }
  }
`;

/**
 * The author of an event: AuditEvent has only `actorId`, so each distinct author is read once
 * (cached by id). A network manager may not see every author (an ADMIN acting on their network):
 * the API answers NOT_FOUND and the screen shows a short identifier instead.
 */
export const AUDIT_ACTOR = gql`
  query AuditActor($id: ID!) {
    user(id: $id) {
      id
      displayName
      email
    }
  }
`;
