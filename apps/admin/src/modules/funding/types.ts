import type { FundingLineFieldsFragment } from "../../shared/graphql/generated/graphql.ts";

/** A funding line as the dossier page reads it (the `FundingLineFields` fragment); `amount` is an exact decimal string. */
export type FundingLineRow = FundingLineFieldsFragment;
