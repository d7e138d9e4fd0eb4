import { afterEach, describe, expect, it } from "vitest";
import { session } from "../../../session/index.ts";
import { flush, mountView } from "../../../shared/test-utils.ts";
import { DELETE_SAVED_REPORT, SAVED_REPORTS, UPDATE_SAVED_REPORT } from "../documents/saved-report.documents.ts";
import SavedReportsView from "./SavedReportsView.vue";

/** The saved reports' list: who owns what, what one may change, and a deletion that asks first. */
const ME = "11111111-1111-4111-8111-111111111111";
const row = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  __typename: "SavedReport",
  id,
  name,
  visibility: "PRIVATE",
  networkId: null,
  ownerId: ME,
  owner: { __typename: "Person", id: ME, displayName: "Ana" },
  updatedAt: "2026-11-20T10:00:00.000Z",
  canEdit: true,
  ...over,
});
const page = (nodes: ReturnType<typeof row>[]) => ({
  data: {
    savedReports: {
      __typename: "SavedReportConnection",
      totalCount: nodes.length,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: nodes.map((node) => ({ __typename: "SavedReportEdge", node })),
    },
  },
});
const mine = row("r1", "Dossiers par région");
const OTHER = "22222222-2222-4222-8222-222222222222";
const shared = row("r2", "Taux national", {
  visibility: "PUBLIC",
  ownerId: OTHER,
  owner: { __typename: "Person", id: OTHER, displayName: "Bruno Martin" },
  canEdit: false,
});
const list = (nodes: ReturnType<typeof row>[]) => ({ request: { query: SAVED_REPORTS, variables: { first: 25 } }, result: page(nodes) });

async function until(check: () => boolean) {
  for (let i = 0; i < 30 && !check(); i++) await flush();
}

afterEach(() => {
  session.state.user = null;
  document.body.innerHTML = "";
});

describe("SavedReportsView", () => {
  it("lists name, owner, visibility and date; only one's own reports offer edit and delete", async () => {
    session.state.user = { id: ME, email: "a@b.fr", displayName: "Ana", roles: [] };
    const { wrapper } = await mountView(SavedReportsView, { mocks: [list([mine, shared])] });
    await until(() => wrapper.findAll("tbody tr").length === 2);
    const [first, second] = wrapper.findAll("tbody tr");
    expect(first!.get("th").text()).toBe("Dossiers par région");
    expect(first!.text()).toContain("Vous");
    expect(first!.text()).toContain("Moi seulement");
    expect(first!.find('[data-testid="saved-report-delete"]').attributes("aria-label")).toBe("Supprimer « Dossiers par région »");
    expect(second!.text()).toContain("Tous les utilisateurs connectés");
    expect(second!.text()).toContain("Bruno Martin");
    expect(second!.find('[data-testid="saved-report-delete"]').exists()).toBe(false);
    expect(second!.find('[data-testid="saved-report-edit"]').exists()).toBe(false);
    // Opening in the builder carries the report's id.
    expect(first!.get('a[href^="/rapports?"]').attributes("href")).toBe("/rapports?rapport=r1");
    wrapper.unmount();
  });

  it("deletes a report only after the confirmation, then reads the list again", async () => {
    session.state.user = { id: ME, email: "a@b.fr", displayName: "Ana", roles: [] };
    const { wrapper } = await mountView(SavedReportsView, {
      mocks: [
        list([mine]),
        { request: { query: DELETE_SAVED_REPORT, variables: { id: "r1" } }, result: { data: { deleteSavedReport: true } } },
        list([]),
      ],
    });
    await until(() => wrapper.findAll("tbody tr th").length === 1);
    await wrapper.get('[data-testid="saved-report-delete"]').trigger("click");
    await until(() => document.body.textContent!.includes("Supprimer le rapport ?"));
    expect(document.body.textContent).toContain("Le rapport « Dossiers par région » sera supprimé");
    const confirm = [...document.body.querySelectorAll<HTMLButtonElement>(".p-dialog button")].find(
      (b) => b.textContent?.trim() === "Supprimer",
    )!;
    confirm.click();
    await until(() => wrapper.text().includes("Aucun rapport enregistré"));
    expect(wrapper.text()).toContain("Aucun rapport enregistré");
    wrapper.unmount();
  });

  it("renames a report and changes who sees it", async () => {
    session.state.user = { id: ME, email: "a@b.fr", displayName: "Ana", roles: [] };
    const renamed = row("r1", "Dossiers 2026", { visibility: "PUBLIC" });
    const { wrapper } = await mountView(SavedReportsView, {
      mocks: [
        list([mine]),
        {
          request: { query: UPDATE_SAVED_REPORT, variables: { id: "r1", input: { name: "Dossiers 2026", visibility: "PUBLIC" } } },
          result: { data: { updateSavedReport: renamed } },
        },
        list([renamed]),
      ],
    });
    await until(() => wrapper.findAll("tbody tr th").length === 1);
    await wrapper.get('[data-testid="saved-report-edit"]').trigger("click");
    await until(() => !!document.getElementById("saved-report-edit-name"));
    const name = document.getElementById("saved-report-edit-name") as HTMLInputElement;
    expect(name.value).toBe("Dossiers par région");
    expect(document.querySelector('label[for="saved-report-edit-name"]')?.textContent).toBe("Nom");
    name.value = "Dossiers 2026";
    name.dispatchEvent(new Event("input"));
    const visibility = document.getElementById("saved-report-edit-visibility") as HTMLSelectElement;
    visibility.value = "PUBLIC";
    visibility.dispatchEvent(new Event("change"));
    await flush();
    (document.querySelector('[data-testid="saved-report-edit-save"]') as HTMLButtonElement).click();
    await until(() => wrapper.text().includes("Dossiers 2026"));
    expect(wrapper.get("tbody th").text()).toBe("Dossiers 2026");
    wrapper.unmount();
  });
});
