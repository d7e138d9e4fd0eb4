import { graphql } from "../../../shared/graphql/generated/index.ts";

/** What needs attention in a network (habilitations ending, Qualiopi expired, establishments without evaluator, sessions over capacity). */

/** What needs attention in a network: habilitations ending soon, Qualiopi past, no evaluator. */
export const NETWORK_ATTENTION = graphql(`
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
`);
