import type { FunderType, FundingStatus, FundingStep } from "@clea/schema";

/** A funding line as the dossier page reads it (funding.documents.ts); `amount` is an exact decimal string. */
export interface FundingLineRow {
  id: string;
  step: FundingStep;
  funderType: FunderType;
  funderReference: string | null;
  amount: string;
  status: FundingStatus;
  updatedAt: string;
}
