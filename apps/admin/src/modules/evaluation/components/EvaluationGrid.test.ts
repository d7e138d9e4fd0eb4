import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { describe, expect, it } from "vitest";
import { nextTick } from "vue";
import { i18n } from "../../../i18n/index.ts";
import type { GridDomain, GridResults } from "../types.ts";
import EvaluationGrid from "./EvaluationGrid.vue";

/**
 * A small référentiel: D1 has a sub-domain with a threshold (2 of 3) and a mandatory criterion,
 * and one that needs all its criteria; D2 has one sub-domain at 50 %.
 */
const criterion = (code: string) => ({ id: `id-${code}`, code, title: `Critère ${code}` });
const DOMAINS: GridDomain[] = [
  {
    id: "d1",
    code: "D1",
    title: "Communiquer en français",
    subDomains: [
      {
        id: "s11",
        code: "D1.1",
        title: "Écouter",
        thresholdPercent: 66,
        mandatoryCriteria: ["D1.1.1"],
        criteria: ["D1.1.1", "D1.1.2", "D1.1.3"].map(criterion),
      },
      {
        id: "s12",
        code: "D1.2",
        title: "S'exprimer",
        thresholdPercent: 100,
        mandatoryCriteria: [],
        criteria: ["D1.2.1", "D1.2.2"].map(criterion),
      },
    ],
  },
  {
    id: "d2",
    code: "D2",
    title: "Calculer",
    subDomains: [
      {
        id: "s21",
        code: "D2.1",
        title: "Compter",
        thresholdPercent: 50,
        mandatoryCriteria: [],
        criteria: ["D2.1.1", "D2.1.2"].map(criterion),
      },
    ],
  },
];

function mountGrid(props: { domainCodes?: string[] | null; results?: GridResults } = {}) {
  const wrapper = mount(EvaluationGrid, {
    props: {
      domains: DOMAINS,
      domainCodes: props.domainCodes ?? null,
      results: props.results ?? {},
      "onUpdate:results": (v: GridResults) => wrapper.setProps({ results: v }),
    },
    attachTo: document.body,
    global: { plugins: [i18n, [PrimeVue, { theme: "none" }]] },
  });
  return wrapper;
}
const radio = (code: string, value: "ACQUIRED" | "NOT_ACQUIRED" = "ACQUIRED") =>
  document.getElementById(`grid-c-${code}${value === "ACQUIRED" ? "" : "-na"}`) as HTMLInputElement;
const text = (wrapper: ReturnType<typeof mountGrid>, testid: string) => wrapper.get(`[data-testid="${testid}"]`).text();
async function press(wrapper: ReturnType<typeof mountGrid>, code: string, key: string) {
  await wrapper.get(`[data-testid="criterion-${code}"] input[value="ACQUIRED"]`).trigger("keydown", { key });
  await nextTick();
}

describe("evaluation grid: keyboard entry", () => {
  it("makes each criterion one radio group Acquis / Non acquis, labelled by its code and title", () => {
    const wrapper = mountGrid();
    const fieldsets = wrapper.findAll("fieldset.criterion");
    expect(fieldsets).toHaveLength(7);
    expect(fieldsets[0]!.get("legend").text()).toContain("D1.1.1 Critère D1.1.1");
    expect(fieldsets[0]!.get("legend").text()).toContain("obligatoire");
    const radios = fieldsets[0]!.findAll('input[type="radio"]');
    expect(radios.map((r) => (r.element as HTMLInputElement).name)).toEqual(["grid-D1.1.1", "grid-D1.1.1"]);
    expect(fieldsets[0]!.text()).toContain("Acquis");
    expect(fieldsets[0]!.text()).toContain("Non acquis");
    wrapper.unmount();
  });

  it("scores the focused criterion with A or N and moves the focus to the next criterion", async () => {
    const wrapper = mountGrid();
    radio("D1.1.1").focus();
    await press(wrapper, "D1.1.1", "a");
    expect(wrapper.props("results")).toEqual({ "D1.1.1": "ACQUIRED" });
    expect(radio("D1.1.1").checked).toBe(true);
    expect(document.activeElement).toBe(radio("D1.1.2"));

    await press(wrapper, "D1.1.2", "N");
    expect(wrapper.props("results")["D1.1.2"]).toBe("NOT_ACQUIRED");
    expect(radio("D1.1.2", "NOT_ACQUIRED").checked).toBe(true);
    expect(document.activeElement).toBe(radio("D1.1.3"));

    // Across a sub-domain boundary too.
    await press(wrapper, "D1.1.3", "a");
    expect(document.activeElement).toBe(radio("D1.2.1"));
    // A letter with a modifier (a browser shortcut) or another key changes nothing.
    await wrapper.get('[data-testid="criterion-D1.2.1"] input[value="ACQUIRED"]').trigger("keydown", { key: "a", ctrlKey: true });
    await press(wrapper, "D1.2.1", "x");
    expect(wrapper.props("results")["D1.2.1"]).toBeUndefined();
    wrapper.unmount();
  });

  it("a mouse or an arrow key (a change of the native radio) scores the criterion too", async () => {
    const wrapper = mountGrid();
    await wrapper.get('[data-testid="criterion-D2.1.1"] input[value="NOT_ACQUIRED"]').setValue(true);
    expect(wrapper.props("results")).toEqual({ "D2.1.1": "NOT_ACQUIRED" });
    wrapper.unmount();
  });

  it("'Tout acquis' scores every criterion of its sub-domain, and only those", async () => {
    const wrapper = mountGrid({ results: { "D1.2.1": "NOT_ACQUIRED" } });
    const button = wrapper.get('[data-testid="all-acquired-D1.2"]');
    expect(button.attributes("aria-label")).toBe("Tout acquis : sous-domaine D1.2");
    await button.trigger("click");
    expect(wrapper.props("results")).toEqual({ "D1.2.1": "ACQUIRED", "D1.2.2": "ACQUIRED" });
    wrapper.unmount();
  });
});

