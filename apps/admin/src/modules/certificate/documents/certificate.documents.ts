import { gql } from "@apollo/client/core";

/** GraphQL documents of the certificate screens, the public verification page and the dossier page's certificate panel. */

const CERTIFICATE_FIELDS = `
  id
  number
  issuedOn
  holderInitials
  attestationPath
  dossierId
  establishmentId
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

export const CERTIFICATES = gql`
  query Certificates($first: Int, $after: String, $last: Int, $before: String, $filter: CertificateFilter, $orderBy: [CertificateOrder!]) {
    certificates(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
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
          ${CERTIFICATE_FIELDS}
        }
      }
    }
  }
`;

export const CERTIFICATE = gql`
  query Certificate($id: ID!) {
    certificate(id: $id) {
      ${CERTIFICATE_FIELDS}
    }
  }
`;

export const DOSSIER_CERTIFICATE = gql`
  query DossierCertificate($id: ID!) {
    dossier(id: $id) {
      id
      version
      certificate {
        ${CERTIFICATE_FIELDS}
      }
    }
  }
`;

/** Public (no session): what a certificate number proves, and nothing more. */
export const VERIFY_CERTIFICATE = gql`
  query VerifyCertificate($number: String!) {
    verifyCertificate(number: $number) {
      number
      certificationName
      issuedOn
      holderInitials
    }
  }
`;
