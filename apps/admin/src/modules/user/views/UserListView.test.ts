import { describe, expect, it, vi } from "vitest";
import { mountView } from "../../../test-utils.ts";
import UserListView from "./UserListView.vue";
import { USERS } from "./user.documents.ts";

const page = (emails: string[]) => ({
  data: {
    users: {
      __typename: "UserConnection",
      totalCount: emails.length,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: emails.map((email) => ({
        __typename: "UserEdge",
        cursor: email,
        node: { __typename: "User", id: email, email, displayName: email, status: "ACTIVE", invitationPending: false, lastSignInAt: null, roles: [] },
      })),
    },
  },
});

describe("user list: the filters become the list's typed filter", () => {
  it("searches email and name, and keeps the accounts holding the chosen role and status", async () => {
    const { wrapper } = await mountView(UserListView, {
      mocks: [
        { request: { query: USERS, variables: { first: 20, filter: {} } }, result: page(["tous@exemple.fr"]) },
        { request: { query: USERS, variables: { first: 20, filter: { roles: { role: { eq: "EVALUATOR" } } } } }, result: page(["evaluateur@exemple.fr"]) },
        {
          request: { query: USERS, variables: { first: 20, filter: { roles: { role: { eq: "EVALUATOR" } }, status: { eq: "DISABLED" } } } },
          result: page(["desactive@exemple.fr"]),
        },
        {
          request: {
            query: USERS,
            variables: { first: 20, filter: { search: { contains: "dupont" }, roles: { role: { eq: "EVALUATOR" } }, status: { eq: "DISABLED" } } },
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
});