describe("evaluation grid: live outcomes (the API's deriveOutcomes)", () => {
  it("counts each sub-domain as you enter, validates it at its threshold and announces the domains acquired", async () => {
    const wrapper = mountGrid();
    expect(text(wrapper, "grid-summary")).toBe("0 domaine acquis sur 2");
    expect(wrapper.get('[data-testid="grid-summary"]').attributes("role")).toBe("status");
    expect(text(wrapper, "subdomain-outcome-D1.1")).toContain("0/3 acquis (seuil 66 %)");
    expect(text(wrapper, "subdomain-outcome-D1.1")).toContain("À compléter");

    radio("D1.1.1").focus();
    await press(wrapper, "D1.1.1", "a");
    await press(wrapper, "D1.1.2", "a");
    expect(text(wrapper, "subdomain-outcome-D1.1")).toContain("2/3 acquis");
    // Two of three reach 66 %, but the third is not scored yet.
    expect(text(wrapper, "subdomain-outcome-D1.1")).toContain("À compléter");
    await press(wrapper, "D1.1.3", "n");
    expect(text(wrapper, "subdomain-outcome-D1.1")).toContain("Validé");
    expect(text(wrapper, "domain-outcome-D1")).toBe("À compléter");

    await wrapper.get('[data-testid="all-acquired-D1.2"]').trigger("click");
    expect(text(wrapper, "domain-outcome-D1")).toBe("Domaine acquis");
    expect(text(wrapper, "grid-summary")).toBe("1 domaine acquis sur 2");

    await wrapper.get('[data-testid="all-acquired-D2.1"]').trigger("click");
    expect(text(wrapper, "grid-summary")).toBe("2 domaines acquis sur 2");
    expect(text(wrapper, "grid-progress")).toBe("7 critères renseignés sur 7");
    wrapper.unmount();
  });

  it("a mandatory criterion not acquired fails its sub-domain and domain at once, and is named", async () => {
    const wrapper = mountGrid({ results: { "D1.1.2": "ACQUIRED", "D1.1.3": "ACQUIRED" } });
    expect(text(wrapper, "mandatory-missing-D1.1")).toBe("Critères obligatoires non acquis : D1.1.1");
    radio("D1.1.1").focus();
    await press(wrapper, "D1.1.1", "n");
    expect(text(wrapper, "subdomain-outcome-D1.1")).toContain("2/3 acquis");
    expect(text(wrapper, "subdomain-outcome-D1.1")).toContain("Non validé");
    // D1.2 is not scored at all, yet D1 is already lost.
    expect(text(wrapper, "domain-outcome-D1")).toBe("Domaine non acquis");
    await press(wrapper, "D1.1.1", "a");
    expect(wrapper.find('[data-testid="mandatory-missing-D1.1"]').exists()).toBe(false);
    expect(text(wrapper, "subdomain-outcome-D1.1")).toContain("Validé");
    wrapper.unmount();
  });

  it("below the threshold a sub-domain is not validated as soon as it can no longer reach it", async () => {
    const wrapper = mountGrid();
    radio("D1.2.1").focus();
    await press(wrapper, "D1.2.1", "n");
    expect(text(wrapper, "subdomain-outcome-D1.2")).toContain("Non validé");
    expect(text(wrapper, "domain-outcome-D1")).toBe("Domaine non acquis");
    wrapper.unmount();
  });

  it("for an évaluation finale shows and counts only the planned domains", async () => {
    const wrapper = mountGrid({ domainCodes: ["D2"] });
    expect(wrapper.find('[data-testid="domain-D1"]').exists()).toBe(false);
    expect(wrapper.findAll("fieldset.criterion")).toHaveLength(2);
    expect(text(wrapper, "grid-summary")).toBe("0 domaine acquis sur 1");
    radio("D2.1.1").focus();
    await press(wrapper, "D2.1.1", "a");
    expect(document.activeElement).toBe(radio("D2.1.2"));
    // The last criterion of the grid: nothing after it to move to.
    await press(wrapper, "D2.1.2", "n");
    expect(text(wrapper, "subdomain-outcome-D2.1")).toContain("1/2 acquis (seuil 50 %)");
    expect(text(wrapper, "grid-summary")).toBe("1 domaine acquis sur 1");
    wrapper.unmount();
  });
});
