import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { flush, mountView } from "../../../shared/test-utils.ts";
import CandidateFormView from "./CandidateFormView.vue";
import { CANDIDATE_BRIEF, CREATE_CANDIDATE, ESTABLISHMENT_CHOICES } from "../documents/candidate.documents.ts";

const establishments = {
  request: { query: ESTABLISHMENT_CHOICES },
  result: {
    data: {
      establishments: {
        __typename: "EstablishmentConnection",
        edges: [
          {
            __typename: "EstablishmentEdge",
            node: { __typename: "Establishment", id: "e-1", name: "APP Limoges", city: "Limoges", networkId: "n-1" },
          },
        ],
      },
    },
  },
};
const duplicateBrief = {
  request: { query: CANDIDATE_BRIEF, variables: { id: "c-1" } },
  result: {
    data: {
      candidate: {
        __typename: "Candidate",
        id: "c-1",
        pseudonym: "C-0123456789",
        lastName: "Martin",
        usualName: null,
        firstNames: "Léa",
        birthDate: "1990-05-04",
        birthPlace: "Tulle",
        establishment: { __typename: "Establishment", id: "e-1", name: "APP Limoges" },
      },
    },
  },
};

/** Every createCandidate sent, in order (the MockLink answers the first with LIKELY_DUPLICATE). */
function createMocks(sent: Record<string, unknown>[]) {
  const match = (confirm: boolean) => (vars: Record<string, unknown>) => {
    if (Boolean(vars.confirmLikelyDuplicate) !== confirm) return false;
    sent.push(vars);
    return true;
  };
  return [
    {
      request: { query: CREATE_CANDIDATE },
      variableMatcher: match(false),
      result: {
        errors: [
          new GraphQLError("Un candidat du réseau a déjà ces nom de naissance, prénoms et date de naissance.", {
            extensions: { code: "LIKELY_DUPLICATE", duplicates: ["c-1"] },
          }),
        ],
      },
    },
    {
      request: { query: CREATE_CANDIDATE },
      variableMatcher: match(true),
      result: { data: { createCandidate: { __typename: "Candidate", id: "c-2", pseudonym: "C-ABCDEFGHJK" } } },
    },
  ];
}

async function fill(wrapper: Awaited<ReturnType<typeof mountView>>["wrapper"]) {
  await wrapper.get("#cand-lastName").setValue("Martin");
  await wrapper.get("#cand-firstNames").setValue("Léa");
  await wrapper.get("#cand-birthDate").setValue("1990-05-04");
  await wrapper.get("#cand-birthPlace").setValue("Limoges");
  await wrapper.get("#cand-gender").setValue("FEMALE");
  await wrapper.get("#cand-email").setValue("lea.martin@example.fr");
  await wrapper.get("#cand-entryStatus").setValue("EMPLOYEE");
  await wrapper.get("#cand-qualificationLevel").setValue("LEVEL_4_BAC");
  await wrapper.get("#cand-prescriber").setValue("EMPLOYER");
}

describe("candidate registration", () => {
  it("chooses the only establishment, and refuses an incomplete form without sending anything", async () => {
    const sent: Record<string, unknown>[] = [];
    const { wrapper } = await mountView(CandidateFormView, { mocks: [establishments, ...createMocks(sent)] });
    await vi.waitFor(() => expect((wrapper.get("#cand-establishmentId").element as HTMLSelectElement).value).toBe("e-1"));
    await wrapper.get("form").trigger("submit");
    await flush();
    const summary = wrapper.get('[data-testid="error-summary"]').text();
    expect(summary).toContain("Nom de naissance : Le nom de naissance est obligatoire.");
    expect(summary).toContain("Adresse e-mail : L'adresse e-mail est obligatoire.");
    expect(sent).toEqual([]);
    wrapper.unmount();
  });

  it("shows a likely duplicate, then sends the same request again, with the confirmation and the same idempotency key", async () => {
    const sent: Record<string, unknown>[] = [];
    const { wrapper, router } = await mountView(CandidateFormView, { mocks: [establishments, duplicateBrief, ...createMocks(sent)] });
    await vi.waitFor(() => expect((wrapper.get("#cand-establishmentId").element as HTMLSelectElement).value).toBe("e-1"));
    await fill(wrapper);
    await wrapper.get("form").trigger("submit");
    await vi.waitFor(() => expect(wrapper.find('[data-testid="likely-duplicate"]').exists()).toBe(true));
    const box = wrapper.get('[data-testid="likely-duplicate"]');
    await vi.waitFor(() => expect(box.text()).toContain("MARTIN Léa"));
    expect(box.text()).toContain("Un candidat du réseau a déjà ces nom de naissance");
    expect(box.text()).toContain("né(e) le 4 mai 1990 à Tulle, APP Limoges");
    expect(sent).toHaveLength(1);
    const first = sent[0]!;
    expect(first.input).toMatchObject({
      establishmentId: "e-1",
      lastName: "Martin",
      firstNames: "Léa",
      birthDate: "1990-05-04",
      address: null,
      phone: null,
    });
    expect(typeof first.idempotencyKey).toBe("string");

    await wrapper.get('[data-testid="confirm-duplicate"]').trigger("click");
    // The candidate page is a lazily loaded route: give its first import time on a busy machine.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe("candidate"), { timeout: 10_000 });
    expect(router.currentRoute.value.params.id).toBe("c-2");
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ confirmLikelyDuplicate: true, idempotencyKey: first.idempotencyKey, input: first.input });
    wrapper.unmount();
  });
});
