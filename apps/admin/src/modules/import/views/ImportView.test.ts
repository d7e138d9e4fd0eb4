import { describe, expect, it, vi } from "vitest";
import { flush, mountView } from "../../../shared/test-utils.ts";
import ImportView from "./ImportView.vue";
import { IMPORT_JOB, IMPORT_NETWORK } from "../documents/import.documents.ts";

/** The upload itself is replaced: the view's behaviour around it is what is tested here. */
const upload = vi.hoisted(() => ({ fn: vi.fn() }));
vi.mock("../composables/useImportUpload.ts", async (original) => ({
  ...(await original<typeof import("../composables/useImportUpload.ts")>()),
  uploadImport: upload.fn,
}));

const networkMock = {
  request: { query: IMPORT_NETWORK, variables: { id: "net-1" } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { network: { __typename: "Network", id: "net-1", name: "Réseau test" } } },
};
const job = { processed: 0, total: 0 };
const jobMock = {
  request: { query: IMPORT_JOB },
  variableMatcher: () => true,
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: () => ({ data: { importJob: { __typename: "ImportJobView", id: "job", status: "RUNNING", ...job } } }),
};

async function setup() {
  const view = await mountView(ImportView, { props: { networkId: "net-1" }, mocks: [networkMock, jobMock] });
  await vi.waitFor(() => expect(view.wrapper.text()).toContain("Réseau test"));
  const input = view.wrapper.get("#import-file");
  Object.defineProperty(input.element, "files", { value: [new File(["x"], "etab.csv", { type: "text/csv" })] });
  await input.trigger("change");
  return view;
}

const report = (over: object) => ({ dryRun: true, lineCount: 100, created: 0, usersInvited: 0, valid: true, problems: [], ...over });

describe("import screen", () => {
  it("lists every faulty line of a dry run and offers no import", async () => {
    const { wrapper } = await setup();
    upload.fn.mockResolvedValueOnce(
      report({
        lineCount: 3,
        valid: false,
        problems: [
          { line: 3, field: "siret", column: "SIRET", message: "Ce SIRET n'est pas valide." },
          { line: 4, field: "city", column: "Ville", message: "La ville est obligatoire." },
        ],
      }),
    );
    await wrapper.get("form").trigger("submit");
    await vi.waitFor(() => expect(wrapper.find('[data-testid="import-problems"]').exists()).toBe(true));
    expect(upload.fn).toHaveBeenCalledWith("ESTABLISHMENTS", "net-1", expect.any(File), { dryRun: true }, expect.anything());
    const rows = wrapper.findAll('[data-testid="import-problems"] tbody tr').map((tr) => tr.findAll("td").map((td) => td.text()));
    expect(rows).toEqual([
      ["3", "SIRET", "Ce SIRET n'est pas valide."],
      ["4", "Ville", "La ville est obligatoire."],
    ]);
    expect(wrapper.get('[data-testid="import-summary"]').text()).toBe(
      "2 erreurs sur 2 lignes (3 lignes lues) : rien ne sera importé tant qu'elles restent.",
    );
    expect(wrapper.findAll("button").some((b) => b.text().startsWith("Importer"))).toBe(false);
    wrapper.unmount();
  });

  it("imports a clean file with a progress bar fed by importJob, then the summary", async () => {
    const { wrapper } = await setup();
    upload.fn.mockResolvedValueOnce(report({}));
    await wrapper.get("form").trigger("submit");
    await vi.waitFor(() => expect(wrapper.get('[data-testid="import-summary"]').text()).toContain("100 lignes prêtes à importer"));

    let finish!: (r: unknown) => void;
    upload.fn.mockReturnValueOnce(new Promise((r) => (finish = r)));
    Object.assign(job, { processed: 50, total: 100 });
    await wrapper
      .findAll("button")
      .find((b) => b.text() === "Importer (100 lignes)")!
      .trigger("click");
    const [, , , options] = upload.fn.mock.calls.at(-1)!;
    expect(options).toEqual({
      dryRun: false,
      jobId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
    await vi.waitFor(() => expect(wrapper.get('[role="progressbar"]').attributes("aria-valuenow")).toBe("50"), { timeout: 3000 });
    expect(wrapper.text()).toContain("50 lignes sur 100 traitées");

    finish(report({ dryRun: false, created: 100 }));
    await vi.waitFor(() => expect(wrapper.find('[data-testid="import-done"]').exists()).toBe(true));
    await flush();
    expect(wrapper.get('[data-testid="import-done"]').text()).toContain("100 établissements créés.");
    expect(wrapper.get('[data-testid="import-done"] [role="progressbar"]').attributes("aria-valuenow")).toBe("100");
    wrapper.unmount();
  });
});
