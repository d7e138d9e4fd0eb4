import { ApolloClient, InMemoryCache } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { i18n } from "../../../i18n/index.ts";
import { routes } from "../../../router.ts";
import { ESTABLISHMENT_CHOICES } from "../../candidate/documents/candidate.documents.ts";
import DossierListView from "./DossierListView.vue";
import { DOSSIERS } from "../documents/dossier.documents.ts";

/** A page of `total` dossiers (no rows needed: the total line tells the queries apart). */
const page = (total: number) => ({
  data: {
    dossiers: {
      __typename: "DossierConnection",
      totalCount: total,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    },
  },
});
const choices: MockedResponse = {
  request: { query: ESTABLISHMENT_CHOICES },
  result: { data: { establishments: { __typename: "EstablishmentConnection", edges: [] } } },
};

/** Mounts the list at `path` (its filters and sort come from the address). */
async function mountAt(path: string, mocks: MockedResponse[]) {
  const client = new ApolloClient({ link: new MockLink([choices, ...mocks]), cache: new InMemoryCache() });
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(DossierListView, {
    attachTo: document.body,
    global: { plugins: [i18n, router, [PrimeVue, { theme: "none" }]], provide: { [DefaultApolloClient as symbol]: client } },
  });
  return { wrapper, router };
}

const RECENT = [{ field: "CREATED_AT", direction: "DESC" }];
const WINDOW = [{ field: "WINDOW_ENDS_ON", direction: "ASC" }];
const STATE = [
  { field: "STATE", direction: "ASC" },
  { field: "STATE_CHANGED_AT", direction: "ASC" },
];

describe("dossier list: the sort picker (shared SortSelect / useListSort), unchanged for the user", () => {
  it("reads ?tri= from the address, sends it as orderBy, keeps it with the filters, and clears it with them", async () => {
    const withdrawn = { and: [{ state: { eq: "WITHDRAWN" } }] };
    const { wrapper, router } = await mountAt("/dossiers?tri=window", [
      { request: { query: DOSSIERS, variables: { first: 20, orderBy: WINDOW } }, result: page(3) },
      { request: { query: DOSSIERS, variables: { first: 20, filter: withdrawn, orderBy: WINDOW } }, result: page(2) },
      { request: { query: DOSSIERS, variables: { first: 20, filter: withdrawn, orderBy: STATE } }, result: page(12) },
      { request: { query: DOSSIERS, variables: { first: 20, orderBy: RECENT } }, result: page(7) },
    ]);
    const total = () => wrapper.get("[data-testid=total]").text();
    await vi.waitFor(() => expect(total()).toBe("3 résultats"));
    const select = wrapper.get("select#dos-sort");
    expect(wrapper.get("label[for=dos-sort]").text()).toBe("Trier par");
    expect((select.element as HTMLSelectElement).value).toBe("window");
    expect(select.findAll("option").map((o) => o.attributes("value"))).toEqual(["recent", "window", "opened", "state"]);

    await wrapper.get("#dos-state").setValue("WITHDRAWN");
    await vi.waitFor(() => expect(total()).toBe("2 résultats"));
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ etat: "WITHDRAWN", tri: "window" }));

    await select.setValue("state");
    await vi.waitFor(() => expect(total()).toBe("12 résultats"));
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ etat: "WITHDRAWN", tri: "state" }));

    // "Effacer": the filters and the sort back to their defaults, in one address (the default sort omitted).
    await wrapper
      .findAll("button")
      .find((b) => b.text() === "Effacer")!
      .trigger("click");
    await vi.waitFor(() => expect(total()).toBe("7 résultats"));
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({}));
    expect((select.element as HTMLSelectElement).value).toBe("recent");
    wrapper.unmount();
  });

  it("falls back to the most recent first on an unknown ?tri=", async () => {
    const { wrapper } = await mountAt("/dossiers?tri=toString", [
      { request: { query: DOSSIERS, variables: { first: 20, orderBy: RECENT } }, result: page(5) },
    ]);
    await vi.waitFor(() => expect(wrapper.get("[data-testid=total]").text()).toBe("5 résultats"));
    expect((wrapper.get("select#dos-sort").element as HTMLSelectElement).value).toBe("recent");
    wrapper.unmount();
  });
});
