import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { ExportFormat } from "./export.format.js";
import type { ExportColumn } from "./export.lists.js";

// No TypeORM here, nor anything that loads it (the export worker loads this file): the column's
// type only, erased at compile time.

export const EXPORT_MIME: Record<ExportFormat, string> = {
  CSV: "text/csv; charset=utf-8",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
export const EXPORT_EXTENSION: Record<ExportFormat, string> = { CSV: "csv", XLSX: "xlsx" };

/** What the writer reads of a column: its key in the row, its header and the kind of its value. */
export type WriterColumn = Pick<ExportColumn, "key" | "header" | "kind">;

/** Rows in, a file out: written as they come, never held (constant memory). */
export interface RowWriter {
  write(row: Record<string, unknown>): Promise<void>;
  /** Ends the file; resolves once every byte is handed to the destination. */
  end(): Promise<void>;
}

/**
 * Resolves when `source` may take more (its 'drain'), or when `out` has finished; fails when `out`
 * is closed before (a download aborted by the client): the export stops instead of waiting forever.
 */
function settled(source: NodeJS.EventEmitter, event: "drain" | "finish", out: Writable): Promise<void> {
  if (out.destroyed && !out.writableFinished) return Promise.reject(new Error("export destination closed"));
  return new Promise((resolve, reject) => {
    const done = () => {
      cleanup();
      resolve();
    };
    const closed = () => {
      cleanup();
      if (out.writableFinished) resolve();
      else reject(new Error("export destination closed"));
    };
    const cleanup = () => {
      source.off(event, done);
      out.off("close", closed);
      out.off("error", closed);
    };
    source.once(event, done);
    out.once("close", closed);
    out.once("error", closed);
  });
}

const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`, `-2+3`, `@SUM(…)`, or a
 * leading tab or carriage return before one) is written with a leading apostrophe, which Excel and
 * LibreOffice show as text (OWASP "CSV injection"). Only text columns: numbers and dates are ours.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV value: UTF-8 text; with `french`, a decimal comma and dd/mm/yyyy dates (Excel in France reads both). */
export function csvValue(column: WriterColumn, value: unknown, french: boolean): string {
  if (value === null || value === undefined) return "";
  if (column.kind === "boolean") return value ? "oui" : "non";
  const s = String(value);
  if (column.kind === "text") return neutraliseFormula(s);
  if (!french) return s;
  if (column.kind === "decimal") return s.replace(".", ",");
  if (column.kind === "date") return frDate(s);
  if (column.kind === "datetime") return `${frDate(s)} ${s.slice(11)}`;
  return s;
}

/** An XLSX cell: numbers as numbers, dates as dates (formatted the French way by the sheet). */
function xlsxValue(column: WriterColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "int":
    case "decimal":
      return Number(value);
    case "date":
      return new Date(`${value}T00:00:00Z`);
    case "datetime":
      return new Date(`${String(value).replace(" ", "T")}:00Z`);
    case "boolean":
      return value ? "oui" : "non";
    default:
      return String(value);
  }
}

const XLSX_FORMATS: Partial<Record<ExportColumn["kind"], string>> = {
  date: "dd/mm/yyyy",
  datetime: "dd/mm/yyyy hh:mm",
  decimal: "#,##0.00",
};

export function rowWriter<C extends WriterColumn>(
  format: ExportFormat,
  columns: C[],
  out: Writable,
  options: { french: boolean; sheetName: string },
): RowWriter {
  if (format === ExportFormat.CSV) {
    // `;` and a BOM: what Excel in France opens as columns, accents intact.
    const csv = stringify({ delimiter: ";", bom: true, record_delimiter: "windows", header: true, columns: columns.map((c) => c.header) });
    csv.pipe(out);
    const done = settled(out, "finish", out);
    done.catch(() => undefined); // awaited in end(); a write sees the closed destination first
    return {
      async write(row) {
        if (out.destroyed) throw new Error("export destination closed");
        if (!csv.write(columns.map((c) => csvValue(c, row[c.key], options.french)))) await settled(csv, "drain", out);
      },
      async end() {
        csv.end();
        await done;
      },
    };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.min(40, Math.max(12, c.header.length + 2)),
    style: XLSX_FORMATS[c.kind] ? { numFmt: XLSX_FORMATS[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  let rows = 0;
  return {
    async write(row) {
      if (out.destroyed) throw new Error("export destination closed");
      sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, xlsxValue(c, row[c.key])]))).commit();
      // The sheet's buffer takes every row; only the zip's output tells when the destination is
      // full, and the zip (zlib) progresses on the event loop: let it run every so often, then
      // wait for the destination when it says so.
      if (++rows % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (out.writableNeedDrain || out.destroyed) await settled(out, "drain", out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
      if (!out.writableFinished) await settled(out, "finish", out);
    },
  };
}
