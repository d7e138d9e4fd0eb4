import { outcomeRulesOf, type OutcomeRules } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";

/** A référentiel version's tree as the outcome derivation needs it, with the ids behind the codes. */
export interface ReferentialRules {
  rules: OutcomeRules;
  /** Domain codes in the référentiel's order. */
  domainCodes: string[];
  domainIds: Map<string, string>;
  subDomainIds: Map<string, string>;
  criterionIds: Map<string, string>;
  /** Criterion codes of each domain. */
  criteriaOfDomain: Map<string, string[]>;
}

/** The whole tree of one version in one statement (about 106 criteria). */
export async function referentialRules(ctx: RequestContext, referentialId: string): Promise<ReferentialRules> {
  const rows: Array<{
    did: string;
    dcode: string;
    sid: string | null;
    scode: string | null;
    threshold: number | null;
    mandatory: string[] | null;
    cid: string | null;
    ccode: string | null;
  }> = await ctx.em.query(
    `SELECT d.id AS did, d.code AS dcode, s.id AS sid, s.code AS scode, s."thresholdPercent" AS threshold,
            s."mandatoryCriteria" AS mandatory, c.id AS cid, c.code AS ccode
       FROM domain d
       LEFT JOIN sub_domain s ON s."domainId" = d.id
       LEFT JOIN criterion c ON c."subDomainId" = s.id
      WHERE d."referentialId" = $1
      ORDER BY d.position, s.position, c.position`,
    [referentialId],
  );
  const out: ReferentialRules = {
    rules: { domains: [] },
    domainCodes: [],
    domainIds: new Map(),
    subDomainIds: new Map(),
    criterionIds: new Map(),
    criteriaOfDomain: new Map(),
  };
  // The référentiel's portable shape, turned into outcome rules by the one builder the SPA uses too
  // (defaults included: a sub-domain without a threshold of its own takes DEFAULT_THRESHOLD_PERCENT).
  type MutableSub = { code: string; thresholdPercent?: number; mandatoryCriteria: string[]; criteria: { code: string }[] };
  const domains = new Map<string, { code: string; subDomains: MutableSub[] }>();
  const subs = new Map<string, MutableSub>();
  for (const r of rows) {
    let d = domains.get(r.dcode);
    if (!d) {
      d = { code: r.dcode, subDomains: [] };
      domains.set(r.dcode, d);
      out.domainCodes.push(r.dcode);
      out.domainIds.set(r.dcode, r.did);
      out.criteriaOfDomain.set(r.dcode, []);
    }
    if (r.scode === null || r.sid === null) continue;
    let s = subs.get(r.scode);
    if (!s) {
      s = { code: r.scode, thresholdPercent: r.threshold ?? undefined, mandatoryCriteria: r.mandatory ?? [], criteria: [] };
      subs.set(r.scode, s);
      d.subDomains.push(s);
      out.subDomainIds.set(r.scode, r.sid);
    }
    if (r.ccode === null || r.cid === null) continue;
    s.criteria.push({ code: r.ccode });
    out.criterionIds.set(r.ccode, r.cid);
    out.criteriaOfDomain.get(r.dcode)!.push(r.ccode);
  }
  out.rules = outcomeRulesOf({ domains: [...domains.values()] });
  return out;
}
