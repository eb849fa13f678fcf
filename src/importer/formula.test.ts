import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCsv, readXlsx } from "./table.ts";
import { neutralizeFormula, toCsv, toXlsxBuffer, type OutTable } from "./write.ts";

/** CSV injection (issue 10, item 10): a cell a spreadsheet would run as a formula is written as text. */
const ATTACK = "=cmd|' /C calc'!A0";
const table = (names: string[]): OutTable => ({
  columns: [{ name: "last_name", type: "text" }, { name: "planned_contact_days", type: "integer" }, { name: "start_on", type: "date" }],
  rows: names.map((n, i) => [n, i === 0 ? -3 : null, "2025-09-02"]),
});

describe("formulas in exported cells", () => {
  it("neutralizes a text cell that starts with =, +, -, @, a tab or a carriage return (and an apostrophe, so reading back is exact)", () => {
    for (const v of [ATTACK, "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'quoted", "\uFF1D1"]) expect(neutralizeFormula(v)).toBe(`'${v}`);
    for (const v of ["Berg", "O'Neil", "2025-09-02", "", "a=b"]) expect(neutralizeFormula(v)).toBe(v);
  });

  it("CSV: prefixes formula text with an apostrophe, leaves numbers and dates as they are, and reads back as written", () => {
    const text = toCsv(table([ATTACK, "-", "Berg"]));
    const lines = text.split("\n");
    expect(lines[1]).toBe("'=cmd|' /C calc'!A0,-3,2025-09-02");
    expect(lines[2]).toBe("'-,,2025-09-02");
    expect(readCsv(text).rows.map((r) => r.cells[0])).toEqual([ATTACK, "-", "Berg"]);
  });

  it("XLSX: writes formula text as a plain string cell, never a formula", async () => {
    const bytes = await toXlsxBuffer(table([ATTACK]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const cell = workbook.worksheets[0]?.getCell("A2");
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.formula).toBeUndefined();
    expect((await readXlsx(bytes)).rows[0]?.cells[0]).toBe(ATTACK);
  });
});
