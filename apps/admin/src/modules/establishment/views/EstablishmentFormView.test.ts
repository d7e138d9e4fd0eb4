import { describe, expect, it, vi } from "vitest";
import { flush, mountView } from "../../../shared/test-utils.ts";
import EstablishmentFormView from "./EstablishmentFormView.vue";
import { ORGANISATION_BRIEF } from "../documents/establishment.documents.ts";

/** SIREN 732829320 and its valid SIRET 73282932000074 (the schema package's own examples). */
const organisationMock = () => ({
  request: { query: ORGANISATION_BRIEF, variables: { id: "org-1" } },
  result: { data: { organisation: { __typename: "Organisation", id: "org-1", legalName: "Organisme test", siren: "732829320" } } },
});

async function setup() {
  const view = await mountView(EstablishmentFormView, { props: { organisationId: "org-1" }, mocks: [organisationMock()] });
  // The organisation (and its SIREN) arrives from the API.
  await vi.waitFor(() => expect(view.wrapper.text()).toContain("Organisme test"));
  return view;
}

describe("establishment form: validation as you type", () => {
  it("says nothing while the SIRET is incomplete, then the shared validator's message once 14 digits are typed", async () => {
    const { wrapper } = await setup();
    const siret = wrapper.get("#estab-siret");
    await siret.setValue("7328293200");
    expect(wrapper.find('[data-testid="estab-siret-error"]').exists()).toBe(false);
    await siret.setValue("73282932000075");
    expect(wrapper.get('[data-testid="estab-siret-error"]').text()).toContain("Ce SIRET n'est pas valide (clé de contrôle incorrecte).");
    expect(siret.attributes("aria-invalid")).toBe("true");
    expect(siret.attributes("aria-describedby")).toContain("estab-siret-error");
    await siret.setValue("73282932000074");
    expect(wrapper.find('[data-testid="estab-siret-error"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("refuses a SIRET of another company, naming the organisation's SIREN", async () => {
    const { wrapper } = await setup();
    await wrapper.get("#estab-siret").setValue("55210055400013");
    expect(wrapper.get('[data-testid="estab-siret-error"]').text()).toContain("il doit commencer par son SIREN 732829320");
    wrapper.unmount();
  });

  it("proposes the department of the postal code, derives the region, and checks that they match", async () => {
    const { wrapper } = await setup();
    await wrapper.get("#estab-postalCode").setValue("69003");
    expect((wrapper.get("#estab-departmentCode").element as HTMLSelectElement).value).toBe("69");
    expect(wrapper.get('[data-testid="derived-region"]').text()).toBe("Auvergne-Rhône-Alpes");
    await wrapper.get("#estab-departmentCode").setValue("75");
    expect(wrapper.get('[data-testid="estab-postalCode-error"]').text()).toBe(
      "Ce code postal est celui du département 69 (Rhône), pas du 75.",
    );
    expect(wrapper.get('[data-testid="derived-region"]').text()).toBe("Île-de-France");
    wrapper.unmount();
  });

  it("on submit with empty fields, lists every problem in the error summary and sends nothing", async () => {
    const { wrapper } = await setup();
    await wrapper.get("form").trigger("submit");
    await flush();
    const summary = wrapper.get('[data-testid="error-summary"]');
    expect(summary.text()).toContain("Le SIRET doit comporter exactement 14 chiffres.");
    expect(summary.text()).toContain("Ce champ est obligatoire.");
    expect(wrapper.get('[data-testid="estab-name-error"]').text()).toContain("Ce champ est obligatoire.");
    wrapper.unmount();
  });
});
