import type { CertificationCode, ReferentialStatus } from "./enums.js";

/**
 * The portable form of a référentiel version: what the JSON export writes and the import reads,
 * and what the project's seed is made of. Codes are stable (`D1`, `D1.2`, `D1.2.3`) and unique
 * within a version; positions are given by array order.
 */
export interface CriterionDocument {
  code: string;
  title: string;
  /** Uncertainty about this criterion's wording or provenance, shown to people as is. */
  note?: string | null;
}

export interface SubDomainDocument {
  code: string;
  /** Null when no source gave the official title (see `note`). */
  title: string | null;
  note?: string | null;
  /** Percent of the sub-domain's criteria that must be acquired (default 75). */
  thresholdPercent?: number;
  /** Codes of criteria that must be acquired whatever the threshold. */
  mandatoryCriteria?: string[];
  criteria: CriterionDocument[];
}

export interface DomainDocument {
  code: string;
  title: string;
  shortTitle?: string | null;
  note?: string | null;
  subDomains: SubDomainDocument[];
}

export interface ReferentialDocument {
  certification: CertificationCode;
  version: string;
  label: string;
  status?: ReferentialStatus;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  notes?: string[];
  domains: DomainDocument[];
}

export const DEFAULT_THRESHOLD_PERCENT = 75;

/** Header of the CSV form: one row per criterion, keyed by stable codes. */
export const REFERENTIAL_CSV_COLUMNS = [
  "domain_code",
  "domain_title",
  "domain_short_title",
  "domain_note",
  "subdomain_code",
  "subdomain_title",
  "subdomain_note",
  "subdomain_threshold_percent",
  "criterion_code",
  "criterion_title",
  "criterion_mandatory",
  "criterion_note",
] as const;

/** `D1`, `D1.2`, `D1.2.3`: a child's code extends its parent's. */
export const DOMAIN_CODE = /^D\d{1,2}$/;
export const SUBDOMAIN_CODE = /^D\d{1,2}\.\d{1,2}$/;
export const CRITERION_CODE = /^D\d{1,2}\.\d{1,2}\.\d{1,2}$/;

/** Formats of a référentiel file (import and export). */
export const ReferentialFileFormat = {
  JSON: "JSON",
  CSV: "CSV",
} as const;
export type ReferentialFileFormat = (typeof ReferentialFileFormat)[keyof typeof ReferentialFileFormat];
