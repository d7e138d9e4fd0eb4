import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the candidate screens. */

/** A row of the candidates list. */
export const CANDIDATE_ROW = graphql(`
  fragment CandidateRow on Candidate {
    id
    pseudonym
    ... @include(if: $withIdentity) {
      lastName
      usualName
      firstNames
    }
    ageBand
    entryStatus
    createdAt
    establishment {
      id
      name
    }
  }
`);

export const CANDIDATES = graphql(`
  query Candidates(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: CandidateFilter
    $orderBy: [CandidateOrder!]
    $withIdentity: Boolean = false
  ) {
    candidates(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...CandidateRow
        }
      }
    }
  }
`);

export const CANDIDATE_FIELDS = graphql(`
  fragment CandidateFields on Candidate {
    id
    pseudonym
    gender
    ageBand
    entryStatus
    qualificationLevel
    prescriber
    establishmentId
    networkId
    createdAt
    ... @include(if: $withIdentity) {
      lastName
      usualName
      firstNames
      birthDate
      birthPlace
      bornAbroad
      email
      phone
      address {
        line
        complement
        postalCode
        city
      }
      employerSiret
    }
    establishment {
      id
      name
      city
    }
  }
`);

export const CANDIDATE = graphql(`
  query Candidate($id: ID!, $withIdentity: Boolean = false) {
    candidate(id: $id) {
      ...CandidateFields
    }
  }
`);

/** A possible duplicate named by LIKELY_DUPLICATE (only those the caller may read). */
export const CANDIDATE_BRIEF = graphql(`
  query CandidateBrief($id: ID!) {
    candidate(id: $id) {
      id
      pseudonym
      lastName
      usualName
      firstNames
      birthDate
      birthPlace
      establishment {
        id
        name
      }
    }
  }
`);

export const CREATE_CANDIDATE = graphql(`
  mutation CreateCandidate($input: CreateCandidateInput!, $idempotencyKey: String, $confirmLikelyDuplicate: Boolean) {
    createCandidate(input: $input, idempotencyKey: $idempotencyKey, confirmLikelyDuplicate: $confirmLikelyDuplicate) {
      id
      pseudonym
    }
  }
`);

/** Open establishments to choose from (a candidate's, a dossier's). */
export const ESTABLISHMENT_CHOICES = graphql(`
  query CandidateEstablishmentChoices {
    establishments(first: 100, filter: { status: { eq: OPEN } }) {
      edges {
        node {
          id
          name
          city
          networkId
        }
      }
    }
  }
`);

/** Open establishments habilitated (granted, not ended) for a certification: those that may hold its dossiers. */
export const HABILITATED_ESTABLISHMENTS = graphql(`
  query HabilitatedEstablishments($certificationCode: CertificationCode!) {
    establishments(
      first: 100
      filter: { status: { eq: OPEN }, habilitations: { certificationCode: { eq: $certificationCode }, status: { eq: GRANTED } } }
    ) {
      edges {
        node {
          id
          name
          city
        }
      }
    }
  }
`);
