import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the audit screen. */

/** A row of the audit trail. */
export const AUDIT_EVENT_ROW = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    occurredAt
    actorId
    actorRoles
    action
    entityType
    entityId
    changedFields
  }
`);

export const AUDIT_EVENTS = graphql(`
  query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter, $orderBy: [AuditEventOrder!]) {
    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...AuditEventRow
        }
      }
    }
  }
`);

/**
 * The author of an event: AuditEvent has only `actorId`, so each distinct author is read once
 * (cached by id). A network manager may not see every author (an ADMIN acting on their network):
 * the API answers NOT_FOUND and the screen shows a short identifier instead.
 */
export const AUDIT_ACTOR = graphql(`
  query AuditActor($id: ID!) {
    user(id: $id) {
      id
      displayName
      email
    }
  }
`);
