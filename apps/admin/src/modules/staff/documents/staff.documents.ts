import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of an establishment's staff (assignments, invitations, evaluator accreditations). */

/** Current then ended assignments of an establishment (the Personnel tab, and the evaluators to choose from). */
export const ESTABLISHMENT_STAFF = graphql(`
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
`);

export const END_STAFF_ASSIGNMENT = graphql(`
  mutation EndStaffAssignment($id: ID!, $endedOn: LocalDate!) {
    endStaffAssignment(id: $id, endedOn: $endedOn) {
      id
      endedOn
      current
    }
  }
`);

/** People the manager may assign: visible accounts matching the search (name or e-mail). */
export const STAFF_CANDIDATES = graphql(`
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
`);

export const ASSIGN_STAFF = graphql(`
  mutation AssignStaff($input: AssignStaffInput!) {
    assignStaff(input: $input) {
      id
      function
      startedOn
    }
  }
`);

/** Invites a new person straight into the establishment: the functions are the account's roles there. */
export const INVITE_STAFF = graphql(`
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
`);

export const RECORD_EVALUATOR_ACCREDITATION = graphql(`
  mutation RecordEvaluatorAccreditation($input: RecordEvaluatorAccreditationInput!) {
    recordEvaluatorAccreditation(input: $input) {
      id
      trainedOn
      reference
    }
  }
`);

/** The establishment's staff (evaluators and trainers to choose from). */
export const DOSSIER_STAFF = graphql(`
  query DossierStaff($establishmentId: ID!) {
    establishmentStaff(establishmentId: $establishmentId) {
      id
      userId
      displayName
      function
      current
    }
  }
`);
