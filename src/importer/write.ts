import { PassThrough, type Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

/**
 * Writing a table as CSV or XLSX (the export side of the same file formats). Dates are calendar
 * dates "YYYY-MM-DD": plain text in CSV, date cells in XLSX (written as UTC midnight, which the import
 * reads back as the same calendar date); booleans are true/false.
 */
export type OutCell = string | number | boolean | null;
export type OutType = "text" | "date" | "boolean" | "integer" | "number";

export interface OutColumn {
  name: string;
  type: OutType;
}

export interface OutTable {
  columns: OutColumn[];
  rows: OutCell[][];
}

/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage
 * return (or their full-width forms) as a formula — a roster name "=cmd|' /C calc'!A0" would run a
 * program on the desk of whoever opens the export. Such text gets one apostrophe in front, which
 * the spreadsheet shows as text; text that starts with an apostrophe gets one more, so that
 * restoreFormula (the CSV reader) takes exactly one off and an export imports again unchanged.
 * Only text is touched: a number we write (-3 planned days) or a date ("2025-09-02") is not text
 * a person typed, and a negative number stays a number. The same rule as the audit trail's CSV
 * (src/audit/export.ts, which the audit layer keeps for itself: it may not import the importer).
 */
const FORMULA = /^[=+\-@\t\r'\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The reverse of neutralizeFormula, for a CSV cell read back: one apostrophe before a formula character (or another apostrophe) comes off. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA.test(text.slice(1)) ? text.slice(1) : text;
}

/** One cell as CSV text: text neutralized, booleans true/false, numbers as written, none empty. */
function csvCell(value: OutCell): string | number {
  if (value === null) return "";
  if (typeof value === "boolean") return String(value);
  return typeof value === "string" ? neutralizeFormula(value) : value;
}

export function toCsv(table: OutTable): string {
  const records = [table.columns.map((c) => neutralizeFormula(c.name)), ...table.rows.map((r) => r.map(csvCell))];
  return stringify(records, { record_delimiter: "\n" });
}

/**
 * XLSX keeps a cell's type: text is written as a string cell, which a spreadsheet never runs (a
 * formula would have to be written as one, and nothing here does), so it needs no apostrophe.
 */
function xlsxCell(value: OutCell, type: OutType): ExcelJS.CellValue {
  if (value === null) return null;
  if (type === "date" && typeof value === "string") {
    const [y, m, d] = value.split("-").map(Number);
    return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  }
  return value;
}

const WIDTH: Record<OutType, number> = { text: 22, date: 12, boolean: 10, integer: 10, number: 10 };

/** Writes the first (only) worksheet, streaming row by row (an export of 100 000 rows stays small in memory). */
export async function writeXlsx(table: OutTable, target: string | Writable, sheetName = "Sheet1"): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter(typeof target === "string" ? { filename: target } : { stream: target });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.max(WIDTH[c.type], c.name.length + 2),
    ...(c.type === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v, i) => xlsxCell(v, table.columns[i]?.type ?? "text"))).commit();
  sheet.commit();
  await workbook.commit();
}

/** The XLSX file as bytes (tests, small tables). */
export async function toXlsxBuffer(table: OutTable): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  await writeXlsx(table, sink);
  if (!sink.writableEnded) sink.end();
  await done;
  return Buffer.concat(chunks);
}
