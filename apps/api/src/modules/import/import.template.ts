import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, ImportKind } from "./import.columns.js";
import { ImportFileFormat, type DownloadFile } from "./import.types.js";

const TEMPLATE = {
  ESTABLISHMENTS: { basename: "modele-import-etablissements", sheet: "Établissements" },
  STAFF: { basename: "modele-import-personnel", sheet: "Personnel" },
} as const satisfies Record<ImportKind, { basename: string; sheet: string }>;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The template of an import: the headers and one example line (its identifiers are to be replaced). */
export async function importTemplate(kind: ImportKind, format: ImportFileFormat): Promise<DownloadFile> {
  const columns = IMPORT_COLUMNS[kind];
  const { basename, sheet: sheetName } = TEMPLATE[kind];
  const headers = columns.map((c) => c.header);
  const example = columns.map((c) => c.example);
  if (format === ImportFileFormat.CSV) {
    // As French spreadsheet users open it: UTF-8 with a BOM, `;`.
    const csv = "\uFEFF" + stringify([headers, example], { delimiter: ";", record_delimiter: "\r\n" });
    return { filename: `${basename}.csv`, mimeType: "text/csv; charset=utf-8", contentBase64: Buffer.from(csv, "utf8").toString("base64") };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4, c.example.length + 2) }));
  // Text cells: SIREN, SIRET, postal codes keep their leading zeros, and dates stay as typed.
  sheet.columns.forEach((col) => (col.numFmt = "@"));
  sheet.addRow(example);
  sheet.getRow(1).font = { bold: true };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `${basename}.xlsx`, mimeType: XLSX_MIME, contentBase64: buffer.toString("base64") };
}

/** The establishment template (kept for the existing query). */
export const establishmentTemplate = (format: ImportFileFormat) => importTemplate(ImportKind.ESTABLISHMENTS, format);
