import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the dossier screens (contract: docs/adr/0010-dossier-process.md). */

export const DOSSIER_ROW = graphql(`
  fragment DossierRow on Dossier {
    id
    state
    openedOn
    windowEndsOn
    candidate {
      id
      pseudonym
      ... @include(if: $withIdentity) {
        lastName
        usualName
        firstNames
      }
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
  }
`);

export const DOSSIERS = graphql(`
  query Dossiers(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: DossierFilter
    $orderBy: [DossierOrder!]
    $withIdentity: Boolean = false
  ) {
    dossiers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...DossierRow
        }
      }
    }
  }
`);

export const DOSSIER = graphql(`
  query Dossier($id: ID!, $withIdentity: Boolean = false) {
    dossier(id: $id) {
      ...DossierRow
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
`);

export const OPEN_DOSSIER = graphql(`
  mutation OpenDossier($input: OpenDossierInput!) {
    openDossier(input: $input) {
      id
      state
    }
  }
`);

/** What a transition gives back: enough to refresh the page's header and actions. */
export const AFTER_TRANSITION = graphql(`
  fragment AfterTransition on Dossier {
    id
    state
    version
    allowedActions
  }
`);

export const WITHDRAW_DOSSIER = graphql(`
  mutation WithdrawDossier($input: WithdrawDossierInput!) {
    withdrawDossier(input: $input) {
      ...AfterTransition
    }
  }
`);
export const RESUME_TRAINING = graphql(`
  mutation ResumeTraining($input: ResumeTrainingInput!) {
    resumeTraining(input: $input) {
      ...AfterTransition
    }
  }
`);
