import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of ReferentialView and its components. */
export const CERTIFICATIONS = graphql(`
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
`);

export const REFERENTIAL = graphql(`
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
`);

export const SEARCH_CRITERIA = graphql(`
  query SearchCriteria($referentialId: ID!, $text: String!) {
    searchCriteria(referentialId: $referentialId, text: $text) {
      id
      code
      title
      domainCode
      subDomainCode
    }
  }
`);

export const EXPORT_REFERENTIAL = graphql(`
  query ExportReferential($id: ID!, $format: ReferentialFileFormat!) {
    exportReferential(id: $id, format: $format) {
      filename
      mimeType
      content
    }
  }
`);

export const CREATE_DRAFT = graphql(`
  mutation CreateReferentialDraft($input: CreateReferentialDraftInput!) {
    createReferentialDraft(input: $input) {
      id
      version
      status
    }
  }
`);

export const DELETE_DRAFT = graphql(`
  mutation DeleteReferentialDraft($id: ID!) {
    deleteReferentialDraft(id: $id)
  }
`);

export const PUBLISH = graphql(`
  mutation PublishReferential($id: ID!) {
    publishReferential(id: $id) {
      id
      version
      status
    }
  }
`);

export const IMPORT_REFERENTIAL = graphql(`
  mutation ImportReferential($input: ImportReferentialInput!) {
    importReferential(input: $input) {
      id
      version
      status
    }
  }
`);

// Tree edits: each answers with a small payload; the view refetches the tree afterwards.
export const ADD_DOMAIN = graphql(`
  mutation AddDomain($referentialId: ID!, $input: AddDomainInput!) {
    addDomain(referentialId: $referentialId, input: $input) {
      id
    }
  }
`);
export const UPDATE_DOMAIN = graphql(`
  mutation UpdateDomain($id: ID!, $input: UpdateDomainInput!) {
    updateDomain(id: $id, input: $input) {
      id
      title
    }
  }
`);
export const REMOVE_DOMAIN = graphql(`
  mutation RemoveDomain($id: ID!) {
    removeDomain(id: $id) {
      id
    }
  }
`);
export const MOVE_DOMAIN = graphql(`
  mutation MoveDomain($id: ID!, $position: Int!) {
    moveDomain(id: $id, position: $position) {
      id
    }
  }
`);
export const ADD_SUB_DOMAIN = graphql(`
  mutation AddSubDomain($domainId: ID!, $input: AddSubDomainInput!) {
    addSubDomain(domainId: $domainId, input: $input) {
      id
    }
  }
`);
export const UPDATE_SUB_DOMAIN = graphql(`
  mutation UpdateSubDomain($id: ID!, $input: UpdateSubDomainInput!) {
    updateSubDomain(id: $id, input: $input) {
      id
      title
      thresholdPercent
      mandatoryCriteria
    }
  }
`);
export const REMOVE_SUB_DOMAIN = graphql(`
  mutation RemoveSubDomain($id: ID!) {
    removeSubDomain(id: $id) {
      id
    }
  }
`);
export const MOVE_SUB_DOMAIN = graphql(`
  mutation MoveSubDomain($id: ID!, $position: Int!) {
    moveSubDomain(id: $id, position: $position) {
      id
    }
  }
`);
export const ADD_CRITERION = graphql(`
  mutation AddCriterion($subDomainId: ID!, $input: AddCriterionInput!) {
    addCriterion(subDomainId: $subDomainId, input: $input) {
      id
    }
  }
`);
export const UPDATE_CRITERION = graphql(`
  mutation UpdateCriterion($id: ID!, $input: UpdateCriterionInput!) {
    updateCriterion(id: $id, input: $input) {
      id
      title
    }
  }
`);
export const REMOVE_CRITERION = graphql(`
  mutation RemoveCriterion($id: ID!) {
    removeCriterion(id: $id) {
      id
    }
  }
`);
export const MOVE_CRITERION = graphql(`
  mutation MoveCriterion($id: ID!, $position: Int!) {
    moveCriterion(id: $id, position: $position) {
      id
    }
  }
`);
