// @vitest-environment node
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { buildQuery, defaultChoices, type ReportChoices } from "../report/report.ts";
import { aggregateArgsOf } from "../report/report.ts";
import { aggregateOf, restoreChoices, SAVED_REPORT_DOCUMENT, shareableNetwork } from "./saved-report.ts";

const sdl = readFileSync(fileURLToPath(new URL("../../../../../packages/schema/schema.graphql", import.meta.url)), "utf8");
const choices = (over: Partial<ReportChoices> = {}): ReportChoices => ({ ...defaultChoices(), ...over });
const built = choices({
  subject: "DOSSIERS",
  groupBy: ["REGION", "OPENED_ON"],
  measures: ["COUNT", "MEDIAN_DAYS"],
  dateTruncation: "QUARTER",
  interval: { from: "OPENED", to: "JURY" },
  certificationCode: "CLEA",
  networkId: "7f1c0b9e-0000-4000-8000-000000000001",
  from: "2025-01-01",
  to: "2025-12-31",
});

describe("saved reports of the builder", () => {
  it("store a document valid against the API's schema, its arguments as variables", () => {
    expect(validate(buildSchema(sdl), parse(SAVED_REPORT_DOCUMENT))).toEqual([]);
    expect(aggregateArgsOf(built)).toEqual({
      subject: "DOSSIERS",
      groupBy: ["REGION", "OPENED_ON"],
      measures: ["COUNT", "MEDIAN_DAYS"],
      filter: {
        dossier: {
          certificationCode: { eq: "CLEA" },
          networkId: { eq: built.networkId },
          openedOn: { gte: "2025-01-01", lte: "2025-12-31" },
        },
      },
      dateTruncation: "QUARTER",
      interval: { from: "OPENED", to: "JURY" },
    });
    // Without a date dimension nor a duration, those arguments are left out.
    expect(aggregateArgsOf(defaultChoices())).toEqual({ subject: "DOSSIERS", groupBy: [], measures: ["COUNT"] });
  });

  it("reopen in the builder as they were built, from their variables", () => {
    expect(restoreChoices(SAVED_REPORT_DOCUMENT, aggregateArgsOf(built) as unknown as Record<string, unknown>)).toEqual({
      choices: built,
      droppedFilter: false,
    });
  });

  it("reopen from a document with literal arguments (saved before the variables, or from the explorer)", () => {
    const evaluation = choices({
      subject: "CRITERION_RESULTS",
      groupBy: ["CRITERION"],
      measures: ["NOT_ACQUIRED_RATE"],
      from: "2026-01-01",
    });
    expect(restoreChoices(buildQuery(evaluation), null)).toEqual({ choices: evaluation, droppedFilter: false });
  });

  it("say when part of the filter has no control in the builder, and keep the rest", () => {
    const doc = `{ aggregate(subject: DOSSIERS, groupBy: [STATE], measures: [COUNT], filter: { dossier: { state: { in: [CERTIFIED] }, certificationCode: { eq: "CLEA" } } }) { rows { suppressed } } }`;
    const restored = restoreChoices(doc, null);
    expect(restored?.droppedFilter).toBe(true);
    expect(restored?.choices.certificationCode).toBe("CLEA");
    expect(restored?.choices.groupBy).toEqual(["STATE"]);
  });

  it("do not open a report that is not one aggregate (a list written in the explorer)", () => {
    expect(restoreChoices("{ dossiers(first: 5) { totalCount } }", null)).toBeNull();
    expect(restoreChoices("not graphql {", null)).toBeNull();
  });

  it("read the aggregate of a run's data", () => {
    const aggregate = { rows: [], suppressedCount: 0, minimumGroupSize: 5 };
    expect(aggregateOf({ aggregate })).toBe(aggregate);
    expect(aggregateOf({ dossiers: {} })).toBeNull();
    expect(aggregateOf(null)).toBeNull();
  });

  it("share with a network only when the user holds roles in exactly one", () => {
    expect(shareableNetwork([{ networkId: "a" }, { networkId: "a" }])).toBe("a");
    expect(shareableNetwork([{ networkId: "a" }, { networkId: "b" }])).toBeNull();
    expect(shareableNetwork([{ networkId: null }])).toBeNull();
  });
});
