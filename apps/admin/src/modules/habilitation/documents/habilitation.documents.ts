import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of an establishment's habilitations (request, decide, renew). */

export const HABILITATION_FIELDS = graphql(`
  fragment HabilitationFields on Habilitation {
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
  }
`);

export const CREATE_HABILITATION = graphql(`
  mutation CreateHabilitation($input: CreateHabilitationInput!) {
    createHabilitation(input: $input) {
      ...HabilitationFields
    }
  }
`);

export const CHANGE_HABILITATION_STATUS = graphql(`
  mutation ChangeHabilitationStatus($id: ID!, $action: HabilitationAction!, $input: ChangeHabilitationStatusInput) {
    changeHabilitationStatus(id: $id, action: $action, input: $input) {
      ...HabilitationFields
    }
  }
`);

export const RENEW_HABILITATION = graphql(`
  mutation RenewHabilitation($id: ID!, $input: RenewHabilitationInput!) {
    renewHabilitation(id: $id, input: $input) {
      ...HabilitationFields
    }
  }
`);
