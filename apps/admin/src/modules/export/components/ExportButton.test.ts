import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flush, mountView } from "../../../shared/test-utils.ts";
import { EXPORT_JOB, START_EXPORT } from "../documents/export.documents.ts";
import ExportButton from "./ExportButton.vue";

/** The export of a list: small ones download at once, large ones run as a job shown with its progress. */
const FILTER = { states: ["CERTIFIED"], certificationCode: "CLEA", establishmentId: undefined };
const job = (over: Record<string, unknown> = {}) => ({
  __typename: "ExportJobView",
  id: "j1",
  list: "DOSSIERS",
  format: "XLSX",
  frenchFormats: false,
  status: "QUEUED",
  processed: 0,
  total: 12000,
  downloadUrl: null,
  errorMessage: null,
  createdAt: "2026-11-27T08:00:00.000Z",
  finishedAt: null,
  expiresAt: null,
  ...over,
});

async function until(check: () => boolean) {
  for (let i = 0; i < 40 && !check(); i++) await flush();
}

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal("fetch", fetchMock);
  URL.createObjectURL = vi.fn(() => "blob:x");
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("ExportButton", () => {
  it("downloads a small list at once, with the list's filter as JSON and the French option", async () => {
    fetchMock.mockResolvedValue(
      new Response("\uFEFFa;b\r\n", { status: 200, headers: { "content-disposition": 'attachment; filename="dossiers-2026-11-27.csv"' } }),
    );
    const { wrapper } = await mountView(ExportButton, { props: { list: "DOSSIERS", filter: FILTER } });
    const toggle = wrapper.get('[data-testid="export-toggle"]');
    expect(toggle.attributes("aria-expanded")).toBe("false");
    await toggle.trigger("click");
    expect(toggle.attributes("aria-expanded")).toBe("true");
    // Every control has its label.
    for (const input of wrapper.findAll("input")) expect(wrapper.find(`label[for="${input.attributes("id")}"]`).exists()).toBe(true);
    await wrapper.get('input[value="CSV"]').setValue(true);
    expect((wrapper.get('input[type="checkbox"]').element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('[data-testid="export-panel"]').trigger("submit");
    await until(() => fetchMock.mock.calls.length > 0 && (URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls.length > 0);
    const url = new URL(fetchMock.mock.calls[0]![0] as string, "http://x");
    expect(url.pathname).toBe("/exports/dossiers.csv");
    expect(JSON.parse(url.searchParams.get("filter")!)).toEqual({ states: ["CERTIFIED"], certificationCode: "CLEA" });
    expect(url.searchParams.get("frenchFormats")).toBe("true");
    expect(wrapper.find('[data-testid="export-job"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("starts a background job when the list is too large, shows its progress, then offers the file", async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(
        JSON.stringify({ errors: [{ message: "Cet export compte 12 000 lignes", extensions: { code: "BAD_USER_INPUT", total: 12000 } }] }),
        { status: 413 },
      ),
    );
    const { wrapper } = await mountView(ExportButton, {
      props: { list: "DOSSIERS", filter: FILTER, pollMs: 5 },
      mocks: [
        {
          request: {
            query: START_EXPORT,
            variables: {
              input: {
                list: "DOSSIERS",
                format: "XLSX",
                frenchFormats: false,
                filter: { dossiers: { states: ["CERTIFIED"], certificationCode: "CLEA" } },
              },
            },
          },
          result: { data: { startExport: job() } },
        },
        {
          request: { query: EXPORT_JOB, variables: { id: "j1" } },
          result: { data: { exportJob: job({ status: "RUNNING", processed: 3000 }) } },
        },
        {
          request: { query: EXPORT_JOB, variables: { id: "j1" } },
          result: {
            data: {
              exportJob: job({
                status: "SUCCEEDED",
                processed: 12000,
                downloadUrl: "/exports/jobs/j1/file",
                expiresAt: "2026-12-04T08:00:00.000Z",
              }),
            },
          },
        },
      ],
    });
    await wrapper.get('[data-testid="export-toggle"]').trigger("click");
    await wrapper.get('[data-testid="export-panel"]').trigger("submit");
    await until(() => wrapper.find('[role="progressbar"]').exists());
    const bar = wrapper.get('[role="progressbar"]');
    expect(bar.attributes("aria-valuemin")).toBe("0");
    expect(bar.attributes("aria-valuemax")).toBe("100");
    await until(() => wrapper.find('[data-testid="export-download"]').exists());
    expect(wrapper.get('[role="progressbar"]').attributes("aria-valuenow")).toBe("100");
    expect(wrapper.find('[data-testid="export-cancel"]').exists()).toBe(false);

    fetchMock.mockResolvedValueOnce(
      new Response("PK", { status: 200, headers: { "content-disposition": 'attachment; filename="dossiers-j1.xlsx"' } }),
    );
    await wrapper.get('[data-testid="export-download"]').trigger("click");
    await until(() => fetchMock.mock.calls.length === 2);
    expect(fetchMock.mock.calls[1]![0]).toBe("/exports/jobs/j1/file");
    wrapper.unmount();
  });

  it("shows the API's refusal in its words", async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ errors: [{ message: "Critère inconnu : filter.foo", extensions: { code: "BAD_USER_INPUT" } }] }), {
        status: 400,
      }),
    );
    const { wrapper } = await mountView(ExportButton, { props: { list: "CANDIDATES", filter: { foo: 1 }, label: "les candidats" } });
    expect(wrapper.get('[data-testid="export-toggle"]').text()).toBe("Exporter : les candidats");
    await wrapper.get('[data-testid="export-toggle"]').trigger("click");
    await wrapper.get('[data-testid="export-panel"]').trigger("submit");
    await until(() => wrapper.find('[role="alert"]').exists());
    expect(wrapper.get('[role="alert"]').text()).toBe("Critère inconnu : filter.foo");
    wrapper.unmount();
  });
});
