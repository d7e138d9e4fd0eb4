import type { HabilitationFieldsFragment } from "../../shared/graphql/generated/graphql.ts";

/** A habilitation as the establishment page reads it (the `HabilitationFields` fragment). */
export type HabilitationRow = HabilitationFieldsFragment;
