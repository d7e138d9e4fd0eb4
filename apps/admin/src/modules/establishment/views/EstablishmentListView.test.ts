import { describe, expect, it, vi } from "vitest";
import { mountView } from "../../../test-utils.ts";
import EstablishmentListView from "./EstablishmentListView.vue";
import { ESTABLISHMENTS } from "./establishment.documents.ts";

const page = (names: string[]) => ({
  data: {
    establishments: {
      __typename: "EstablishmentConnection",
      totalCount: names.length,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: names.map((name, i) => ({
        __typename: "EstablishmentEdge",
        cursor: `c${i}`,
        node: {
          __typename: "Establishment",
          id: `e${i}-${name}`,
          name,
          siret: "73282932000074",
          city: "Lyon",
          departmentCode: "69",
          status: "OPEN",
          organisation: { __typename: "Organisation", id: "o1", legalName: "Organisme" },
        },
      })),
    },
  },
});

describe("establishment list: the filters become the list's typed filter", () => {
  it("asks for the establishments habilitated today for the chosen certification, in the chosen region", async () => {
    const filtered = {
      search: { contains: "lyon" },
      regionCode: { eq: "84" },
      habilitations: { certificationCode: { eq: "CLEA" }, status: { eq: "GRANTED" } },
    };
    const { wrapper } = await mountView(EstablishmentListView, {
      mocks: [
        { request: { query: ESTABLISHMENTS, variables: { first: 20, filter: {} } }, result: page(["Tous"]) },
        { request: { query: ESTABLISHMENTS, variables: { first: 20, filter: { regionCode: { eq: "84" } } } }, result: page(["En région"]) },
        {
          request: { query: ESTABLISHMENTS, variables: { first: 20, filter: { regionCode: { eq: "84" }, habilitations: filtered.habilitations } } },
          result: page(["Habilité"]),
        },
        { request: { query: ESTABLISHMENTS, variables: { first: 20, filter: filtered } }, result: page(["Habilité à Lyon"]) },
      ],
    });
    await vi.waitFor(() => expect(wrapper.text()).toContain("Tous"));
    await wrapper.get("#estab-region").setValue("84");
    await vi.waitFor(() => expect(wrapper.text()).toContain("En région"));
    await wrapper.get("#estab-certification").setValue("CLEA");
    await vi.waitFor(() => expect(wrapper.text()).toContain("Habilité"));
    await wrapper.get("#estab-search").setValue("  lyon ");
    await wrapper.get("form[role=search]").trigger("submit");
    await vi.waitFor(() => expect(wrapper.text()).toContain("Habilité à Lyon"));
    wrapper.unmount();
  });
});
