import { Connection } from "../../core/list.js";
import { Network } from "./network.entity.js";

export const NetworkConnection = Connection(Network);
