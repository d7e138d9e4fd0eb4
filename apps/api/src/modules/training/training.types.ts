import { Connection } from "../../core/list.js";
import { TrainingPath } from "./training-path.entity.js";

export const TrainingPathConnection = Connection(TrainingPath);
