import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { ErrorCode } from "@clea/schema";
import { DomainError } from "../../core/errors.js";
import { IMPORT_LIMITS, normaliseHeader, type ImportColumn } from "./import.columns.js";

/** One problem of an imported file: its 1-based line (the header is line 1), column key and French header. */
export interface ImportProblemShape {
  line?: number;
  field: string;
  column?: string;
  message: string;
}

export interface ReadRow<V = Record<string, string>> {
  line: number;
  values: V;
}

export interface ReadFile<V = Record<string, string>> {
  rows: ReadRow<V>[];
  /** Problems of the file as a whole (header, unreadable content): no row is checked then. */
  problems: ImportProblemShape[];
}

/** A refusal of the whole file, before or instead of reading its lines. */
export function fileRefused(message: string, problems: ImportProblemShape[] = [{ field: "file", message }]): DomainError {
  return new DomainError(ErrorCode.INVALID_IMPORT, message, { problems });
}

const MB = 1024 * 1024;

/** Refuses an oversized or empty file (the upload route gets raw bytes, the GraphQL mutation base64). */
export function checkFileSize(bytes: number): void {
  if (bytes > IMPORT_LIMITS.maxBytes) throw fileTooLarge();
  if (bytes === 0) throw fileRefused("Le fichier est vide.");
}

export const fileTooLarge = () => fileRefused(`Le fichier dépasse ${IMPORT_LIMITS.maxBytes / MB} Mo : découpez-le en plusieurs fichiers.`);

/** Decodes the base64 content (a `data:…;base64,` prefix is accepted), refusing an oversized file first. */
export function decodeFile(contentBase64: string): Buffer {
  const b64 = contentBase64.replace(/^data:[^,]*;base64,/, "").replace(/\s+/g, "");
  // The decoded size is known from the length: an oversized file is refused before decoding.
  const bytes = Math.floor((b64.length * 3) / 4) - (b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0);
  if (bytes > IMPORT_LIMITS.maxBytes) throw fileTooLarge();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) throw fileRefused("Le contenu du fichier n'est pas du base64 valide.");
  const buffer = Buffer.from(b64, "base64");
  if (buffer.length === 0) throw fileRefused("Le fichier est vide.");
  return buffer;
}

const tooManyLines = () =>
  fileRefused(`Le fichier dépasse ${IMPORT_LIMITS.maxLines.toLocaleString("fr-FR")} lignes : découpez-le en plusieurs fichiers.`);

/** XLSX files are ZIP archives; anything else is read as CSV. */
export const isXlsx = (buffer: Buffer): boolean => buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;

/** The header row mapped to the template's columns, or the problems that keep the file from being read. */
function mapHeader(columns: readonly ImportColumn[], header: string[]): { index: Map<string, number>; problems: ImportProblemShape[] } {
  const problems: ImportProblemShape[] = [];
  const index = new Map<string, number>();
  const byName = new Map(columns.map((c) => [normaliseHeader(c.header), c]));
  const expected = columns.map((c) => `« ${c.header} »`).join(", ");
  header.forEach((raw, i) => {
    const h = raw.trim();
    if (!h) return; // trailing empty cells of a spreadsheet
    const column = byName.get(normaliseHeader(h));
    if (!column)
      problems.push({ line: 1, field: "header", column: h, message: `Colonne inconnue « ${h} » : colonnes attendues ${expected}.` });
    else if (index.has(column.key))
      problems.push({
        line: 1,
        field: column.key,
        column: column.header,
        message: `La colonne « ${column.header} » apparaît plusieurs fois.`,
      });
    else index.set(column.key, i);
  });
  for (const c of columns)
    if (!index.has(c.key) && !problems.some((p) => p.field === c.key))
      problems.push({ line: 1, field: c.key, column: c.header, message: `Colonne obligatoire manquante : « ${c.header} ».` });
  return { index, problems };
}

