// @vitest-environment node
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import {
  buildQuery,
  csvCell,
  csvMeasure,
  defaultChoices,
  dimensionsFor,
  filterOf,
  fitChoices,
  formatMeasure,
  measuresFor,
  tableOf,
  toCsv,
  validateChoices,
  type AggregateResult,
  type ReportChoices,
} from "./report.ts";

const choices = (over: Partial<ReportChoices> = {}): ReportChoices => ({ ...defaultChoices(), ...over });
const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("report catalogue", () => {
  it("offers only the dimensions and measures the API accepts for the subject", () => {
    expect(dimensionsFor("DOSSIERS")).toContain("STATE");
    expect(dimensionsFor("DOSSIERS")).toContain("CERTIFICATE_DATE");
    expect(dimensionsFor("DOSSIERS")).not.toContain("DOMAIN");
    expect(dimensionsFor("DOSSIERS")).not.toContain("FUNDER_TYPE");
    expect(dimensionsFor("CRITERION_RESULTS")).toEqual(expect.arrayContaining(["CRITERION", "SUB_DOMAIN", "DOMAIN", "EVALUATOR"]));
    expect(dimensionsFor("FUNDING_LINES")).not.toContain("TRAINING_ORGANISATION");
    expect(measuresFor("DOSSIERS")).toEqual(
      expect.arrayContaining(["COUNT", "MEDIAN_DAYS", "CERTIFICATION_RATE_5Y", "DIRECT_TO_JURY_RATE"]),
    );
    expect(measuresFor("DOSSIERS")).not.toContain("SUM_AMOUNT");
    expect(measuresFor("FUNDING_LINES")).toEqual(["COUNT", "DISTINCT_CANDIDATES", "SUM_AMOUNT", "AVG_AMOUNT", "AMOUNT_PER_CANDIDATE"]);
  });

  it("drops the choices that do not fit a new subject", () => {
    const c = fitChoices(
      choices({ subject: "FUNDING_LINES", groupBy: ["STATE", "DOMAIN", "FUNDER_TYPE"], measures: ["COUNT", "EXPIRED_RATE"] }),
    );
    expect(c.groupBy).toEqual(["STATE", "FUNDER_TYPE"]);
    expect(c.measures).toEqual(["COUNT"]);
  });
});

describe("buildQuery", () => {
  it("is valid against the schema the API emits, for every subject with all it offers", () => {
    const schema = buildSchema(
      readFileSync(fileURLToPath(new URL("../../../../../packages/schema/schema.graphql", import.meta.url)), "utf8"),
    );
    for (const subject of ["DOSSIERS", "EVALUATIONS", "CRITERION_RESULTS", "TRAINING_PATHS", "FUNDING_LINES", "CERTIFICATES"] as const) {
      const q = buildQuery(
        choices({
          subject,
          groupBy: dimensionsFor(subject).slice(-2),
          measures: measuresFor(subject).slice(0, 8),
          certificationCode: "CLEA",
          from: "2025-01-01",
          to: "2025-12-31",
        }),
      );
      expect(
        validate(schema, parse(q)).map((e) => e.message),
        subject,
      ).toEqual([]);
    }
  });

  it("builds a valid self-contained aggregate operation", () => {
    const q = buildQuery(choices({ groupBy: ["STATE"], measures: ["COUNT"] }));
    expect(() => parse(q)).not.toThrow();
    expect(q).toContain("subject: DOSSIERS");
    expect(q).toContain("groupBy: [STATE]");
    expect(q).toContain("measures: [COUNT]");
    expect(q).not.toContain("filter:");
    expect(q).not.toContain("dateTruncation");
    expect(q).not.toContain("interval");
  });

  it("adds the truncation for a date dimension, the interval for MEDIAN_DAYS / P90_DAYS and the filters", () => {
    const q = buildQuery(
      choices({
        subject: "DOSSIERS",
        groupBy: ["PRELIMINARY_DATE", "CERTIFICATION"],
        measures: ["MEDIAN_DAYS", "P90_DAYS"],
        dateTruncation: "YEAR",
        interval: { from: "PRELIMINARY", to: "CERTIFICATE" },
        certificationCode: "CLEA",
        from: "2025-01-01",
        to: "2025-12-31",
      }),
    );
    expect(() => parse(q)).not.toThrow();
    expect(q).toContain("dateTruncation: YEAR");
    expect(q).toContain("interval: { from: PRELIMINARY, to: CERTIFICATE }");
    expect(q).toContain('filter: { dossier: { certificationCode: { eq: CLEA }, openedOn: { gte: "2025-01-01", lte: "2025-12-31" } } }');
  });

  it("filters the subject's own main date", () => {
    expect(filterOf(choices({ subject: "EVALUATIONS", from: "2025-03-01" }))).toEqual({ evaluation: { heldOn: { gte: "2025-03-01" } } });
    expect(filterOf(choices({ subject: "CERTIFICATES", to: "2025-03-31" }))).toEqual({ certificate: { issuedOn: { lte: "2025-03-31" } } });
    expect(filterOf(choices())).toBeNull();
    expect(filterOf(choices({ networkId: "n1", certificationCode: "CLEA" }))).toEqual({
      dossier: { certificationCode: { eq: "CLEA" }, networkId: { eq: "n1" } },
    });
  });

  it("refuses choices the API would refuse, in French", () => {
    expect(validateChoices(choices({ measures: [] }))).toEqual([{ field: "measures", message: "Choisissez au moins une mesure." }]);
    expect(validateChoices(choices({ from: "2025-02-01", to: "2025-01-01" }))[0]?.field).toBe("to");
    expect(validateChoices(choices({ measures: ["MEDIAN_DAYS"], interval: { from: "JURY", to: "JURY" } }))[0]?.field).toBe("intervalTo");
    expect(validateChoices(choices({ groupBy: ["STATE"], measures: ["COUNT"] }))).toEqual([]);
  });
});

