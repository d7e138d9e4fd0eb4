import type { CriterionResultValue } from "@clea/schema";
import type { GridReferentialQuery } from "../../shared/graphql/generated/graphql.ts";

/** The référentiel tree an evaluation grid needs (the dossier's pinned version, the `GridReferential` query). */
export type GridDomain = NonNullable<GridReferentialQuery["referential"]>["domains"][number];
export type GridSubDomain = GridDomain["subDomains"][number];

/** Results as the grid holds them: criterion code → value (absent while not scored). */
export type GridResults = Record<string, CriterionResultValue | undefined>;
