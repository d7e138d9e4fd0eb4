/**
 * The public face of the funding module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { FundingLine } from "./funding-line.entity.js";
export { fundingLineList } from "./funding-line.list.js";
