import type { CertificationCode, ReferentialDocument } from "@clea/schema";

/** A certification with the référentiel version it starts with (one file per certification, beside this one). */
export interface ReferentialSeed {
  certification: { code: CertificationCode; name: string; fullName: string; rsCode: string | null; notes: string[] };
  referential: ReferentialDocument;
}
