import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * A file of rows as the importer reads it, CSV or XLSX alike: the header row's cells and the data
 * rows, each with its row number as a spreadsheet shows it (the header is row 1, so the first data row
 * is row 2; blank rows are skipped but still counted, so the numbers match what the person sees).
 * Cells keep the type the file gave them (XLSX has numbers, booleans and dates); the column rules
 * (columns.ts) turn them into values.
 */
export type Cell = string | number | boolean | Date | null;

export interface TableRow {
  row: number;
  cells: Cell[];
}

export interface Table {
  /** The header row's number (1 unless an XLSX sheet starts with blank rows). */
  headerRow: number;
  headers: string[];
  rows: TableRow[];
}

export type TableFormat = "csv" | "xlsx";

/** A file that cannot be read as a table at all (not CSV, a damaged workbook, no header row). */
export class TableReadError extends Error {}

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** XLSX is a ZIP archive ("PK\3\4"); anything else is read as CSV. The extension decides when given. */
export function formatOf(fileName: string, bytes: Uint8Array): TableFormat {
  const ext = extname(fileName).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".csv" || ext === ".txt") return "csv";
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? "xlsx" : "csv";
}

/** Comma unless the header line has none and a semicolon or a tab instead (Excel's export in some locales). */
function delimiterOf(text: string): string {
  const end = text.indexOf("\n");
  const first = end < 0 ? text : text.slice(0, end);
  if (first.includes(",")) return ",";
  if (first.includes(";")) return ";";
  if (first.includes("\t")) return "\t";
  return ",";
}

function toTable(records: Cell[][], numbers: number[]): Table {
  const headerIndex = records.findIndex((r) => !r.every(isBlank));
  if (headerIndex < 0) throw new TableReadError("the file is empty: the first row must name the columns");
  const headerCells = records[headerIndex] ?? [];
  const headers = headerCells.map((c) => (c === null ? "" : c instanceof Date ? c.toISOString() : String(c).trim()));
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i += 1) {
    const cells = records[i] ?? [];
    if (cells.every(isBlank)) continue;
    rows.push({ row: numbers[i] ?? i + 1, cells });
  }
  return { headerRow: numbers[headerIndex] ?? headerIndex + 1, headers, rows };
}

export function readCsv(input: string | Uint8Array): Table {
  const text = typeof input === "string" ? input : Buffer.from(input).toString("utf8");
  let records: string[][];
  try {
    records = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (e) {
    throw new TableReadError(`not a readable CSV file: ${(e as Error).message}`);
  }
  return toTable(records, records.map((_r, i) => i + 1));
}

/** One XLSX cell as a plain value: rich text as its text, a formula as its result, a link as its text. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : cellOf(result);
  }
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  return null;
}

export async function readXlsx(input: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for its own Buffer type; a Node Buffer over the same bytes is what it reads.
    await workbook.xlsx.load(Buffer.from(input.buffer, input.byteOffset, input.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new TableReadError(`not a readable XLSX workbook: ${(e as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new TableReadError("the workbook has no worksheet");
  const records: Cell[][] = [];
  const numbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 is empty).
    const values = row.values as ExcelJS.CellValue[];
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c += 1) cells.push(cellOf(values[c]));
    records.push(cells);
    numbers.push(rowNumber);
  });
  return toTable(records, numbers);
}

/** Formats people save by mistake, refused with a word on what to do instead. */
function refuseLookalikes(bytes: Uint8Array): void {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new TableReadError("this is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV");
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new TableReadError("this text is UTF-16 (Excel's \"Unicode text\"): save it as \"CSV UTF-8\"");
  }
}

export async function readTable(bytes: Uint8Array, format: TableFormat): Promise<Table> {
  refuseLookalikes(bytes);
  return format === "xlsx" ? readXlsx(bytes) : readCsv(bytes);
}

/** Reads a CSV or XLSX file (by its extension, else by its first bytes). */
export async function readTableFile(path: string): Promise<{ table: Table; format: TableFormat }> {
  const bytes = await readFile(path);
  const format = formatOf(path, bytes);
  return { table: await readTable(bytes, format), format };
}
