import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of a dossier's evaluations (plan and record the préalable and the finale; contract: docs/adr/0010-dossier-process.md). */

/** The pinned référentiel version, whole (an evaluation grid). */
export const GRID_REFERENTIAL = graphql(`
  query GridReferential($id: ID!) {
    referential(id: $id) {
      id
      version
      label
      domains {
        id
        code
        title
        subDomains {
          id
          code
          title
          thresholdPercent
          mandatoryCriteria
          criteria {
            id
            code
            title
          }
        }
      }
    }
  }
`);

export const PLAN_PRELIMINARY = graphql(`
  mutation PlanPreliminaryEvaluation($input: PlanPreliminaryEvaluationInput!) {
    planPreliminaryEvaluation(input: $input) {
      ...AfterTransition
    }
  }
`);

export const PLAN_FINAL = graphql(`
  mutation PlanFinalEvaluation($input: PlanFinalEvaluationInput!) {
    planFinalEvaluation(input: $input) {
      ...AfterTransition
    }
  }
`);

export const RECORD_PRELIMINARY = graphql(`
  mutation RecordPreliminaryEvaluation($input: RecordEvaluationInput!) {
    recordPreliminaryEvaluation(input: $input) {
      ...AfterTransition
    }
  }
`);

export const RECORD_FINAL = graphql(`
  mutation RecordFinalEvaluation($input: RecordEvaluationInput!) {
    recordFinalEvaluation(input: $input) {
      ...AfterTransition
    }
  }
`);

/** Upcoming sessions of the establishment (with their free places) for a certification and kind. */
export const DOSSIER_SESSIONS = graphql(`
  query DossierSessions($filter: EvaluationSessionFilter) {
    evaluationSessions(first: 50, filter: $filter) {
      edges {
        node {
          id
          startsAt
          siteAddress
          free
          capacity
          evaluatorId
          evaluator {
            id
            displayName
          }
        }
      }
    }
  }
`);
