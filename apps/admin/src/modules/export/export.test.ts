// @vitest-environment node
import { describe, expect, it } from "vitest";
import { compactFilter, immediateUrl, percentOf, startExportInput } from "./export.ts";

describe("list exports", () => {
  it("send the list's filter unchanged, as one JSON parameter, without its empty criteria", () => {
    const filter = {
      states: ["CERTIFIED"],
      certificationCode: "CLEA",
      establishmentId: undefined,
      openedFrom: "",
      nested: { and: [{ x: 1 }] },
    };
    const url = new URL(immediateUrl("DOSSIERS", "XLSX", filter, false), "http://x");
    expect(url.pathname).toBe("/exports/dossiers.xlsx");
    expect(JSON.parse(url.searchParams.get("filter")!)).toEqual({
      states: ["CERTIFIED"],
      certificationCode: "CLEA",
      nested: { and: [{ x: 1 }] },
    });
    expect(url.searchParams.has("frenchFormats")).toBe(false);
    expect(immediateUrl("FUNDING_LINES", "CSV", null, true)).toBe("/exports/funding-lines.csv?frenchFormats=true");
    expect(compactFilter({ a: [], b: null, c: 0, d: false })).toEqual({ c: 0, d: false });
  });

  it("give a background export the list's filter under the list's field of ExportFilter", () => {
    expect(startExportInput("FUNDING_LINES", "CSV", { funderType: { eq: "OPCO" } }, true)).toEqual({
      list: "FUNDING_LINES",
      format: "CSV",
      frenchFormats: true,
      filter: { fundingLines: { funderType: { eq: "OPCO" } } },
    });
    expect(startExportInput("DOSSIERS", "XLSX", {}, false)).toEqual({ list: "DOSSIERS", format: "XLSX", frenchFormats: false });
  });

  it("show progress in percent", () => {
    expect(percentOf({ processed: 0, total: 0, status: "QUEUED" })).toBe(0);
    expect(percentOf({ processed: 2500, total: 10000, status: "RUNNING" })).toBe(25);
    expect(percentOf({ processed: 9999, total: 10000, status: "SUCCEEDED" })).toBe(100);
  });
});
