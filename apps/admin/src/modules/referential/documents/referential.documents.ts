import { gql } from "@apollo/client/core";

/** GraphQL documents of ReferentialView and its components. */
export const CERTIFICATIONS = gql`
  query Certifications {
    certifications {
      id
      code
      name
      referentials {
        id
        version
        label
        status
      }
      currentReferential {
        id
      }
    }
  }
`;

export const REFERENTIAL = gql`
  query Referential($id: ID!) {
    referential(id: $id) {
      id
      version
      label
      status
      effectiveFrom
      effectiveTo
      publishedAt
      notes
      domainCount
      subDomainCount
      criterionCount
      certification {
        id
        code
        name
      }
      domains {
        id
        code
        title
        shortTitle
        note
        position
        criterionCount
        subDomains {
          id
          code
          title
          note
          position
          thresholdPercent
          mandatoryCriteria
          criteria {
            id
            code
            title
            note
            position
          }
        }
      }
    }
  }
`;

export const SEARCH_CRITERIA = gql`
  query SearchCriteria($referentialId: ID!, $text: String!) {
    searchCriteria(referentialId: $referentialId, text: $text) {
      id
      code
      title
      domainCode
      subDomainCode
    }
  }
`;

export const EXPORT_REFERENTIAL = gql`
  query ExportReferential($id: ID!, $format: ReferentialFileFormat!) {
    exportReferential(id: $id, format: $format) {
      filename
      mimeType
      content
    }
  }
`;

export const CREATE_DRAFT = gql`
  mutation CreateReferentialDraft($input: CreateReferentialDraftInput!) {
    createReferentialDraft(input: $input) {
      id
      version
      status
    }
  }
`;

export const DELETE_DRAFT = gql`
  mutation DeleteReferentialDraft($id: ID!) {
    deleteReferentialDraft(id: $id)
  }
`;

export const PUBLISH = gql`
  mutation PublishReferential($id: ID!) {
    publishReferential(id: $id) {
      id
      version
      status
    }
  }
`;

export const IMPORT_REFERENTIAL = gql`
  mutation ImportReferential($input: ImportReferentialInput!) {
    importReferential(input: $input) {
      id
      version
      status
    }
  }
`;

// Tree edits: each answers with a small payload; the view refetches the tree afterwards.
export const ADD_DOMAIN = gql`
  mutation AddDomain($referentialId: ID!, $input: AddDomainInput!) {
    addDomain(referentialId: $referentialId, input: $input) {
      id
    }
  }
`;
export const UPDATE_DOMAIN = gql`
  mutation UpdateDomain($id: ID!, $input: UpdateDomainInput!) {
    updateDomain(id: $id, input: $input) {
      id
      title
    }
  }
`;
export const REMOVE_DOMAIN = gql`
  mutation RemoveDomain($id: ID!) {
    removeDomain(id: $id) {
      id
    }
  }
`;
export const MOVE_DOMAIN = gql`
  mutation MoveDomain($id: ID!, $position: Int!) {
    moveDomain(id: $id, position: $position) {
      id
    }
  }
`;
export const ADD_SUB_DOMAIN = gql`
  mutation AddSubDomain($domainId: ID!, $input: AddSubDomainInput!) {
    addSubDomain(domainId: $domainId, input: $input) {
      id
    }
  }
`;
export const UPDATE_SUB_DOMAIN = gql`
  mutation UpdateSubDomain($id: ID!, $input: UpdateSubDomainInput!) {
    updateSubDomain(id: $id, input: $input) {
      id
      title
      thresholdPercent
      mandatoryCriteria
    }
  }
`;
export const REMOVE_SUB_DOMAIN = gql`
  mutation RemoveSubDomain($id: ID!) {
    removeSubDomain(id: $id) {
      id
    }
  }
`;
export const MOVE_SUB_DOMAIN = gql`
  mutation MoveSubDomain($id: ID!, $position: Int!) {
    moveSubDomain(id: $id, position: $position) {
      id
    }
  }
`;
export const ADD_CRITERION = gql`
  mutation AddCriterion($subDomainId: ID!, $input: AddCriterionInput!) {
    addCriterion(subDomainId: $subDomainId, input: $input) {
      id
    }
  }
`;
export const UPDATE_CRITERION = gql`
  mutation UpdateCriterion($id: ID!, $input: UpdateCriterionInput!) {
    updateCriterion(id: $id, input: $input) {
      id
      title
    }
  }
`;
export const REMOVE_CRITERION = gql`
  mutation RemoveCriterion($id: ID!) {
    removeCriterion(id: $id) {
      id
    }
  }
`;
export const MOVE_CRITERION = gql`
  mutation MoveCriterion($id: ID!, $position: Int!) {
    moveCriterion(id: $id, position: $position) {
      id
    }
  }
`;
