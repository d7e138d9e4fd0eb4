import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the jury screens and of the dossier page's jury panel (docs/adr/0010-dossier-process.md). */

export const SESSION_ROW = graphql(`
  fragment JurySessionRow on JurySession {
    id
    organiser
    heldOn
    mode
    location
    closedAt
    certification {
      id
      code
      name
    }
    members {
      userId
      displayName
    }
    submissions {
      id
      decision
    }
  }
`);

export const JURY_SESSIONS = graphql(`
  query JurySessions($first: Int, $after: String, $last: Int, $before: String, $filter: JurySessionFilter, $orderBy: [JurySessionOrder!]) {
    jurySessions(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...JurySessionRow
        }
      }
    }
  }
`);

export const JURY_SESSION = graphql(`
  query JurySession($id: ID!, $withIdentity: Boolean = false) {
    jurySession(id: $id) {
      id
      organiser
      heldOn
      mode
      location
      closedAt
      certification {
        id
        code
        name
      }
      members {
        userId
        college
        displayName
      }
      submissions {
        id
        decision
        reason
        decidedAt
        createdAt
        certificate {
          id
          number
        }
        dossier {
          id
          version
          state
          allowedActions
          candidate {
            id
            pseudonym
            ... @include(if: $withIdentity) {
              lastName
              usualName
              firstNames
            }
          }
          establishment {
            id
            name
          }
          domainStatuses {
            acquired
            acquiredOn
            validUntil
            domain {
              id
              code
              title
            }
          }
        }
      }
    }
  }
`);

/** Accounts that may sit in a jury (ADMIN and JURY users read them). */
export const JURY_USERS = graphql(`
  query JuryUsers {
    juryAccounts {
      id
      displayName
    }
  }
`);

export const CREATE_JURY_SESSION = graphql(`
  mutation CreateJurySession($input: CreateJurySessionInput!) {
    createJurySession(input: $input) {
      id
    }
  }
`);

export const CLOSE_JURY_SESSION = graphql(`
  mutation CloseJurySession($id: ID!) {
    closeJurySession(id: $id) {
      id
      closedAt
    }
  }
`);

export const RECORD_JURY_DECISION = graphql(`
  mutation RecordJuryDecision($input: RecordJuryDecisionInput!) {
    recordJuryDecision(input: $input) {
      id
      decision
      reason
      decidedAt
      certificate {
        id
        number
      }
    }
  }
`);

/** The dossier page's jury panel: presentations and decisions, oldest first. */
export const DOSSIER_JURY = graphql(`
  query DossierJury($id: ID!) {
    dossier(id: $id) {
      id
      version
      certification {
        id
        code
        name
      }
      juryPresentations {
        id
        decision
        reason
        decidedAt
        createdAt
        jurySession {
          id
          organiser
          heldOn
          mode
          location
          closedAt
        }
      }
    }
  }
`);

/** Sessions a ready dossier can be presented to: open, of its certification, held today or later. */
export const UPCOMING_JURY_SESSIONS = graphql(`
  query UpcomingJurySessions($filter: JurySessionFilter) {
    jurySessions(first: 50, filter: $filter) {
      edges {
        node {
          id
          organiser
          heldOn
          mode
          location
        }
      }
    }
  }
`);

export const SUBMIT_TO_JURY = graphql(`
  mutation SubmitToJury($input: SubmitToJuryInput!) {
    submitToJury(input: $input) {
      id
      dossier {
        id
        version
        state
      }
    }
  }
`);

export const RETURN_TO_JURY = graphql(`
  mutation ReturnToJury($input: ReturnToJuryInput!) {
    returnToJury(input: $input) {
      id
      version
      state
    }
  }
`);
