import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the évaluation sessions (an establishment's sessions, a network's calendar). */

export const EVALUATION_SESSIONS = graphql(`
  query EvaluationSessions($filter: EvaluationSessionFilter, $first: Int) {
    evaluationSessions(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          startsAt
          endsAt
          siteAddress
          capacity
          enrolled
          free
          cancelledAt
          evaluatorId
          certification {
            id
            code
            name
          }
          evaluator {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const PLAN_EVALUATION_SESSION = graphql(`
  mutation PlanEvaluationSession($input: PlanEvaluationSessionInput!) {
    planEvaluationSession(input: $input) {
      id
      startsAt
    }
  }
`);

/** One month of the sessions calendar, of a network or of one establishment (filters cumulate). */
export const SESSION_CALENDAR = graphql(`
  query SessionCalendar($filter: EvaluationSessionFilter, $first: Int) {
    evaluationSessions(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          startsAt
          endsAt
          siteAddress
          capacity
          enrolled
          free
          cancelledAt
          certification {
            id
            code
            name
          }
          establishment {
            id
            name
          }
          evaluator {
            id
            displayName
          }
        }
      }
    }
  }
`);
