import { Connection } from "../../core/list.js";
import { Organisation } from "./organisation.entity.js";

export const OrganisationConnection = Connection(Organisation);
