import { buildClientSchema, buildSchema, introspectionFromSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { nextTick } from "vue";
import { mountView } from "../../../shared/test-utils.ts";
import SchemaDocs from "./SchemaDocs.vue";

const schema = buildClientSchema(
  introspectionFromSchema(
    buildSchema(`
      """Une demande de certification"""
      type Dossier { """Identifiant""" id: ID! state: DossierState! }
      enum DossierState { OPENED CLOSED }
      type DossierConnection { totalCount: Int! }
      type Query {
        """Les dossiers visibles, les plus récents d'abord"""
        dossiers(first: Int): DossierConnection!
        """Un dossier"""
        dossier(id: ID!): Dossier!
        apiVersion: String!
      }
      type Mutation { """Ouvre un dossier""" openDossier(candidateId: ID!): Dossier! }
    `),
  ),
);

describe("SchemaDocs", () => {
  it("lists queries and mutations, filters them, and opens an entry with its description and arguments", async () => {
    const { wrapper } = await mountView(SchemaDocs, { props: { schema } });
    const names = () => wrapper.findAll("[data-doc-entry]").map((b) => b.find("code").text());
    expect(names()).toEqual(["apiVersion", "dossier", "dossiers", "openDossier"]);
    expect(wrapper.find("#explorer-docs-count").text()).toBe("3 requête(s), 1 mutation(s)");

    await wrapper.find("#explorer-docs-search").setValue("récents");
    expect(names()).toEqual(["dossiers"]);
    const entry = wrapper.find("[data-doc-entry]");
    expect(entry.attributes("aria-expanded")).toBe("false");
    await entry.trigger("click");
    expect(entry.attributes("aria-expanded")).toBe("true");
    const details = wrapper.find(`#${CSS.escape(entry.attributes("aria-controls")!)}`);
    expect(details.text()).toContain("Les dossiers visibles, les plus récents d'abord");
    expect(details.text()).toContain("first:");
    // The chevron is not part of the button's name.
    expect(entry.find("[aria-hidden=true]").exists()).toBe(true);
    wrapper.unmount();
  });

  it("moves between entries with the arrow keys and opens a type, then comes back", async () => {
    const { wrapper } = await mountView(SchemaDocs, { props: { schema } });
    const entries = wrapper.findAll("[data-doc-entry]");
    (entries[0]!.element as HTMLElement).focus();
    await entries[0]!.trigger("keydown", { key: "ArrowDown" });
    expect(document.activeElement).toBe(entries[1]!.element);
    await entries[1]!.trigger("keydown", { key: "End" });
    expect(document.activeElement).toBe(entries[2]!.element); // the last query (mutations are another list)
    await entries[2]!.trigger("keydown", { key: "Home" });
    expect(document.activeElement).toBe(entries[0]!.element);

    await entries[1]!.trigger("click"); // dossier: Dossier!
    const typeLink = wrapper.findAll("button").find((b) => b.text() === "Dossier!")!;
    await typeLink.trigger("click");
    await nextTick();
    const type = wrapper.find("[data-testid=explorer-docs-type]");
    expect(type.find("h3").text()).toContain("Dossier");
    expect(type.text()).toContain("Une demande de certification");
    expect(type.text()).toContain("Identifiant");
    expect(document.activeElement).toBe(type.find("h3").element);
    await type
      .findAll("button")
      .find((b) => b.text() === "DossierState!")!
      .trigger("click");
    await nextTick();
    expect(wrapper.find("[data-testid=explorer-docs-type]").text()).toContain("OPENED");
    await wrapper.find("[data-testid=explorer-docs-type] button").trigger("click"); // back to Dossier
    await nextTick();
    expect(wrapper.find("[data-testid=explorer-docs-type] h3").text()).toContain("Dossier");
    await wrapper.find("[data-testid=explorer-docs-type] button").trigger("click"); // back to the list
    await nextTick();
    expect(wrapper.find("#explorer-docs-search").exists()).toBe(true);
    wrapper.unmount();
  });
});