describe("formatting", () => {
  it("shows rates as percentages, amounts in euros from the exact decimal, counts with French grouping", () => {
    expect(nbsp(formatMeasure("EXPIRED_RATE", { value: 0.125, decimal: null }))).toBe("12,5 %");
    expect(nbsp(formatMeasure("SUM_AMOUNT", { value: null, decimal: "12345678901234.57" }))).toBe("12 345 678 901 234,57 €");
    expect(nbsp(formatMeasure("COUNT", { value: 1234, decimal: null }))).toBe("1 234");
    expect(nbsp(formatMeasure("SUM_PLANNED_HOURS", { value: null, decimal: "1500.50" }))).toBe("1 500,5");
    expect(formatMeasure("MEDIAN_DAYS", { value: 42.25, decimal: null })).toBe("42,3");
    expect(formatMeasure("COUNT", { value: null, decimal: null })).toBe("—");
  });

  it("writes CSV numbers with a decimal comma and no grouping", () => {
    expect(csvMeasure("SUM_AMOUNT", { value: null, decimal: "1234.50" })).toBe("1234,50");
    expect(csvMeasure("EXPIRED_RATE", { value: 0.12345, decimal: null })).toBe("12,35");
    expect(csvMeasure("COUNT", { value: 1234, decimal: null })).toBe("1234");
    expect(csvMeasure("COUNT", { value: null, decimal: null })).toBe("");
  });

  it("escapes CSV cells and starts the file with a BOM", () => {
    expect(csvCell("simple")).toBe("simple");
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell("deux\nlignes")).toBe('"deux\nlignes"');
    expect(
      toCsv(
        ["État", "Nombre"],
        [
          ["Certifié", "12"],
          ["A;B", "3"],
        ],
      ),
    ).toBe('\uFEFFÉtat;Nombre\r\nCertifié;12\r\n"A;B";3\r\n');
  });

  it("masks suppressed groups and labels missing keys", () => {
    const result: AggregateResult = {
      suppressedCount: 1,
      minimumGroupSize: 5,
      rows: [
        {
          keys: [{ dimension: "STATE", value: "CERTIFIED", label: "Certifié" }],
          values: [{ measure: "COUNT", value: 12, decimal: null }],
          suppressed: false,
        },
        {
          keys: [{ dimension: "STATE", value: "EXPIRED", label: "Expiré" }],
          values: [{ measure: "COUNT", value: null, decimal: null }],
          suppressed: true,
        },
        {
          keys: [{ dimension: "STATE", value: null, label: null }],
          values: [{ measure: "COUNT", value: 7, decimal: null }],
          suppressed: false,
        },
      ],
    };
    const c = { groupBy: ["STATE" as const], measures: ["COUNT" as const] };
    expect(tableOf(result, c)).toEqual([
      ["Certifié", "12"],
      ["Expiré", "masqué (moins de 5 candidats)"],
      ["(sans valeur)", "7"],
    ]);
  });
});
