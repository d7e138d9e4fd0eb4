import { describe, expect, it } from "vitest";
import { mountView } from "../../../shared/test-utils.ts";
import type { HabilitationRow } from "../types.ts";
import HabilitationTimeline from "./HabilitationTimeline.vue";

const clea = { id: "c1", code: "CLEA" as const, name: "CléA" };
const numerique = { id: "c2", code: "CLEA_NUMERIQUE" as const, name: "CléA Numérique" };
const row = (over: Partial<HabilitationRow>): HabilitationRow => ({
  id: "h",
  role: "EVALUATOR",
  status: "GRANTED",
  decisionDate: null,
  decisionReference: null,
  startDate: null,
  endDate: null,
  allowedActions: [],
  certification: clea,
  ...over,
});

describe("habilitation timeline", () => {
  it("puts each certification × role on a line, each period's status and dates in text, and today on the axis", async () => {
    const { wrapper } = await mountView(HabilitationTimeline, {
      props: {
        today: "2026-06-15",
        habilitations: [
          row({ id: "h2", status: "GRANTED", startDate: "2026-01-01", endDate: "2027-12-31" }),
          row({ id: "h1", status: "EXPIRED", startDate: "2023-01-01", endDate: "2025-12-31" }),
          row({ id: "h3", role: "TRAINER", status: "REQUESTED" }),
          row({ id: "h4", certification: numerique, status: "SUSPENDED", startDate: "2025-06-01", endDate: "2028-05-31" }),
        ],
      },
    });
    const lanes = wrapper.findAll(".lane");
    expect(lanes.map((l) => l.get(".lane-label").text())).toEqual(["CléA – Évaluateur", "CléA – Formateur", "CléA Numérique – Évaluateur"]);
    // Oldest period first, each one read as "status : from … to …" (not by its colour alone).
    const periods = lanes[0]!.findAll("li.bar");
    expect(periods.map((p) => p.text())).toEqual([
      "Expirée : du 1 janvier 2023 au 31 décembre 2025",
      "Accordée : du 1 janvier 2026 au 31 décembre 2027",
    ]);
    expect(periods[1]!.classes()).toContain("status-GRANTED");
    // The list of a line is named by the line.
    expect(lanes[0]!.get("ul.periods").attributes("aria-labelledby")).toBe(lanes[0]!.get(".lane-label").attributes("id"));
    // A request without dates has no bar: it is written under its line.
    expect(lanes[1]!.findAll("li.bar")).toHaveLength(0);
    expect(lanes[1]!.text()).toContain("Demandée – sans dates");
    expect(lanes[2]!.text()).toContain("Suspendue : du 1 juin 2025 au 31 mai 2028");
    // Periods sit on the axis in date order; today is between the two CléA periods.
    const left = (el: { attributes: (name: string) => string | undefined }) => Number(/left: ([\d.]+)%/.exec(el.attributes("style")!)![1]);
    const today = left(wrapper.get(".today-line"));
    expect(left(periods[0]!)).toBeLessThan(left(periods[1]!));
    expect(left(periods[1]!)).toBeLessThan(today);
    expect(wrapper.text()).toContain("Aujourd'hui : 15 juin 2026");
  });
});
