import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the certificate screens, the public verification page and the dossier page's certificate panel. */

export const CERTIFICATE_FIELDS = graphql(`
  fragment CertificateFields on Certificate {
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
  }
`);

export const CERTIFICATES = graphql(`
  query Certificates($first: Int, $after: String, $last: Int, $before: String, $filter: CertificateFilter, $orderBy: [CertificateOrder!]) {
    certificates(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...CertificateFields
        }
      }
    }
  }
`);

export const CERTIFICATE = graphql(`
  query Certificate($id: ID!) {
    certificate(id: $id) {
      ...CertificateFields
    }
  }
`);

export const DOSSIER_CERTIFICATE = graphql(`
  query DossierCertificate($id: ID!) {
    dossier(id: $id) {
      id
      version
      certificate {
        ...CertificateFields
      }
    }
  }
`);

/** Public (no session): what a certificate number proves, and nothing more. */
export const VERIFY_CERTIFICATE = graphql(`
  query VerifyCertificate($number: String!) {
    verifyCertificate(number: $number) {
      number
      certificationName
      issuedOn
      holderInitials
    }
  }
`);
