import type { DossierQuery } from "../../shared/graphql/generated/graphql.ts";

/** A training path as the dossier page reads it (the `Dossier` query's `trainingPaths`). */
export type TrainingPathRow = NonNullable<DossierQuery["dossier"]>["trainingPaths"][number];