function toRows<V>(columns: readonly ImportColumn[], records: { line: number; cells: string[] }[]): ReadFile<V> {
  if (records.length === 0) return { rows: [], problems: [{ line: 1, field: "file", message: "Le fichier est vide." }] };
  const { index, problems } = mapHeader(columns, records[0]!.cells);
  if (problems.length) return { rows: [], problems };
  const rows = records.slice(1).map(({ line, cells }) => ({
    line,
    values: Object.fromEntries(columns.map((c) => [c.key, (cells[index.get(c.key)!] ?? "").trim()])) as V,
  }));
  if (rows.length === 0)
    return { rows, problems: [{ line: 1, field: "file", message: "Le fichier ne contient aucune ligne après l'en-tête." }] };
  return { rows, problems: [] };
}

export function readCsv<V = Record<string, string>>(buffer: Buffer, columns: readonly ImportColumn[]): ReadFile<V> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    throw fileRefused("Le fichier n'est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 » ou en XLSX.");
  }
  text = text.replace(/^\uFEFF/, "");
  // The line limit is checked on the raw text, before parsing.
  let lines = 0;
  for (const l of text.split(/\r\n|\n|\r/)) if (l.trim()) lines++;
  if (lines - 1 > IMPORT_LIMITS.maxLines) throw tooManyLines();
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as never;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return {
      rows: [],
      problems: [
        {
          field: "file",
          ...(line ? { line } : {}),
          message: `Fichier CSV illisible${line ? ` à la ligne ${line}` : ""} (guillemets mal fermés ?).`,
        },
      ],
    };
  }
  return toRows<V>(
    columns,
    records.map(({ record, info }) => ({ line: info.lines - (record.join("").match(/\n/g)?.length ?? 0), cells: record })),
  );
}

export async function readXlsx<V = Record<string, string>>(buffer: Buffer, columns: readonly ImportColumn[]): Promise<ReadFile<V>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileRefused("Le fichier XLSX est illisible : enregistrez-le de nouveau depuis votre tableur.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], problems: [{ line: 1, field: "file", message: "Le classeur ne contient aucune feuille." }] };
  // The line limit is checked before any row is read.
  if (sheet.actualRowCount - 1 > IMPORT_LIMITS.maxLines) throw tooManyLines();
  const raw: { line: number; cells: string[] }[] = [];
  const columnByName = new Map(columns.map((c) => [normaliseHeader(c.header), c]));
  let columnAt: (ImportColumn | undefined)[] | undefined;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      let text = cellText(cell);
      // A number typed into a General-format cell lost its leading zeros: put them back.
      const width = columnAt?.[col - 1]?.digits;
      if (typeof cell.value === "number" && width && /^\d+$/.test(text) && text.length < width) text = text.padStart(width, "0");
      cells[col - 1] = text;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= "";
    if (!cells.some((c) => c.trim())) return;
    columnAt ??= cells.map((c) => columnByName.get(normaliseHeader(c)));
    raw.push({ line: row.number, cells });
  });
  return toRows<V>(columns, raw);
}

/** A cell as text; a date cell (a spreadsheet turns 01/09/2026 into a date) as DD/MM/YYYY. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (typeof v === "number") return String(v);
  if (v instanceof Date) {
    // Spreadsheet dates carry no time zone: exceljs gives them at midnight UTC.
    const p = (n: number) => String(n).padStart(2, "0");
    return `${p(v.getUTCDate())}/${p(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  return cell.text ?? "";
}

/**
 * The file's rows under the template's columns: XLSX when it is a ZIP archive, otherwise CSV
 * (UTF-8). A name ending in .xls/.xlsx whose content is not a workbook is refused.
 */
export async function readImportFile<V>(buffer: Buffer, filename: string, columns: readonly ImportColumn[]): Promise<ReadFile<V>> {
  const xlsx = isXlsx(buffer);
  if (!xlsx && /\.xlsx?$/i.test(filename.trim()))
    throw fileRefused(
      "Ce fichier n'est pas un classeur XLSX valide (les anciens fichiers .xls ne sont pas lus : enregistrez-le en .xlsx).",
    );
  return xlsx ? readXlsx<V>(buffer, columns) : readCsv<V>(buffer, columns);
}
