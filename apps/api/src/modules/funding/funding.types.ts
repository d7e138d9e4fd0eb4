import { Connection } from "../../core/list.js";
import { FundingLine } from "./funding-line.entity.js";

export const FundingLineConnection = Connection(FundingLine);
