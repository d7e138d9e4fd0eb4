import { gql } from "@apollo/client/core";

/** GraphQL documents of the dossier screens (contract: docs/adr/0010-dossier-process.md). */

const DOSSIER_ROW = `
  id
  state
  openedOn
  windowEndsOn
  candidate {
    id
    pseudonym
    lastName
    usualName
    firstNames
  }
  certification {
    id
    code
    name
  }
  establishment {
    id
    name
  }
`;

export const DOSSIERS = gql`
  query Dossiers($first: Int, $after: String, $last: Int, $before: String, $filter: DossierFilter, $orderBy: [DossierOrder!]) {
    dossiers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
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
          ${DOSSIER_ROW}
        }
      }
    }
  }
`;

export const DOSSIER = gql`
  query Dossier($id: ID!) {
    dossier(id: $id) {
      ${DOSSIER_ROW}
      version
      networkId
      establishmentId
      referentialId
      preliminaryDate
      stateChangedAt
      allowedActions
      referential {
        id
        version
        label
      }
      history {
        id
        action
        fromState
        toState
        version
        at
        note
        actor {
          id
          displayName
        }
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
      evaluations {
        id
        kind
        status
        plannedOn
        heldOn
        durationMinutes
        context
        domainCodes
        evaluatorId
        sessionId
        evaluator {
          id
          displayName
        }
        domainResults {
          domainId
          acquired
          acquiredOn
          validUntil
        }
      }
      trainingPaths {
        id
        trainingOrganisation
        trainerId
        trainerName
        startsOn
        endsOn
        status
        completedOn
        trainer {
          id
          displayName
        }
        domains {
          domainId
          plannedHours
          actualHours
          domain {
            id
            code
            title
          }
        }
      }
    }
  }
`;

/** The pinned référentiel version, whole (an evaluation grid). */
export const GRID_REFERENTIAL = gql`
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
`;

export const OPEN_DOSSIER = gql`
  mutation OpenDossier($input: OpenDossierInput!) {
    openDossier(input: $input) {
      id
      state
    }
  }
`;

/** What a transition gives back: enough to refresh the page's header and actions. */
const AFTER_TRANSITION = `
  id
  state
  version
  allowedActions
`;

export const PLAN_PRELIMINARY = gql`
  mutation PlanPreliminaryEvaluation($input: PlanPreliminaryEvaluationInput!) {
    planPreliminaryEvaluation(input: $input) {
      ${AFTER_TRANSITION}
    }
  }
`;
export const PLAN_FINAL = gql`
  mutation PlanFinalEvaluation($input: PlanFinalEvaluationInput!) {
    planFinalEvaluation(input: $input) {
      ${AFTER_TRANSITION}
    }
  }
`;
export const RECORD_PRELIMINARY = gql`
  mutation RecordPreliminaryEvaluation($input: RecordEvaluationInput!) {
    recordPreliminaryEvaluation(input: $input) {
      ${AFTER_TRANSITION}
    }
  }
`;
export const RECORD_FINAL = gql`
  mutation RecordFinalEvaluation($input: RecordEvaluationInput!) {
    recordFinalEvaluation(input: $input) {
      ${AFTER_TRANSITION}
    }
  }
`;
export const PLAN_TRAINING_PATH = gql`
  mutation PlanTrainingPath($input: PlanTrainingPathInput!) {
    planTrainingPath(input: $input) {
      id
      status
    }
  }
`;
export const COMPLETE_TRAINING_PATH = gql`
  mutation CompleteTrainingPath($input: CompleteTrainingPathInput!) {
    completeTrainingPath(input: $input) {
      id
      status
    }
  }
`;
export const WITHDRAW_DOSSIER = gql`
  mutation WithdrawDossier($input: WithdrawDossierInput!) {
    withdrawDossier(input: $input) {
      ${AFTER_TRANSITION}
    }
  }
`;
export const RESUME_TRAINING = gql`
  mutation ResumeTraining($input: ResumeTrainingInput!) {
    resumeTraining(input: $input) {
      ${AFTER_TRANSITION}
    }
  }
`;

/** The establishment's staff (evaluators and trainers to choose from). */
export const DOSSIER_STAFF = gql`
  query DossierStaff($establishmentId: ID!) {
    establishmentStaff(establishmentId: $establishmentId) {
      id
      userId
      displayName
      function
      current
    }
  }
`;

/** Upcoming sessions of the establishment (with their free places) for a certification and kind. */
export const DOSSIER_SESSIONS = gql`
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
`;
