import { afterEach, describe, expect, it, vi } from "vitest";
import { session } from "../../../session/index.ts";
import { flush, mountView } from "../../../shared/test-utils.ts";
import SignInView from "./SignInView.vue";

/** The sign-in page against a stubbed /graphql: what is announced when the API refuses. */
function answer(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  session.setSession(null);
});

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountView>>["wrapper"]) {
  await wrapper.get("#signin-email").setValue("admin@demo.clea.fr");
  await wrapper.get("#signin-password").setValue("pas le bon mot de passe");
  await wrapper.get("form").trigger("submit");
  await vi.waitFor(() => expect(wrapper.find('[data-testid="signin-error"]').exists()).toBe(true));
}

describe("sign-in page", () => {
  it("labels its fields and says which one is missing", async () => {
    const { wrapper } = await mountView(SignInView);
    expect(wrapper.get('label[for="signin-email"]').text()).toContain("Adresse e-mail");
    expect(wrapper.get('label[for="signin-password"]').text()).toContain("Mot de passe");
    expect(wrapper.get("#signin-password").attributes("autocomplete")).toBe("current-password");
    await wrapper.get("form").trigger("submit");
    await flush();
    expect(wrapper.get('[data-testid="signin-email-error"]').text()).toContain("Saisissez votre adresse e-mail.");
    expect(wrapper.get("#signin-email").attributes("aria-invalid")).toBe("true");
    wrapper.unmount();
  });

  it("announces the API's answer to wrong credentials in an alert that takes the focus, and empties the password", async () => {
    const fetchMock = answer({
      errors: [{ message: "Adresse e-mail ou mot de passe incorrect.", extensions: { code: "UNAUTHENTICATED" } }],
    });
    const { wrapper } = await mountView(SignInView);
    await fillAndSubmit(wrapper);
    const alert = wrapper.get('[data-testid="signin-error"]');
    expect(alert.text()).toContain("Adresse e-mail ou mot de passe incorrect.");
    expect(alert.element.closest('[role="alert"]')).not.toBeNull();
    expect(document.activeElement).toBe(alert.element);
    expect((wrapper.get("#signin-password").element as HTMLInputElement).value).toBe("");
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.credentials).toBe("same-origin");
    wrapper.unmount();
  });

  it("gives the time at which a throttled account may try again", async () => {
    const retryAt = new Date(Date.now() + 5 * 60_000);
    answer({
      errors: [
        {
          message: "Trop de tentatives de connexion. Réessayez dans 5 minutes.",
          extensions: { code: "RATE_LIMITED", retryAfterSeconds: 300, retryAt: retryAt.toISOString() },
        },
      ],
    });
    const { wrapper } = await mountView(SignInView);
    await fillAndSubmit(wrapper);
    // The time as it reads in France, whatever the machine's time zone.
    const hhmm = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" }).format(retryAt);
    expect(wrapper.get('[data-testid="signin-error"]').text()).toContain(`Vous pourrez réessayer à ${hhmm} (dans 5 min)`);
    wrapper.unmount();
  });
});
