import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { ESTABLISHMENT_IMPORT_COLUMNS } from "./import.columns.js";
import { ImportFileFormat, type DownloadFile } from "./import.types.js";

const headers = ESTABLISHMENT_IMPORT_COLUMNS.map((c) => c.header);
const example = ESTABLISHMENT_IMPORT_COLUMNS.map((c) => c.example);

/** The establishment template: the headers and one example line (its SIREN and SIRET are to be replaced). */
export async function establishmentTemplate(format: ImportFileFormat): Promise<DownloadFile> {
  if (format === ImportFileFormat.CSV) {
    // As French spreadsheet users open it: UTF-8 with a BOM, `;`.
    const csv = "\uFEFF" + stringify([headers, example], { delimiter: ";", record_delimiter: "\r\n" });
    return { filename: "modele-import-etablissements.csv", mimeType: "text/csv; charset=utf-8", contentBase64: Buffer.from(csv, "utf8").toString("base64") };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Établissements");
  sheet.columns = ESTABLISHMENT_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) }));
  // Text cells: SIREN, SIRET and postal codes keep their leading zeros.
  sheet.columns.forEach((col) => (col.numFmt = "@"));
  sheet.addRow(example);
  sheet.getRow(1).font = { bold: true };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    filename: "modele-import-etablissements.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    contentBase64: buffer.toString("base64"),
  };
}
