import { Connection } from "../../core/list.js";
import { EvaluationSession } from "./evaluation-session.entity.js";

export const EvaluationSessionConnection = Connection(EvaluationSession);
