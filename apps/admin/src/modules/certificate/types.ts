import type { CertificationCode } from "@clea/schema";

/** A certificate as the staff screens read it (certificate.documents.ts). */
export interface CertificateRow {
  id: string;
  number: string;
  issuedOn: string;
  holderInitials: string;
  attestationPath: string;
  dossierId: string;
  establishmentId: string;
  certification: { id: string; code: CertificationCode; name: string };
  establishment: { id: string; name: string } | null;
}

/** What the public verification page shows. */
export interface CertificateVerificationResult {
  number: string;
  certificationName: string;
  issuedOn: string;
  holderInitials: string;
}
