import { loadCommonPasswords } from "@clea/schema";
import { describe, expect, it, vi } from "vitest";
import { defineComponent, h, ref } from "vue";
import { flush, mountView } from "../../../shared/test-utils.ts";
import PasswordChooser from "./PasswordChooser.vue";

/** The password policy of @clea/schema, shown rule by rule as the password is typed. */
const Host = defineComponent({
  setup() {
    const password = ref("");
    const confirmation = ref("");
    return () =>
      h(PasswordChooser, {
        idPrefix: "t-",
        label: "Nouveau mot de passe",
        email: "jeanne.martin@demo.clea.fr",
        password: password.value,
        "onUpdate:password": (v: string) => (password.value = v),
        confirmation: confirmation.value,
        "onUpdate:confirmation": (v: string) => (confirmation.value = v),
      });
  },
});

const state = (wrapper: Awaited<ReturnType<typeof mountView>>["wrapper"], rule: string) =>
  wrapper.get(`[data-rule="${rule}"]`).attributes("data-state");

describe("password chooser", () => {
  it("follows the policy as you type, with the API's own messages", async () => {
    await loadCommonPasswords();
    const { wrapper } = await mountView(Host);
    await vi.waitFor(() => expect(wrapper.find('[data-rule="common"]').exists()).toBe(true));
    const input = wrapper.get("#t-password");
    expect(input.attributes("aria-describedby")).toContain("t-policy");

    await input.setValue("court");
    expect(state(wrapper, "length")).toBe("notMet");
    await input.trigger("blur");
    expect(wrapper.get('[data-testid="t-password-error"]').text()).toContain("au moins 12 caractères");

    await input.setValue("jeanne.martin-2026");
    expect(state(wrapper, "length")).toBe("met");
    expect(state(wrapper, "email")).toBe("notMet");

    await input.setValue("motdepasse2024!");
    await vi.waitFor(() => expect(state(wrapper, "common")).toBe("notMet"));
    expect(wrapper.get('[data-testid="t-password-error"]').text()).toContain("plus courants");

    await input.setValue("Le héron guette au bord du canal");
    await flush();
    expect(["length", "max", "email", "common"].map((r) => state(wrapper, r))).toEqual(["met", "met", "met", "met"]);
    expect(wrapper.find('[data-testid="t-password-error"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="policy-status"]').text()).toBe("Le mot de passe respecte toutes les règles.");

    await wrapper.get("#t-confirmation").setValue("autre chose");
    await wrapper.get("#t-confirmation").trigger("blur");
    expect(wrapper.get('[data-testid="t-confirmation-error"]').text()).toBe("Les deux mots de passe ne sont pas identiques.");
    wrapper.unmount();
  });
});
