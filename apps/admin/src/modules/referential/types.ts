import type { CertificationCode, ReferentialStatus } from "@clea/schema";

/** Shapes of the référentiel queries (docs/graphql-contract-issue-2.md). */
export interface ReferentialSummary {
  id: string;
  version: string;
  label: string;
  status: ReferentialStatus;
}
export interface CertificationItem {
  id: string;
  code: CertificationCode;
  name: string;
  referentials: ReferentialSummary[];
  currentReferential: { id: string } | null;
}
export interface CriterionNode {
  id: string;
  code: string;
  title: string;
  note: string | null;
  position: number;
}
export interface SubDomainNode {
  id: string;
  code: string;
  title: string | null;
  note: string | null;
  position: number;
  thresholdPercent: number;
  mandatoryCriteria: string[];
  criteria: CriterionNode[];
}
export interface DomainNode {
  id: string;
  code: string;
  title: string;
  shortTitle: string | null;
  note: string | null;
  position: number;
  criterionCount: number;
  subDomains: SubDomainNode[];
}
export interface ReferentialDetail extends ReferentialSummary {
  effectiveFrom: string | null;
  effectiveTo: string | null;
  publishedAt: string | null;
  notes: string[];
  domainCount: number;
  subDomainCount: number;
  criterionCount: number;
  certification: { id: string; code: CertificationCode; name: string };
  domains: DomainNode[];
}
export interface CriterionHit {
  id: string;
  code: string;
  title: string;
  domainCode: string;
  subDomainCode: string;
}
