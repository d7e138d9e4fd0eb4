import { describe, expect, it, vi } from "vitest";
import { mountView } from "../../../shared/test-utils.ts";
import UserListView from "./UserListView.vue";
import { USERS } from "../documents/user.documents.ts";

/** The list's default order (by email address), sent unless the user picks another sort. */
const BY_EMAIL = [{ field: "EMAIL", direction: "ASC" }];

const page = (emails: string[]) => ({
  data: {
    users: {
      __typename: "UserConnection",
      totalCount: emails.length,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: emails.map((email) => ({
        __typename: "UserEdge",
        cursor: email,
        node: {
          __typename: "User",
          id: email,
          email,
          displayName: email,
          status: "ACTIVE",
          invitationPending: false,
          lastSignInAt: null,
          roles: [],
        },
      })),
    },
  },
});

describe("user list: the filters become the list's typed filter", () => {
  it("searches email and name, and keeps the accounts holding the chosen role and status", async () => {
    const { wrapper } = await mountView(UserListView, {
      mocks: [
        { request: { query: USERS, variables: { first: 20, filter: {}, orderBy: BY_EMAIL } }, result: page(["tous@exemple.fr"]) },
        {
          request: { query: USERS, variables: { first: 20, filter: { roles: { role: { eq: "EVALUATOR" } } }, orderBy: BY_EMAIL } },
          result: page(["evaluateur@exemple.fr"]),
        },
        {
          request: {
            query: USERS,
            variables: { first: 20, filter: { roles: { role: { eq: "EVALUATOR" } }, status: { eq: "DISABLED" } }, orderBy: BY_EMAIL },
          },
          result: page(["desactive@exemple.fr"]),
        },
        {
          request: {
            query: USERS,
            variables: {
              first: 20,
              filter: { search: { contains: "dupont" }, roles: { role: { eq: "EVALUATOR" } }, status: { eq: "DISABLED" } },
              orderBy: BY_EMAIL,
            },
          },
          result: page(["dupont@exemple.fr"]),
        },
      ],
    });
    await vi.waitFor(() => expect(wrapper.text()).toContain("tous@exemple.fr"));
    await wrapper.get("#users-role").setValue("EVALUATOR");
    await vi.waitFor(() => expect(wrapper.text()).toContain("evaluateur@exemple.fr"));
    await wrapper.get("#users-status").setValue("DISABLED");
    await vi.waitFor(() => expect(wrapper.text()).toContain("desactive@exemple.fr"));
    await wrapper.get("#users-search").setValue(" dupont ");
    await wrapper.get("form[role=search]").trigger("submit");
    await vi.waitFor(() => expect(wrapper.text()).toContain("dupont@exemple.fr"));
    wrapper.unmount();
  });

  it("sends the chosen sort as orderBy with the filters, and keeps it in the address", async () => {
    const active = { status: { eq: "ACTIVE" } };
    const { wrapper, router } = await mountView(UserListView, {
      mocks: [
        { request: { query: USERS, variables: { first: 20, filter: {}, orderBy: BY_EMAIL } }, result: page(["tous@exemple.fr"]) },
        { request: { query: USERS, variables: { first: 20, filter: active, orderBy: BY_EMAIL } }, result: page(["actif@exemple.fr"]) },
        {
          request: { query: USERS, variables: { first: 20, filter: active, orderBy: [{ field: "LAST_SIGN_IN_AT", direction: "DESC" }] } },
          result: page(["connecte-hier@exemple.fr"]),
        },
        {
          request: {
            query: USERS,
            variables: {
              first: 20,
              filter: active,
              orderBy: [
                { field: "DISPLAY_NAME", direction: "ASC" },
                { field: "EMAIL", direction: "ASC" },
              ],
            },
          },
          result: page(["par-nom@exemple.fr"]),
        },
      ],
    });
    await vi.waitFor(() => expect(wrapper.text()).toContain("tous@exemple.fr"));
    expect(wrapper.get("label[for=users-sort]").text()).toBe("Trier par");
    await wrapper.get("#users-status").setValue("ACTIVE");
    await vi.waitFor(() => expect(wrapper.text()).toContain("actif@exemple.fr"));
    await wrapper.get("#users-sort").setValue("lastSignIn");
    await vi.waitFor(() => expect(wrapper.text()).toContain("connecte-hier@exemple.fr"));
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ tri: "lastSignIn" }));
    await wrapper.get("#users-sort").setValue("name");
    await vi.waitFor(() => expect(wrapper.text()).toContain("par-nom@exemple.fr"));
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ tri: "name" }));
    wrapper.unmount();
  });
});
