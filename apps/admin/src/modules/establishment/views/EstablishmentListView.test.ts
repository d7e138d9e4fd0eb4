import { describe, expect, it, vi } from "vitest";
import { mountView } from "../../../shared/test-utils.ts";
import EstablishmentListView from "./EstablishmentListView.vue";
import { ESTABLISHMENTS } from "../documents/establishment.documents.ts";

/** The list's default order (by name), sent unless the user picks another sort. */
const BY_NAME = [{ field: "NAME", direction: "ASC" }];

const page = (names: string[], more = false) => ({
  data: {
    establishments: {
      __typename: "EstablishmentConnection",
      totalCount: more ? 40 : names.length,
      pageInfo: { __typename: "PageInfo", hasNextPage: more, hasPreviousPage: false, startCursor: "c0", endCursor: more ? "next" : "c0" },
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
        { request: { query: ESTABLISHMENTS, variables: { first: 20, filter: {}, orderBy: BY_NAME } }, result: page(["Tous"]) },
        {
          request: { query: ESTABLISHMENTS, variables: { first: 20, filter: { regionCode: { eq: "84" } }, orderBy: BY_NAME } },
          result: page(["En région"]),
        },
        {
          request: {
            query: ESTABLISHMENTS,
            variables: { first: 20, filter: { regionCode: { eq: "84" }, habilitations: filtered.habilitations }, orderBy: BY_NAME },
          },
          result: page(["Habilité"]),
        },
        {
          request: { query: ESTABLISHMENTS, variables: { first: 20, filter: filtered, orderBy: BY_NAME } },
          result: page(["Habilité à Lyon"]),
        },
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

  it("sends the chosen sort as orderBy, keeps the filters, goes back to the first page and shows ?tri= in the address", async () => {
    const byCity = [
      { field: "CITY", direction: "ASC" },
      { field: "NAME", direction: "ASC" },
    ];
    const inRegion = { regionCode: { eq: "84" } };
    const { wrapper, router } = await mountView(EstablishmentListView, {
      mocks: [
        { request: { query: ESTABLISHMENTS, variables: { first: 20, filter: {}, orderBy: BY_NAME } }, result: page(["Tous"]) },
        {
          request: { query: ESTABLISHMENTS, variables: { first: 20, filter: inRegion, orderBy: BY_NAME } },
          result: page(["Page 1 par nom"], true),
        },
        {
          request: { query: ESTABLISHMENTS, variables: { first: 20, after: "next", filter: inRegion, orderBy: BY_NAME } },
          result: page(["Page 2 par nom"]),
        },
        {
          request: { query: ESTABLISHMENTS, variables: { first: 20, filter: inRegion, orderBy: byCity } },
          result: page(["Page 1 par ville"]),
        },
      ],
    });
    await vi.waitFor(() => expect(wrapper.text()).toContain("Tous"));
    const select = wrapper.get("select#estab-sort");
    expect(wrapper.get("label[for=estab-sort]").text()).toBe("Trier par");
    expect(select.findAll("option").map((o) => o.text())).toEqual([
      "Nom (A → Z)",
      "Ville (A → Z)",
      "Département",
      "Créés le plus récemment",
    ]);
    await wrapper.get("#estab-region").setValue("84");
    await vi.waitFor(() => expect(wrapper.text()).toContain("Page 1 par nom"));
    await wrapper.findAll("nav.pager button").at(1)!.trigger("click");
    await vi.waitFor(() => expect(wrapper.text()).toContain("Page 2 par nom"));
    await select.setValue("city");
    // First page again (no `after`), the region kept, the sort in the address.
    await vi.waitFor(() => expect(wrapper.text()).toContain("Page 1 par ville"));
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ tri: "city" }));
    await select.setValue("name");
    // Back to the first page by name (from the cache: the same variables as before).
    await vi.waitFor(() => expect(wrapper.text()).toContain("Page 1 par nom"));
    // The default is left out of the address.
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({}));
    wrapper.unmount();
  });
});
