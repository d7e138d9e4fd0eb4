import { mount } from "@vue/test-utils";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { i18n } from "../../i18n/index.ts";
import SortSelect from "./SortSelect.vue";

describe("SortSelect: a labelled native select of the list's sorts", () => {
  it("ties its visible label to the select and labels each option from the catalogue", async () => {
    const wrapper = mount(SortSelect, {
      props: { id: "cert-sort", keys: ["recent", "oldest", "number"], labelPrefix: "listSort.certificate", modelValue: "recent" },
      global: { plugins: [i18n] },
      attachTo: document.body,
    });
    const label = wrapper.get("label");
    expect(label.attributes("for")).toBe("cert-sort");
    expect(label.text()).toBe("Trier par");
    const select = wrapper.get("select#cert-sort");
    expect(select.classes()).toContain("native-select");
    expect(wrapper.findAll("option").map((o) => [o.attributes("value"), o.text()])).toEqual([
      ["recent", "Délivrés le plus récemment"],
      ["oldest", "Délivrés le plus anciennement"],
      ["number", "Numéro"],
    ]);
    // The select's accessible name is its visible label (axe's select-name / label rules).
    const res = await axe.run(wrapper.element as Element, { runOnly: { type: "rule", values: ["select-name", "label"] } });
    expect(res.violations).toEqual([]);
    expect(res.passes.map((p) => p.id)).toContain("select-name");
    await select.setValue("number");
    expect(wrapper.emitted("update:modelValue")).toEqual([["number"]]);
    wrapper.unmount();
  });
});
