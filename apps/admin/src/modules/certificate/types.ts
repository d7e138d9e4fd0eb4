import type { CertificateFieldsFragment, VerifyCertificateQuery } from "../../shared/graphql/generated/graphql.ts";

/** A certificate as the staff screens read it (the `CertificateFields` fragment of certificate.documents.ts). */
export type CertificateRow = CertificateFieldsFragment;

/** What the public verification page shows. */
export type CertificateVerificationResult = NonNullable<VerifyCertificateQuery["verifyCertificate"]>;
