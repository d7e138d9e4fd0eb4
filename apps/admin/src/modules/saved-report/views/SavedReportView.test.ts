import { afterEach, describe, expect, it } from "vitest";
import { flush, mountView } from "../../../shared/test-utils.ts";
import { RUN_SAVED_REPORT, SAVED_REPORT } from "../documents/saved-report.documents.ts";
import { SAVED_REPORT_DOCUMENT } from "../saved-report.ts";
import SavedReportView from "./SavedReportView.vue";

/** A saved report's page: its run in the reader's scope, as a table when it is an aggregate, as data otherwise. */
const report = (over: Record<string, unknown> = {}) => ({
  __typename: "SavedReport",
  id: "r1",
  name: "Dossiers par état",
  visibility: "PUBLIC",
  networkId: null,
  ownerId: "someone",
  owner: { __typename: "Person", id: "someone", displayName: "Bruno Martin" },
  updatedAt: "2026-11-20T10:00:00.000Z",
  canEdit: false,
  description: "Pour le comité",
  document: SAVED_REPORT_DOCUMENT,
  variables: { subject: "DOSSIERS", groupBy: ["STATE"], measures: ["COUNT"] },
  ...over,
});
const run = (data: unknown, errors: unknown[] = []) => ({
  request: { query: RUN_SAVED_REPORT, variables: { id: "r1" } },
  result: { data: { runSavedReport: { __typename: "SavedReportRun", data, errors, cost: 3 } } },
});

async function open(mocks: unknown[]) {
  const { wrapper, router } = await mountView(SavedReportView, { mocks: mocks as never });
  await router.push("/rapports/enregistres/r1");
  for (let i = 0; i < 20 && !wrapper.find("h1").exists(); i++) await flush();
  return wrapper;
}
async function until(check: () => boolean) {
  for (let i = 0; i < 30 && !check(); i++) await flush();
}
afterEach(() => {
  document.body.innerHTML = "";
});

describe("SavedReportView", () => {
  it("runs an aggregate and shows its groups, masked ones in words", async () => {
    const aggregate = {
      rows: [
        {
          keys: [{ dimension: "STATE", value: "CERTIFIED", label: "Certifié" }],
          values: [{ measure: "COUNT", value: 42, decimal: null }],
          suppressed: false,
        },
        {
          keys: [{ dimension: "STATE", value: "WITHDRAWN", label: "Abandonné" }],
          values: [{ measure: "COUNT", value: null, decimal: null }],
          suppressed: true,
        },
      ],
      suppressedCount: 1,
      minimumGroupSize: 5,
    };
    const wrapper = await open([
      { request: { query: SAVED_REPORT, variables: { id: "r1" } }, result: { data: { savedReport: report() } } },
      run({ aggregate }),
    ]);
    await until(() => wrapper.find("h1").text() === "Dossiers par état");
    expect(wrapper.text()).toContain("Pour le comité");
    expect(wrapper.text()).toContain("Tous les utilisateurs connectés");
    expect(wrapper.text()).toContain("Bruno Martin");
    expect(wrapper.get('[data-testid="saved-report-open"]').attributes("href")).toBe("/rapports?rapport=r1");
    await wrapper.get('[data-testid="saved-report-run"]').trigger("click");
    await until(() => wrapper.find('[data-testid="report-table"]').exists());
    const cells = wrapper.findAll('[data-testid="report-table"] tbody tr').map((r) => r.findAll("th, td").map((c) => c.text()));
    expect(cells).toEqual([
      ["Certifié", "42"],
      ["Abandonné", "masqué (moins de 5 candidats)"],
    ]);
    expect(wrapper.get('[data-testid="report-suppressed"]').text()).toContain("1 groupe(s) masqué(s)");
    expect(wrapper.find('[data-testid="saved-report-export"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it("shows a report that is not an aggregate as its data, and the run's errors in an alert", async () => {
    const list = report({ document: "query { dossiers(first: 2) { totalCount } }", variables: null });
    const wrapper = await open([
      { request: { query: SAVED_REPORT, variables: { id: "r1" } }, result: { data: { savedReport: list } } },
      run({ dossiers: { totalCount: 12 } }, [
        { __typename: "SavedReportRunError", message: "Accès refusé au champ birthLastName.", code: "FORBIDDEN", path: ["x"] },
      ]),
    ]);
    await until(() => wrapper.find("h1").exists());
    expect(wrapper.find('[data-testid="saved-report-open"]').exists()).toBe(false);
    await wrapper.get('[data-testid="saved-report-run"]').trigger("click");
    await until(() => wrapper.find('[data-testid="saved-report-result"]').exists());
    expect(wrapper.get('[data-testid="saved-report-run-errors"]').attributes("role")).toBe("alert");
    expect(wrapper.get('[data-testid="saved-report-run-errors"]').text()).toContain("Accès refusé au champ birthLastName.");
    expect(wrapper.get("pre").text()).toContain('"totalCount": 12');
    wrapper.unmount();
  });
});
