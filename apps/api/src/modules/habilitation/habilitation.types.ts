import { Connection } from "../../core/list.js";
import { Habilitation } from "./habilitation.entity.js";

export const HabilitationConnection = Connection(Habilitation);
