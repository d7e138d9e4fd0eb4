import { Role } from "@clea/schema";
import { describe, expect, it } from "vitest";
import type { RoleGrant } from "../../session/session.ts";
import {
  dashboardKind,
  dossiersByState,
  formatCount,
  formatMonth,
  formatRate,
  mostMissingDomains,
  points,
  total,
  valueForYear,
  type AggregateRow,
} from "./dashboard.ts";

const row = (
  dimension: string,
  value: string | null,
  measure: string,
  v: number | null,
  suppressed = false,
  label: string | null = value,
): AggregateRow => ({
  keys: [{ dimension, value, label }],
  values: [{ measure, value: suppressed ? null : v }],
  suppressed,
});
const grant = (role: Role): RoleGrant => ({ role, networkId: null, establishmentId: null });
// Intl puts narrow no-break spaces in French numbers; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("dashboardKind", () => {
  it("gives the network dashboard to ADMIN and network managers, even with other roles", () => {
    expect(dashboardKind([grant(Role.ADMIN)])).toBe("network");
    expect(dashboardKind([grant(Role.ANALYST), grant(Role.NETWORK_MANAGER)])).toBe("network");
  });
  it("gives centre staff, analysts and juries their own", () => {
    for (const r of [Role.CENTRE_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.TRAINER]) expect(dashboardKind([grant(r)])).toBe("centre");
    expect(dashboardKind([grant(Role.ANALYST)])).toBe("analyst");
    expect(dashboardKind([grant(Role.JURY)])).toBe("jury");
    expect(dashboardKind([])).toBe("none");
  });
});

describe("mostMissingDomains", () => {
  const rows = [
    row("DOMAIN", "D1", "PRELIMINARY_ACQUISITION_RATE", 0.8, false, "Communication"),
    row("DOMAIN", "D2", "PRELIMINARY_ACQUISITION_RATE", 0.35, false, "Calcul"),
    row("DOMAIN", "D3", "PRELIMINARY_ACQUISITION_RATE", null, true, "Masqué"),
    row("DOMAIN", "D4", "PRELIMINARY_ACQUISITION_RATE", 0.5, false, "Numérique"),
    row("DOMAIN", "D5", "PRELIMINARY_ACQUISITION_RATE", 0.35, false, "Apprendre"),
  ];
  it("puts the lowest acquisition rates first, ties by name, and leaves masked groups out", () => {
    expect(mostMissingDomains(rows, 3).map((d) => d.label)).toEqual(["Apprendre", "Calcul", "Numérique"]);
    expect(mostMissingDomains(rows).map((d) => d.key)).toEqual(["D5", "D2", "D4", "D1"]);
  });
});

describe("dossiersByState and totals", () => {
  it("lists every state in the order of the process, 0 when absent", () => {
    const list = dossiersByState([row("STATE", "CERTIFIED", "COUNT", 12), row("STATE", "OPENED", "COUNT", 3)], (s) => `L-${s}`);
    expect(list[0]).toMatchObject({ key: "OPENED", label: "L-OPENED", value: 3 });
    expect(list.find((p) => p.key === "CERTIFIED")?.value).toBe(12);
    expect(list.find((p) => p.key === "EXPIRED")?.value).toBe(0);
    expect(list).toHaveLength(10);
    expect(total(list)).toBe(15);
  });
  it("keeps masked groups as masked points without value", () => {
    const p = points([row("CERTIFICATE_DATE", "2026-01-01", "COUNT", 4, true)], "COUNT");
    expect(p[0]).toMatchObject({ value: null, masked: true });
    expect(total(p)).toBe(0);
  });
  it("reads the value of a year from a YEAR-truncated dimension", () => {
    const rows = [row("CERTIFICATE_DATE", "2025-01-01", "COUNT", 40), row("CERTIFICATE_DATE", "2026-01-01", "COUNT", 7)];
    expect(valueForYear(rows, "COUNT", 2026)).toBe(7);
    expect(valueForYear(rows, "COUNT", 2024)).toBe(0);
  });
});

describe("formatting", () => {
  it("formats counts, rates and months in French", () => {
    expect(plain(formatCount(1234))).toBe("1 234");
    expect(plain(formatRate(0.425))).toBe("42,5 %");
    expect(formatRate(null)).toBe("—");
    expect(formatMonth("2026-03-01")).toBe("mars 2026");
    expect(formatCount(1234, "en")).toBe("1,234");
  });
});
