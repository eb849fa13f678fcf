import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { decodeText, formatByContent, type TableFormat, type TextEncoding } from "./decode.ts";
import { readLimits, type ReadLimits } from "./limits.ts";
import { TableReadError } from "./read-error.ts";
import { restoreFormula } from "./write.ts";
import { checkZip, tooLarge, tooManyRows, ZipFormatError, ZipLimitError } from "./zip.ts";

export type { TableFormat, TextEncoding } from "./decode.ts";
export { TableReadError } from "./read-error.ts";

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

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
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

/**
 * Lines holding anything, a bound on the records csv-parse can find (a quoted cell may span lines).
 * Counted before parsing because csv-parse builds an error object for every record whose cell count
 * differs from the header's, even when told to accept it (about 40 µs each, on the event loop): a
 * 1 MB file of a million short lines held the server for half a minute before the row limit.
 */
function filledLines(text: string): number {
  let n = 0;
  let filled = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (filled) n += 1;
      filled = false;
    } else filled = true;
  }
  return filled ? n + 1 : n;
}

interface ParsedRecord {
  record: string[];
  info: { records: number; empty_lines: number };
}

export function readCsv(input: string | Uint8Array, limits: ReadLimits = readLimits()): Table {
  const text = typeof input === "string" ? input : decodeText(input).text;
  if (text.length > limits.maxUncompressedBytes) throw new TableReadError(`the file ${tooLarge(limits.maxUncompressedBytes, false)}`, "too large");
  if (filledLines(text) > limits.maxRows + 1) throw new TableReadError(`the file ${tooManyRows(limits.maxRows)}`, "too large");
  let records: string[][];
  let numbers: number[];
  try {
    const parsed = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
      delimiter: delimiterOf(text),
      // Any line ending, even mixed in one file (a header typed on a Mac, rows pasted from Windows).
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      // Blank lines are no rows (and cost nothing to skip); each record's number as a spreadsheet
      // shows it counts the blank lines before it, as a spreadsheet shows them.
      skip_empty_lines: true,
      info: true,
    }) as unknown as ParsedRecord[];
    records = parsed.map((p) => p.record);
    numbers = parsed.map((p) => p.info.records + p.info.empty_lines);
    // A cell our export neutralized (write.ts) reads back as it was (a loop, not csv-parse's `cast`, which is ten times slower).
    for (const r of records) for (let i = 0; i < r.length; i += 1) if (r[i]?.startsWith("'") === true) r[i] = restoreFormula(r[i] ?? "");
  } catch (e) {
    throw new TableReadError(`not a readable CSV file: ${(e as Error).message}`);
  }
  if (records.length > limits.maxRows + 1) throw new TableReadError(`the file ${tooManyRows(limits.maxRows)}`, "too large");
  return toTable(records, numbers);
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

export async function readXlsx(input: Uint8Array, limits: ReadLimits = readLimits()): Promise<Table> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  try {
    checkZip(bytes, limits); // before exceljs, which unpacks everything in memory
  } catch (e) {
    if (e instanceof ZipLimitError) throw new TableReadError(`the file ${e.message}`, "too large");
    if (e instanceof ZipFormatError) throw new TableReadError(`not a readable XLSX workbook: ${e.message}`);
    throw e;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for its own Buffer type; a Node Buffer over the same bytes is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
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

/**
 * The one reader of both doors (the command line and the upload): the same bytes get the same table
 * or the same refusal, in the same words. The format is decided by the content, never the name; the
 * text's encoding by its byte-order mark, else UTF-8, else Windows-1252 (decode.ts says why); a file
 * with a header and no rows is refused, as there is nothing to import.
 */
export async function readTableBytes(bytes: Uint8Array, limits: ReadLimits = readLimits()): Promise<{ table: Table; format: TableFormat; encoding: TextEncoding | null }> {
  const format = await formatByContent(bytes);
  let table: Table;
  let encoding: TextEncoding | null = null;
  if (format === "xlsx") table = await readXlsx(bytes, limits);
  else {
    if (bytes.length > limits.maxUncompressedBytes) throw new TableReadError(`the file ${tooLarge(limits.maxUncompressedBytes, false)}`, "too large");
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    table = readCsv(decoded.text, limits);
  }
  if (table.rows.length === 0) throw new TableReadError("the file has no rows below its header: nothing to import");
  return { table, format, encoding };
}

/** Reads a CSV or XLSX file from disk (see readTableBytes). */
export async function readTableFile(path: string, limits: ReadLimits = readLimits()): Promise<{ table: Table; format: TableFormat; encoding: TextEncoding | null }> {
  return readTableBytes(await readFile(path), limits);
}
