import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of a dossier's training paths. */

export const PLAN_TRAINING_PATH = graphql(`
  mutation PlanTrainingPath($input: PlanTrainingPathInput!) {
    planTrainingPath(input: $input) {
      id
      status
    }
  }
`);

export const COMPLETE_TRAINING_PATH = graphql(`
  mutation CompleteTrainingPath($input: CompleteTrainingPathInput!) {
    completeTrainingPath(input: $input) {
      id
      status
    }
  }
`);
