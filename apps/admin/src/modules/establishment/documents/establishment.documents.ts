import { gql } from "@apollo/client/core";

/** GraphQL documents of the establishment screens. */
export const ESTABLISHMENTS = gql`
  query Establishments($first: Int, $after: String, $last: Int, $before: String, $filter: EstablishmentFilter, $orderBy: [EstablishmentOrder!]) {
    establishments(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
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
          name
          siret
          city
          departmentCode
          status
          organisation {
            id
            legalName
          }
        }
      }
    }
  }
`;

const HABILITATION_FIELDS = `
  id
  role
  status
  decisionDate
  decisionReference
  startDate
  endDate
  allowedActions
  certification {
    id
    code
    name
  }
`;

export const ESTABLISHMENT = gql`
  query Establishment($id: ID!) {
    establishment(id: $id) {
      id
      organisationId
      siret
      name
      addressLine
      postalCode
      city
      departmentCode
      regionCode
      status
      closedOn
      department {
        code
        name
      }
      region {
        code
        name
      }
      organisation {
        id
        legalName
        siren
      }
      network {
        id
        name
      }
      habilitations {
        ${HABILITATION_FIELDS}
      }
    }
  }
`;

/** Organisations to choose from when an establishment is created from the list. */
export const ORGANISATION_CHOICES = gql`
  query OrganisationChoices($search: String) {
    organisations(first: 100, filter: { search: { contains: $search } }) {
      edges {
        node {
          id
          legalName
          siren
        }
      }
    }
  }
`;
export const ORGANISATION_BRIEF = gql`
  query OrganisationBrief($id: ID!) {
    organisation(id: $id) {
      id
      legalName
      siren
    }
  }
`;

export const CREATE_ESTABLISHMENT = gql`
  mutation CreateEstablishment($input: CreateEstablishmentInput!) {
    createEstablishment(input: $input) {
      id
      name
    }
  }
`;
export const UPDATE_ESTABLISHMENT = gql`
  mutation UpdateEstablishment($id: ID!, $input: UpdateEstablishmentInput!) {
    updateEstablishment(id: $id, input: $input) {
      id
      name
      addressLine
      postalCode
      city
      departmentCode
      regionCode
    }
  }
`;

export const CREATE_HABILITATION = gql`
  mutation CreateHabilitation($input: CreateHabilitationInput!) {
    createHabilitation(input: $input) {
      ${HABILITATION_FIELDS}
    }
  }
`;
export const CHANGE_HABILITATION_STATUS = gql`
  mutation ChangeHabilitationStatus($id: ID!, $action: HabilitationAction!, $input: ChangeHabilitationStatusInput) {
    changeHabilitationStatus(id: $id, action: $action, input: $input) {
      ${HABILITATION_FIELDS}
    }
  }
`;
export const RENEW_HABILITATION = gql`
  mutation RenewHabilitation($id: ID!, $input: RenewHabilitationInput!) {
    renewHabilitation(id: $id, input: $input) {
      ${HABILITATION_FIELDS}
    }
  }
`;

export const CLOSE_ESTABLISHMENT = gql`
  mutation CloseEstablishment($id: ID!, $closedOn: LocalDate!) {
    closeEstablishment(id: $id, closedOn: $closedOn) {
      id
      status
      closedOn
    }
  }
`;
export const REOPEN_ESTABLISHMENT = gql`
  mutation ReopenEstablishment($id: ID!) {
    reopenEstablishment(id: $id) {
      id
      status
      closedOn
    }
  }
`;

/** Current then ended assignments of an establishment (the Personnel tab, and the evaluators to choose from). */
export const ESTABLISHMENT_STAFF = gql`
  query EstablishmentStaff($establishmentId: ID!) {
    establishmentStaff(establishmentId: $establishmentId) {
      id
      userId
      function
      startedOn
      endedOn
      current
      user {
        id
        displayName
        email
      }
      accreditations {
        id
        trainedOn
        reference
        certification {
          id
          code
          name
        }
      }
    }
  }
`;
export const END_STAFF_ASSIGNMENT = gql`
  mutation EndStaffAssignment($id: ID!, $endedOn: LocalDate!) {
    endStaffAssignment(id: $id, endedOn: $endedOn) {
      id
      endedOn
      current
    }
  }
`;

export const EVALUATION_SESSIONS = gql`
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
`;
export const PLAN_EVALUATION_SESSION = gql`
  mutation PlanEvaluationSession($input: PlanEvaluationSessionInput!) {
    planEvaluationSession(input: $input) {
      id
      startsAt
    }
  }
`;

/** One month of the sessions calendar, of a network or of one establishment (filters cumulate). */
export const SESSION_CALENDAR = gql`
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
`;

/** People the manager may assign: visible accounts matching the search (name or e-mail). */
export const STAFF_CANDIDATES = gql`
  query StaffCandidates($search: String) {
    users(first: 20, filter: { search: { contains: $search } }) {
      totalCount
      edges {
        node {
          id
          email
          displayName
          status
        }
      }
    }
  }
`;
export const ASSIGN_STAFF = gql`
  mutation AssignStaff($input: AssignStaffInput!) {
    assignStaff(input: $input) {
      id
      function
      startedOn
    }
  }
`;
/** Invites a new person straight into the establishment: the functions are the account's roles there. */
export const INVITE_STAFF = gql`
  mutation InviteStaff($input: InviteUserInput!) {
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
export const RECORD_EVALUATOR_ACCREDITATION = gql`
  mutation RecordEvaluatorAccreditation($input: RecordEvaluatorAccreditationInput!) {
    recordEvaluatorAccreditation(input: $input) {
      id
      trainedOn
      reference
    }
  }
`;
