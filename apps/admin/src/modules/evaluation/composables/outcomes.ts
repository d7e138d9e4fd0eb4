import { deriveOutcomes, outcomeRulesOf, type DomainOutcome } from "@clea/schema";
import type { GridDomain, GridResults } from "../types.ts";

/**
 * The live outcomes of a grid: exactly what the API will store (same `deriveOutcomes`), keyed by
 * domain code, with the sub-domains keyed by code too.
 */
export function liveOutcomes(domains: readonly GridDomain[], results: GridResults, domainCodes?: readonly string[] | null) {
  const list = deriveOutcomes(outcomeRulesOf({ domains }), results, domainCodes ?? undefined);
  const byDomain = new Map<string, DomainOutcome>(list.map((d) => [d.code, d]));
  const bySubDomain = new Map(list.flatMap((d) => d.subDomains.map((s) => [s.code, s] as const)));
  return { list, byDomain, bySubDomain, acquired: list.filter((d) => d.acquired === true).length, total: list.length };
}

/** Criteria of the given domains that have no result yet, in the grid's order. */
export function unscoredCriteria(domains: readonly GridDomain[], results: GridResults, domainCodes?: readonly string[] | null): string[] {
  return domains
    .filter((d) => !domainCodes || domainCodes.includes(d.code))
    .flatMap((d) => d.subDomains.flatMap((sd) => sd.criteria.map((c) => c.code)))
    .filter((code) => !results[code]);
}
