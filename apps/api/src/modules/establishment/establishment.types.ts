import { Connection } from "../../core/list.js";
import { Establishment } from "./establishment.entity.js";

export const EstablishmentConnection = Connection(Establishment);
