import { afterEach, describe, expect, it, vi } from "vitest";
import { flush, mountView } from "../../../shared/test-utils.ts";
import { CANCEL_EXPORT, EXPORT_JOBS } from "../documents/export.documents.ts";
import ExportsView from "./ExportsView.vue";

/** "Mes exports": each background export with its status, progress, expiry, and what can be done with it. */
const job = (id: string, over: Record<string, unknown> = {}) => ({
  __typename: "ExportJobView",
  id,
  list: "DOSSIERS",
  format: "XLSX",
  frenchFormats: false,
  status: "SUCCEEDED",
  processed: 12000,
  total: 12000,
  downloadUrl: `/exports/jobs/${id}/file`,
  errorMessage: null,
  createdAt: "2026-11-20T08:00:00.000Z",
  finishedAt: "2026-11-20T08:01:00.000Z",
  expiresAt: "2026-11-27T08:01:00.000Z",
  ...over,
});
const page = (nodes: ReturnType<typeof job>[]) => ({
  request: { query: EXPORT_JOBS, variables: { first: 25 } },
  result: {
    data: {
      exportJobs: {
        __typename: "ExportJobConnection",
        totalCount: nodes.length,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        edges: nodes.map((node) => ({ __typename: "ExportJobEdge", node })),
      },
    },
  },
});

async function until(check: () => boolean) {
  for (let i = 0; i < 30 && !check(); i++) await flush();
}
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("ExportsView", () => {
  it("shows status, progress and expiry; a finished file downloads, a running export cancels", async () => {
    const running = job("j2", {
      status: "RUNNING",
      processed: 3000,
      downloadUrl: null,
      finishedAt: null,
      expiresAt: null,
      format: "CSV",
      frenchFormats: true,
    });
    const expired = job("j3", { downloadUrl: null, list: "CANDIDATES" });
    const { wrapper } = await mountView(ExportsView, {
      mocks: [
        page([job("j1"), running, expired]),
        {
          request: { query: CANCEL_EXPORT, variables: { id: "j2" } },
          result: { data: { cancelExport: { ...running, status: "CANCELLED" } } },
        },
        page([job("j1"), { ...running, status: "CANCELLED" }, expired]),
      ],
    });
    await until(() => wrapper.findAll("tbody tr").length === 3);
    const [done, active, gone] = wrapper.findAll("tbody tr");
    expect(done!.get("th").text()).toBe("Dossiers (XLSX)");
    expect(done!.text()).toContain("Terminé");
    expect(done!.get('[role="progressbar"]').attributes("aria-valuenow")).toBe("100");
    expect(done!.text()).toContain("27 novembre 2026");
    expect(done!.get('[data-testid="export-job-download"]').attributes("aria-label")).toMatch(
      /^Télécharger l'export Dossiers du 20 novembre 2026/,
    );
    expect(active!.get("th").text()).toBe("Dossiers (CSV, format français)");
    expect(active!.get('[role="progressbar"]').attributes("aria-valuenow")).toBe("25");
    expect(active!.find('[data-testid="export-job-download"]').exists()).toBe(false);
    expect(gone!.text()).toContain("Expiré");
    expect(gone!.find("button").exists()).toBe(false);

    await active!.get('[data-testid="export-job-cancel"]').trigger("click");
    await until(() => wrapper.findAll("tbody tr")[1]!.text().includes("Annulé"));
    expect(wrapper.findAll("tbody tr")[1]!.text()).toContain("Annulé");
    wrapper.unmount();
  });

  it("says when there is no export", async () => {
    const { wrapper } = await mountView(ExportsView, { mocks: [page([])] });
    await until(() => wrapper.text().includes("Aucun export"));
    expect(wrapper.text()).toContain("Aucun export en tâche de fond.");
    wrapper.unmount();
  });
});
