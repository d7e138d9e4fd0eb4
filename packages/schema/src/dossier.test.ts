import { describe, expect, it } from "vitest";
import { can, type RoleGrant } from "./capabilities.js";
import type { Role } from "./enums.js";
import {
  dossierActionsFrom,
  deriveOutcomes,
  dossierTransition,
  dossierTransitions,
  isWindowOver,
  OPEN_DOSSIER_STATES,
  windowEnd,
  expiringWithin,
  type OutcomeRules,
} from "./dossier.js";

const rules: OutcomeRules = {
  domains: [
    {
      code: "D1",
      subDomains: [
        { code: "D1.1", thresholdPercent: 75, mandatoryCriteria: [], criteria: ["D1.1.1", "D1.1.2", "D1.1.3", "D1.1.4"] },
        { code: "D1.2", thresholdPercent: 50, mandatoryCriteria: ["D1.2.1"], criteria: ["D1.2.1", "D1.2.2"] },
      ],
    },
    { code: "D2", subDomains: [{ code: "D2.1", thresholdPercent: 100, mandatoryCriteria: [], criteria: ["D2.1.1"] }] },
  ],
};
const A = "ACQUIRED" as const;
const N = "NOT_ACQUIRED" as const;

describe("derived outcomes", () => {
  it("validates a sub-domain at its threshold and acquires a domain when all its sub-domains are validated", () => {
    const [d1, d2] = deriveOutcomes(rules, { "D1.1.1": A, "D1.1.2": A, "D1.1.3": A, "D1.1.4": N, "D1.2.1": A, "D1.2.2": N, "D2.1.1": A });
    expect(d1!.subDomains.map((s) => [s.code, s.acquiredCount, s.criterionCount, s.validated])).toEqual([
      ["D1.1", 3, 4, true],
      ["D1.2", 1, 2, true],
    ]);
    expect(d1!.acquired).toBe(true);
    expect(d2!.acquired).toBe(true);
  });

  it("refuses a sub-domain below its threshold, or whose mandatory criterion is not acquired", () => {
    const below = deriveOutcomes(rules, { "D1.1.1": A, "D1.1.2": A, "D1.1.3": N, "D1.1.4": N, "D1.2.1": A, "D1.2.2": A });
    expect(below[0]!.subDomains[0]!.validated).toBe(false);
    expect(below[0]!.acquired).toBe(false);
    const mandatory = deriveOutcomes(rules, { "D1.1.1": A, "D1.1.2": A, "D1.1.3": A, "D1.1.4": A, "D1.2.1": N, "D1.2.2": A });
    expect(mandatory[0]!.subDomains[1]).toMatchObject({ validated: false, missingMandatory: ["D1.2.1"] });
    expect(mandatory[0]!.acquired).toBe(false);
  });

  it("leaves an outcome undecided while results are missing, unless it can no longer be reached", () => {
    const partial = deriveOutcomes(rules, { "D1.1.1": A });
    expect(partial[0]!.subDomains[0]!.validated).toBeNull();
    expect(partial[0]!.acquired).toBeNull();
    const lost = deriveOutcomes(rules, { "D1.1.1": N, "D1.1.2": N });
    expect(lost[0]!.subDomains[0]!.validated).toBe(false);
    expect(lost[0]!.acquired).toBe(false);
  });

  it("derives only the domains asked for (an évaluation finale)", () => {
    expect(deriveOutcomes(rules, { "D2.1.1": A }, ["D2"]).map((d) => [d.code, d.acquired])).toEqual([["D2", true]]);
  });
});

describe("the 5-year window", () => {
  it("ends five years after the évaluation préalable, 29 February on 28 February", () => {
    expect(windowEnd("2021-03-15")).toBe("2026-03-15");
    expect(windowEnd("2024-02-29")).toBe("2029-02-28");
    expect(isWindowOver("2026-03-15", "2026-03-15")).toBe(false);
    expect(isWindowOver("2026-03-15", "2026-03-16")).toBe(true);
    expect(isWindowOver(null, "2026-03-16")).toBe(false);
  });

  it("lists as 'expiring within N months' the open dossiers whose window ends by today + N months (end of month kept)", () => {
    expect(expiringWithin(6, "2026-08-31")).toEqual({ state: { in: [...OPEN_DOSSIER_STATES] }, windowEndsOn: { lte: "2027-02-28" } });
    expect(expiringWithin(6, "2026-11-27").windowEndsOn.lte).toBe("2027-05-27");
    expect(expiringWithin(1, "2026-12-15").windowEndsOn.lte).toBe("2027-01-15");
    expect(expiringWithin(6, "2026-11-27").state.in).not.toContain("CERTIFIED");
  });
});

describe("the dossier state machine", () => {
  it("goes from the préalable to the jury either directly or through training", () => {
    expect(dossierTransition("RECORD_PRELIMINARY", "PRELIMINARY_PLANNED")!.to).toEqual(["READY_FOR_JURY", "IN_TRAINING"]);
    expect(dossierTransition("PLAN_FINAL", "IN_TRAINING")!.guards).toContain("EVALUATOR_NOT_TRAINER");
    expect(dossierTransition("CERTIFY", "READY_FOR_JURY")).toBeUndefined();
  });

  it("never leaves a final state, and offers withdrawal from every open one", () => {
    for (const t of dossierTransitions) for (const s of t.from) expect(OPEN_DOSSIER_STATES).toContain(s);
    const actions = (state: Parameters<typeof dossierActionsFrom>[0]) => dossierActionsFrom(state).map((t) => t.action);
    expect(actions("CERTIFIED")).toEqual([]);
    for (const s of OPEN_DOSSIER_STATES) expect(actions(s)).toContain("WITHDRAW");
    expect(actions("OPENED")).not.toContain("EXPIRE");
  });

  it("past the 5-year window leaves only closing: every other action of people checks the window", () => {
    for (const t of dossierTransitions) {
      const closing = t.action === "WITHDRAW" || t.action === "EXPIRE";
      const beforeWindow = t.from.every((s) => s === "OPENED" || s === "PRELIMINARY_PLANNED");
      if (!closing && !beforeWindow) expect(t.guards, t.action).toContain("WITHIN_WINDOW");
    }
  });

  it("leaves jury decisions to the jury and evaluation results to evaluators (through the capability table)", () => {
    const grant = (role: Role): RoleGrant[] => [{ role, networkId: "n", establishmentId: role === "JURY" ? null : "e" }];
    const mayDo = (state: Parameters<typeof dossierActionsFrom>[0], role: Role) =>
      dossierActionsFrom(state)
        .filter((t) => can(grant(role), t.capability!, { networkId: "n", establishmentId: "e" }))
        .map((t) => t.action);
    expect(mayDo("SUBMITTED_TO_JURY", "JURY")).toEqual(["CERTIFY", "ADJOURN"]);
    expect(mayDo("SUBMITTED_TO_JURY", "ADVISOR")).toEqual(["WITHDRAW"]);
    expect(mayDo("PRELIMINARY_PLANNED", "ADVISOR")).not.toContain("RECORD_PRELIMINARY");
    expect(mayDo("PRELIMINARY_PLANNED", "EVALUATOR")).toContain("RECORD_PRELIMINARY");
    expect(mayDo("IN_TRAINING", "EVALUATOR")).not.toContain("PLAN_TRAINING");
    expect(mayDo("IN_TRAINING", "ADVISOR")).toContain("PLAN_TRAINING");
  });
});
