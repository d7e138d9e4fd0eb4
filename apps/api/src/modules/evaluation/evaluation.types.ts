import { Connection } from "../../core/list.js";
import { CriterionResult, Evaluation } from "./evaluation.entity.js";

export const EvaluationConnection = Connection(Evaluation);
export const CriterionResultConnection = Connection(CriterionResult);
