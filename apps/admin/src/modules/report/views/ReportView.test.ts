import { GraphQLError, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { flush, mountView } from "../../../shared/test-utils.ts";
import { buildQuery, defaultChoices } from "../report.ts";
import ReportView from "./ReportView.vue";

/** The API's refusals of a report (ADR 0014, 0016) are shown in the error summary, each in its words. */
const refused = (error: GraphQLError) => [
  { request: { query: parse(buildQuery(defaultChoices())), variables: {} }, result: { errors: [error] } },
];

async function runWith(error: GraphQLError) {
  const { wrapper } = await mountView(ReportView, { mocks: refused(error) });
  await wrapper.get('[data-testid="report-form"]').trigger("submit");
  for (let i = 0; i < 10 && !wrapper.find('[data-testid="error-summary"]').exists(); i++) await flush();
  return wrapper;
}

describe("ReportView errors", () => {
  it("shows a BAD_USER_INPUT problem as a link to its picker", async () => {
    const wrapper = await runWith(
      new GraphQLError("Entrée invalide", {
        extensions: {
          code: "BAD_USER_INPUT",
          problems: [{ field: "groupBy", message: "La dimension Domaine ne vaut pas pour ce sujet." }],
        },
      }),
    );
    const link = wrapper.get('[data-testid="error-summary"] a');
    expect(link.text()).toBe("La dimension Domaine ne vaut pas pour ce sujet.");
    expect(link.attributes("href")).toBe("#report-groupBy");
    expect(wrapper.find('[data-testid="report-result"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("shows QUERY_BUDGET_EXHAUSTED in the API's words", async () => {
    const wrapper = await runWith(
      new GraphQLError("Budget de requêtes épuisé : réessayez dans 30 secondes.", { extensions: { code: "QUERY_BUDGET_EXHAUSTED" } }),
    );
    expect(wrapper.get('[data-testid="error-summary"]').text()).toContain("Budget de requêtes épuisé : réessayez dans 30 secondes.");
    wrapper.unmount();
  });
});

describe("ReportView with a saved report", () => {
  it("restores the report's choices in the pickers (`/rapports?rapport=<id>`), and offers to update it", async () => {
    const { SAVED_REPORT } = await import("../../saved-report/documents/saved-report.documents.ts");
    const { SAVED_REPORT_DOCUMENT } = await import("../../saved-report/saved-report.ts");
    const report = {
      __typename: "SavedReport",
      id: "r1",
      name: "Taux par région",
      visibility: "PRIVATE",
      networkId: null,
      ownerId: "u1",
      owner: { __typename: "Person", id: "u1", displayName: "Ana" },
      updatedAt: "2026-11-20T10:00:00.000Z",
      canEdit: true,
      description: null,
      document: SAVED_REPORT_DOCUMENT,
      variables: {
        subject: "DOSSIERS",
        groupBy: ["REGION"],
        measures: ["CERTIFICATION_RATE_5Y"],
        filter: { dossier: { certificationCode: { eq: "CLEA" } } },
      },
    };
    const { wrapper, router } = await mountView(ReportView, {
      mocks: [{ request: { query: SAVED_REPORT, variables: { id: "r1" } }, result: { data: { savedReport: report } } }],
    });
    await router.push("/rapports?rapport=r1");
    for (let i = 0; i < 20 && !wrapper.find('[data-testid="report-opened"]').exists(); i++) await flush();
    expect(wrapper.get('[data-testid="report-opened"]').text()).toContain("Taux par région");
    expect((wrapper.get("#report-dimension-REGION").element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get("#report-measure-CERTIFICATION_RATE_5Y").element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get("#report-measure-COUNT").element as HTMLInputElement).checked).toBe(false);
    expect((wrapper.get("#report-certification").element as HTMLSelectElement).value).toBe("CLEA");
    expect(wrapper.get('[data-testid="report-query"]').text()).toContain("groupBy: [REGION]");
    expect(wrapper.get('[data-testid="report-update"]').text()).toBe("Mettre à jour « Taux par région »");
    wrapper.unmount();
  });
});
