import { describe, expect, it, vi } from "vitest";
import { flush, mountView } from "../../../shared/test-utils.ts";
import FundingLineForm from "./FundingLineForm.vue";
import { ADD_FUNDING_LINE, UPDATE_FUNDING_LINE } from "../documents/funding.documents.ts";

const line = (over: Record<string, unknown> = {}) => ({
  __typename: "FundingLine",
  id: "line-1",
  step: "TRAINING",
  funderType: "OPCO",
  funderReference: "ACC-2026-17",
  amount: "1250.50",
  status: "AGREED",
  updatedAt: "2026-11-27T10:00:00.000Z",
  ...over,
});

describe("funding line form: the amount is text, checked with EURO_AMOUNT, sent as an exact decimal string", () => {
  it("refuses an amount with three decimals or a minus sign, on the field and in the summary, and sends nothing", async () => {
    const { wrapper } = await mountView(FundingLineForm, { props: { dossierId: "dossier-1" }, mocks: [] });
    await wrapper.get("#fl-new-funderType").setValue("REGION");
    for (const typed of ["12,345", "-40", "douze"]) {
      await wrapper.get("#fl-new-amount").setValue(typed);
      await wrapper.get("form").trigger("submit");
      await flush();
      expect(wrapper.get('[data-testid="fl-new-amount-error"]').text(), typed).toContain("Montant invalide");
      expect(wrapper.get('[data-testid="error-summary"]').text()).toContain("Montant (€) : Montant invalide");
    }
    expect(wrapper.emitted("saved")).toBeUndefined();
    wrapper.unmount();
  });

  it("requires the EDOF reference of a CPF funding", async () => {
    const { wrapper } = await mountView(FundingLineForm, { props: { dossierId: "dossier-1" }, mocks: [] });
    await wrapper.get("#fl-new-funderType").setValue("CPF");
    await wrapper.get("#fl-new-amount").setValue("500");
    await wrapper.get("form").trigger("submit");
    await flush();
    expect(wrapper.get('[data-testid="fl-new-funderReference-error"]').text()).toContain("numéro de dossier EDOF");
    wrapper.unmount();
  });

  it('sends « 1 250,5 » typed the French way as the string "1250.5" (never a float)', async () => {
    const variables = vi.fn((_v: Record<string, unknown>) => true);
    const mock = {
      request: { query: ADD_FUNDING_LINE },
      variableMatcher: (v: Record<string, unknown>) => variables(v),
      result: {
        data: {
          addFundingLine: line({
            step: "PRELIMINARY",
            funderType: "EMPLOYER",
            funderReference: null,
            amount: "1250.50",
            status: "REQUESTED",
          }),
        },
      },
    };
    const { wrapper } = await mountView(FundingLineForm, { props: { dossierId: "dossier-1" }, mocks: [mock] });
    await wrapper.get("#fl-new-funderType").setValue("EMPLOYER");
    await wrapper.get("#fl-new-amount").setValue(" 1 250,5 ");
    await wrapper.get("form").trigger("submit");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1));
    expect(variables).toHaveBeenCalledWith({
      input: {
        dossierId: "dossier-1",
        step: "PRELIMINARY",
        funderType: "EMPLOYER",
        funderReference: null,
        amount: "1250.5",
        status: "REQUESTED",
      },
    });
    wrapper.unmount();
  });

  it("edits a line: the amount shows with a French comma and goes back as the exact string", async () => {
    const variables = vi.fn((_v: Record<string, unknown>) => true);
    const mock = {
      request: { query: UPDATE_FUNDING_LINE },
      variableMatcher: (v: Record<string, unknown>) => variables(v),
      result: { data: { updateFundingLine: line({ amount: "1300.00", status: "PAID" }) } },
    };
    const { wrapper } = await mountView(FundingLineForm, { props: { dossierId: "dossier-1", line: line() }, mocks: [mock] });
    const amount = wrapper.get("#fl-line-1-amount");
    expect((amount.element as HTMLInputElement).value).toBe("1250,50");
    await amount.setValue("1300,00");
    await wrapper.get("#fl-line-1-status").setValue("PAID");
    await wrapper.get("form").trigger("submit");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1));
    expect(variables).toHaveBeenCalledWith({
      id: "line-1",
      input: { step: "TRAINING", funderType: "OPCO", funderReference: "ACC-2026-17", amount: "1300.00", status: "PAID" },
    });
    wrapper.unmount();
  });
});
