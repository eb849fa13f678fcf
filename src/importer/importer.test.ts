import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { normalizeHeader } from "./columns.ts";
import { validateTable, type ImportKind, type RosterRow } from "./kinds.ts";
import { describeProblem, formatReport } from "./report.ts";
import { readCsv, readTableBytes, readXlsx, TableReadError } from "./table.ts";
import { toCsv, toXlsxBuffer } from "./write.ts";

const ROSTER_HEADER = ["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_on"];
const row = (license: string, overrides: Partial<Record<string, string>> = {}): string[] => {
  const base: Record<string, string> = { post_license: license, first_name: "Ana", last_name: "Berg", agency: "Edina PD", district: "ISD 273", school: "Edina High", role: "REGULAR", start_on: "2025-09-02", ...overrides };
  return ROSTER_HEADER.map((h) => base[h] ?? "");
};
const csv = (records: string[][]) => stringify(records);
const validate = <K extends ImportKind>(kind: K, records: string[][]) => validateTable(kind, readCsv(csv(records)));

async function xlsx(records: ExcelJS.CellValue[][], blankRowsFirst = 0): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Roster");
  for (let i = 0; i < blankRowsFirst; i += 1) sheet.addRow([]);
  for (const r of records) sheet.addRow(r);
  workbook.addWorksheet("Ignored").addRow(["not", "read"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("headers", () => {
  it("are matched ignoring case, spaces, hyphens and underscores", () => {
    expect(normalizeHeader("POST License")).toBe("post_license");
    expect(normalizeHeader(" post_license ")).toBe("post_license");
    expect(normalizeHeader("Post-License")).toBe("post_license");
    expect(normalizeHeader("Planned  Contact_Days")).toBe("planned_contact_days");
  });

  it("accepts a roster whose headers are written for people", () => {
    const v = validate("roster", [["POST License", "First Name", "Last Name", "Agency", "District", "School", "Role", "Start On"], row("1001")]);
    expect(v.problems).toEqual([]);
    expect(v.rows).toHaveLength(1);
  });

  it("reports an unknown column (a typo) and a missing required column once, on row 1", () => {
    const header = ["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_om"];
    const v = validate("roster", [header, row("1"), row("2")]);
    expect(v.headerProblems).toBe(true);
    expect(v.problems).toEqual([
      { row: 1, column: "start_om", message: "unknown column (did you mean start_on?)" },
      { row: 1, column: "start_on", message: "required column is missing" },
    ]);
  });

  it("lists the columns of the kind when an unknown one is not a near miss", () => {
    const v = validate("contact-days", [["post_license", "school", "district", "day", "students_present", "weather"], ["1", "S", "D", "2025-10-01", "yes", "sunny"]]);
    expect(v.problems).toEqual([{ row: 1, column: "weather", message: "unknown column (the columns of a contact-days file are post_license, school, district, day, students_present)" }]);
  });

  it("reports a column given twice", () => {
    const v = validate("courses", [["post_license", "type", "completed_on", "Completed On"], ["1", "OTHER", "2025-01-02", "2025-01-02"]]);
    expect(v.headerProblems).toBe(true);
    expect(v.problems[0]).toMatchObject({ row: 1, column: "Completed On", message: "is the same column as completed_on" });
  });
});

describe("CSV", () => {
  it("numbers rows as a spreadsheet does: header row 1, blank lines counted, a quoted line break in one row", () => {
    const t = readCsv('\uFEFFa,b\n1,2\n\n"x\ny",4\n');
    expect(t.headers).toEqual(["a", "b"]);
    expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(t.rows[1]?.cells).toEqual(["x\ny", "4"]);
  });

  it("reads a semicolon-separated file (Excel in some locales)", () => {
    expect(readCsv("a;b\n1;2\n").rows[0]?.cells).toEqual(["1", "2"]);
  });

  it("refuses a file that is not CSV, and an empty one", () => {
    expect(() => readCsv('a,b\n"unclosed,2\n')).toThrow(TableReadError);
    expect(() => readCsv("\n\n")).toThrow(/empty/);
  });

  it("refuses an Excel 97-2003 workbook with what to do instead", async () => {
    await expect(readTableBytes(Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(2048)]))).rejects.toThrow(/\.xls\): save it as \.xlsx or as CSV/);
  });

  it("chooses the format by content, never by the name", async () => {
    expect((await readTableBytes(await xlsx([["a"], [1]]))).format).toBe("xlsx");
    expect((await readTableBytes(Buffer.from("a\n1\n"))).format).toBe("csv");
  });
});

