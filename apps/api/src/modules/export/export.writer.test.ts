import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { ExportFormat } from "./export-job.entity.js";
import { rowWriter, type WriterColumn } from "./export.writer.js";

async function csvOf(columns: WriterColumn[], rows: Record<string, unknown>[], french = false): Promise<string[][]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const writer = rowWriter(ExportFormat.CSV, columns, out, { french, sheetName: "Test" });
  for (const row of rows) await writer.write(row);
  await writer.end();
  const text = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  return text
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));
}

describe("CSV exports", () => {
  it("write a text a spreadsheet would run as a formula as plain text, and leave numbers and dates alone", async () => {
    const columns: WriterColumn[] = [
      { key: "name", header: "Nom", kind: "text" },
      { key: "amount", header: "Montant", kind: "decimal" },
      { key: "count", header: "Nombre", kind: "int" },
    ];
    const typed = [
      '=HYPERLINK("http://pirate.example","clic")',
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)",
      "-2+3",
      "\t=1+1",
      "Dupré",
      "Jean-Marie",
    ];
    const lines = await csvOf(
      columns,
      typed.map((name) => ({ name, amount: "-12.50", count: -3 })),
      true,
    );
    const cells = lines.slice(1).map((l) => l[0]!.replace(/^"|"$/g, "").replace(/""/g, '"'));
    expect(cells).toEqual([
      `'=HYPERLINK("http://pirate.example","clic")`,
      "'+cmd|' /C calc'!A0",
      "'@SUM(1+1)",
      "'-2+3",
      "'\t=1+1",
      "Dupré",
      "Jean-Marie",
    ]);
    // Numbers stay numbers (a negative amount is not a formula), in the French format asked for.
    expect(lines[1]![1]!.replace(/"/g, "")).toBe("-12,50");
    expect(lines[1]![2]).toBe("-3");
  });
});