describe("the validation report", () => {
  it("gives row (first data row = 2) and column for every problem", () => {
    const records = [ROSTER_HEADER, row("1"), row("2"), row("3"), row("4"), row("5"), row("6", { start_on: "2025-02-30" })];
    const v = validate("roster", records);
    expect(v.problems).toEqual([{ row: 7, column: "start_on", message: "2025-02-30 is not a calendar date" }]);
    expect(describeProblem(v.problems[0] ?? { row: 0, column: "", message: "" })).toBe("row 7, column start_on: 2025-02-30 is not a calendar date");
    expect(v.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(v.invalidRows).toEqual(new Set([7]));
  });

  it("names the column as the file writes it", () => {
    const v = validate("roster", [["POST License", "First Name", "Last Name", "Agency", "District", "School", "Role", "Start On"], row("1", { role: "BOSS" })]);
    expect(v.problems).toEqual([{ row: 2, column: "Role", message: '"BOSS" is not one of REGULAR, SUBSTITUTE' }]);
  });

  it("reads every cell of a row and lists all its problems in column order", () => {
    const v = validate("roster", [
      [...ROSTER_HEADER, "end_on", "planned_contact_days", "under_contract"],
      [...row("", { first_name: "", start_on: "9/1/2025" }), "2025-08-01", "many", "maybe"],
    ]);
    expect(v.problems.map((p) => `${p.column}: ${p.message}`)).toEqual([
      "post_license: is required",
      "first_name: is required",
      'start_on: "9/1/2025" is not a date written YYYY-MM-DD',
      'planned_contact_days: "many" is not a whole number',
      'under_contract: "maybe" is not yes or no (write true, false, yes, no, y, n, 1 or 0)',
    ]);
  });

  it("applies the field rules of the records (lengths, minimums) and the end-after-start rule", () => {
    const v = validate("roster", [
      [...ROSTER_HEADER, "end_on", "planned_contact_days"],
      [...row("X".repeat(21)), "", ""],
      [...row("2"), "2025-09-01", "-3"],
    ]);
    expect(v.problems).toEqual([
      { row: 2, column: "post_license", message: "is longer than 20 characters" },
      { row: 3, column: "end_on", message: "2025-09-01 is before start_on 2025-09-02" },
      { row: 3, column: "planned_contact_days", message: "-3 is less than 0" },
    ]);
  });

  it("formats as a table a person reads", () => {
    const text = formatReport([{ row: 7, column: "start_on", message: "2025-02-30 is not a calendar date" }, { row: 12, column: "role", message: "is required" }]);
    expect(text.split("\n")).toEqual([
      "row  column    message",
      "---  --------  -------",
      "  7  start_on  2025-02-30 is not a calendar date",
      " 12  role      is required",
      "",
    ]);
    expect(formatReport([])).toBe("");
    expect(formatReport(Array.from({ length: 5 }, (_, i) => ({ row: i + 2, column: "c", message: "m" })), 2)).toMatch(/… and 3 more problems/);
  });

  it("reports values outside the header's columns", () => {
    const v = validate("courses", [["post_license", "type", "completed_on", ""], ["1", "OTHER", "2025-01-02", "stray", "more"]]);
    expect(v.problems).toEqual([
      { row: 2, column: "(column 4)", message: "has a value but the column has no header" },
      { row: 2, column: "(column 5)", message: "has a value beyond the last column of the header" },
    ]);
  });
});

describe("roster rows", () => {
  it("reads the optional columns with their defaults and accepts yes/no in every spelling", () => {
    const header = [...ROSTER_HEADER, "end_on", "contract_ref", "planned_contact_days", "under_contract", "instructional_day"];
    const v = validate("roster", [header, [...row("1", { role: "substitute" }), "", "", "12", "", ""], [...row("2"), "2026-06-30", "C-7", "", "N", "0"], [...row("3"), "", "", "", "Yes", "y"]]);
    expect(v.problems).toEqual([]);
    const [a, b, c] = v.rows.map((r: RosterRow) => r.assignment);
    expect(a).toEqual({ district: "ISD 273", school: "Edina High", role: "SUBSTITUTE", startOn: "2025-09-02", endOn: null, contractRef: null, plannedContactDays: 12, underContract: true, instructionalDay: true });
    expect(b).toMatchObject({ endOn: "2026-06-30", contractRef: "C-7", underContract: false, instructionalDay: false });
    expect(c).toMatchObject({ underContract: true, instructionalDay: true });
  });

  it("takes a row with no district, school, role or start_on as an officer with no assignment; half an assignment is an error", () => {
    const v = validate("roster", [ROSTER_HEADER, row("1", { district: "", school: "", role: "", start_on: "" }), row("2", { school: "", role: "" })]);
    expect(v.rows).toEqual([{ row: 2, postLicense: "1", firstName: "Ana", lastName: "Berg", agency: "Edina PD", assignment: null }]);
    expect(v.problems.map((p) => [p.row, p.column])).toEqual([[3, "school"], [3, "role"]]);
  });

  it("lets one officer have several rows, which must agree on name and agency", () => {
    const v = validate("roster", [ROSTER_HEADER, row("1"), row("1", { school: "Valley View" }), row("1", { last_name: "Borg", school: "Creek Valley", agency: "edina pd" })]);
    expect(v.problems).toEqual([{ row: 4, column: "last_name", message: 'is "Borg" but row 2 gives "Berg" for the same post_license' }]);
  });

  it("refuses the same assignment twice in one file", () => {
    const v = validate("roster", [ROSTER_HEADER, row("1"), row("1", { school: "edina high" })]);
    expect(v.problems).toEqual([{ row: 3, column: "start_on", message: "repeats row 2 (the same officer, school, role and start_on)" }]);
  });
});

describe("courses and contact-days rows", () => {
  it("reads courses with post_approved false by default, and the engine's course types", () => {
    const v = validate("courses", [["post_license", "type", "completed_on", "credits"], ["1", "post_sro_basic", "2025-08-01", "16.5"], ["1", "ONLINE", "2025-08-01", "x"]]);
    expect(v.rows).toEqual([{ row: 2, postLicense: "1", type: "POST_SRO_BASIC", completedOn: "2025-08-01", postApproved: false, provider: null, postCourseNumber: null, credits: 16.5 }]);
    expect(v.problems.map((p) => p.column)).toEqual(["type", "credits"]);
    expect(v.problems[0]?.message).toMatch(/^"ONLINE" is not one of POST_SRO_BASIC, POST_SRO_SUPPLEMENTAL, POST_SRO_REFRESHER, SSC_BASIC, NASRO_BASIC, OTHER$/);
  });

  it("requires every contact-day column and refuses a day twice", () => {
    const header = ["post_license", "school", "district", "day", "students_present"];
    const v = validate("contact-days", [header, ["1", "Edina High", "ISD 273", "2025-10-01", "yes"], ["1", "Edina High", "ISD 273", "2025-10-01", "no"], ["1", "Edina High", "ISD 273", "2025-10-02", ""]]);
    expect(v.rows).toEqual([{ row: 2, postLicense: "1", school: "Edina High", district: "ISD 273", day: "2025-10-01", studentsPresent: true }]);
    expect(v.problems).toEqual([
      { row: 3, column: "day", message: "repeats row 2 (the same officer, school and day)" },
      { row: 4, column: "students_present", message: "is required" },
    ]);
  });

  it("keeps every row's references by name, invalid rows included, for the service to check", () => {
    const v = validate("contact-days", [["post_license", "school", "district", "day", "students_present"], ["7", "S", "D", "2025-13-01", "yes"]]);
    expect(v.refs).toEqual([{ row: 2, postLicense: "7", school: "S", district: "D" }]);
  });
});

describe("XLSX", () => {
  const savedTz = process.env["TZ"];
  afterEach(() => {
    if (savedTz === undefined) delete process.env["TZ"];
    else process.env["TZ"] = savedTz;
  });

  it("reads the first worksheet, its header row, numbers, rich text and formulas", async () => {
    const t = await readXlsx(
      await xlsx([
        ["POST License", "Type", "Completed On", "Post Approved", "Credits"],
        [12345, { richText: [{ text: "POST_SRO_" }, { text: "BASIC" }] }, "2025-08-01", true, { formula: "8*2", result: 16 }],
      ]),
    );
    const v = validateTable("courses", t);
    expect(v.problems).toEqual([]);
    expect(v.rows).toEqual([{ row: 2, postLicense: "12345", type: "POST_SRO_BASIC", completedOn: "2025-08-01", postApproved: true, provider: null, postCourseNumber: null, credits: 16 }]);
  });

  it("reads a date cell as the calendar date it shows, whatever the time zone", async () => {
    process.env["TZ"] = "Pacific/Kiritimati"; // UTC+14: a local-time conversion would shift the day
    const book = await xlsx([ROSTER_HEADER, ["1", "Ana", "Berg", "Edina PD", "ISD 273", "Edina High", "REGULAR", new Date(Date.UTC(2025, 8, 2))]]);
    process.env["TZ"] = "America/Anchorage";
    const v = validateTable("roster", await readXlsx(book));
    expect(v.problems).toEqual([]);
    expect(v.rows[0]?.assignment?.startOn).toBe("2025-09-02");
  });

  it("numbers rows as the worksheet does (rows above the header included)", async () => {
    const t = await readXlsx(await xlsx([ROSTER_HEADER, row("1"), row("2", { start_on: "2025-02-30" })], 2));
    expect(t.headerRow).toBe(3);
    expect(validateTable("roster", t).problems).toEqual([{ row: 5, column: "start_on", message: "2025-02-30 is not a calendar date" }]);
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(readXlsx(new TextEncoder().encode("post_license\n1\n"))).rejects.toThrow(TableReadError);
  });
});

describe("writing", () => {
  const table = {
    columns: [{ name: "post_license", type: "text" as const }, { name: "day", type: "date" as const }, { name: "students_present", type: "boolean" as const }, { name: "n", type: "integer" as const }],
    rows: [["00123", "2025-10-01", true, 3], ['a "quoted", name', null, false, null]],
  };

  it("CSV reads back as written", () => {
    const t = readCsv(toCsv(table));
    expect(t.headers).toEqual(["post_license", "day", "students_present", "n"]);
    expect(t.rows.map((r) => r.cells)).toEqual([["00123", "2025-10-01", "true", "3"], ['a "quoted", name', "", "false", ""]]);
  });

  it("XLSX writes dates as date cells that read back as the same calendar date, and licenses as text", async () => {
    const t = await readXlsx(await toXlsxBuffer(table));
    expect(t.rows[0]?.cells).toEqual(["00123", new Date(Date.UTC(2025, 9, 1)), true, 3]);
  });
});
