import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../test/shared-dir.ts";
import { readLimits } from "./limits.ts";
import { CELLS_PER_ROW } from "./zip.ts";
import { readTableBytes, TableReadError } from "./table.ts";
import { workbookWithSheet, zipBomb, zipBombBytes } from "./zip-bomb.test-support.ts";

/** The one reader of both doors (issue 10, items 7 and 13): encodings, empty files, limits. */
const HEADER = "post_license,first_name,last_name\n";
const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
};
const refusal = async (bytes: Uint8Array, limits = readLimits({})) => {
  try {
    await readTableBytes(bytes, limits);
  } catch (e) {
    if (e instanceof TableReadError) return { reason: e.reason, message: e.message };
    throw e;
  }
  throw new Error("the file was read");
};

describe("the reader's encodings", () => {
  it("reads UTF-8 with and without its byte-order mark", async () => {
    for (const bytes of [Buffer.from(`${HEADER}1,José,Muñoz\n`), Buffer.from(`\uFEFF${HEADER}1,José,Muñoz\n`)]) {
      const { table, encoding } = await readTableBytes(bytes);
      expect(encoding).toBe("utf-8");
      expect(table.headers[0]).toBe("post_license");
      expect(table.rows[0]?.cells).toEqual(["1", "José", "Muñoz"]);
    }
  });

  it("reads UTF-16 (little- and big-endian, with the byte-order mark Excel writes) as CSV, never as audio", async () => {
    for (const bigEndian of [false, true]) {
      const { table, format, encoding } = await readTableBytes(utf16(`${HEADER}1,José,Muñoz\r\n`, bigEndian));
      expect(format).toBe("csv");
      expect(encoding).toBe(bigEndian ? "utf-16be" : "utf-16le");
      expect(table.rows[0]?.cells).toEqual(["1", "José", "Muñoz"]);
    }
  });

  it("reads bytes that are not UTF-8 as Windows-1252 (Excel's \"CSV (Comma delimited)\"), not as garbled text", async () => {
    const latin1 = Buffer.from(`${HEADER}1,José,Muñoz\n`, "latin1");
    const { table, encoding } = await readTableBytes(latin1);
    expect(encoding).toBe("windows-1252");
    expect(table.rows[0]?.cells).toEqual(["1", "José", "Muñoz"]);
  });

  it("refuses a file marked UTF-8 that is not, and binary data, naming the problem", async () => {
    expect(await refusal(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER), Buffer.from([0x31, 0x2c, 0xe9, 0x0a])]))).toMatchObject({ reason: "invalid", message: expect.stringContaining("not valid UTF-8") as string });
    expect(await refusal(Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"))).toMatchObject({ reason: "unsupported", message: expect.stringContaining("image/png") as string });
  });

  it("reads text with the control characters spreadsheets leave in it, and refuses a PDF whose first bytes look like text", async () => {
    const { table } = await readTableBytes(Buffer.from(`${HEADER}1,"Ana\u000bMaria",Berg\n\u001a`));
    expect(table.rows.map((r) => r.cells)).toEqual([["1", "Ana\u000bMaria", "Berg"]]);
    expect(await refusal(Buffer.from("%PDF-1.4\n% a text header\n"))).toMatchObject({ reason: "unsupported", message: expect.stringContaining("application/pdf") as string });
  });

  it("refuses a header with no rows, and an empty file", async () => {
    expect(await refusal(Buffer.from(HEADER))).toEqual({ reason: "invalid", message: "the file has no rows below its header: nothing to import" });
    expect(await refusal(Buffer.from("\n\n"))).toMatchObject({ reason: "invalid", message: expect.stringContaining("empty") as string });
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ reason: "invalid", message: expect.stringContaining("empty") as string });
  });
});

describe("the reader's limits", () => {
  it("are the environment's, else 100 MB unpacked and 200 000 rows", () => {
    expect(readLimits({})).toEqual({ maxUncompressedBytes: 100 * 1024 * 1024, maxRows: 200_000 });
    expect(readLimits({ SROC_IMPORT_MAX_MB: "2", SROC_IMPORT_MAX_ROWS: "10" })).toEqual({ maxUncompressedBytes: 2 * 1024 * 1024, maxRows: 10 });
  });

  it("refuse rows past the limit, in a CSV file and in a worksheet, naming the limit", async () => {
    const rows = `${HEADER}${"1,A,B\n".repeat(11)}`;
    expect(await refusal(Buffer.from(rows), { maxUncompressedBytes: 1024 * 1024, maxRows: 10 })).toEqual({ reason: "too large", message: "the file has more than 10 rows (the limit is 10 rows): split it into several files" });
    const bomb = await zipBombBytes(4 * 1024 * 1024);
    expect(await refusal(bomb, { maxUncompressedBytes: 8 * 1024 * 1024, maxRows: 1000 })).toMatchObject({ reason: "too large", message: expect.stringContaining("more than 1,000 rows") as string });
  });

  it("count a worksheet's empty rows written <row/> and refuse a row of more cells than a sheet within the limits can hold", async () => {
    // A 141 KB workbook of 16 million "<row/>" took the server to 4.5 GB and 51 s inside exceljs: they were not counted.
    const sheet = (data: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>post_license</t></is></c></row>${data}</sheetData></worksheet>`;
    const limits = { maxUncompressedBytes: 8 * 1024 * 1024, maxRows: 10 };
    expect(await refusal(workbookWithSheet(sheet("<row/>".repeat(11))), limits)).toEqual({ reason: "too large", message: "the file has more than 10 rows (the limit is 10 rows): split it into several files" });
    // 24 million "<c/>" in one row (a 95 KB file) took it to 3.7 GB and 31 s.
    expect(await refusal(workbookWithSheet(sheet(`<row r="2">${"<c/>".repeat(10 * CELLS_PER_ROW + 1)}</row>`)), limits)).toEqual({
      reason: "too large",
      message: `the file has more than ${(10 * CELLS_PER_ROW).toLocaleString("en-US")} cells (the limit is ${CELLS_PER_ROW} a row on average): split it into several files`,
    });
  });

  it("do not count blank lines of a CSV file as rows, and number the rows as a spreadsheet shows them", async () => {
    // A 1 MB file of a million blank lines held the server for 34 s before it was refused as too many rows.
    const text = `${HEADER}1,A,B\n\n"2","C\nD",E\n${"\n".repeat(20)}3,F,G\n`;
    const { table } = await readTableBytes(Buffer.from(text), { maxUncompressedBytes: 1024 * 1024, maxRows: 10 });
    expect(table.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [2, "1"],
      [4, "2"],
      [25, "3"],
    ]);
  });

  it("refuse an XLSX zip bomb (3 MB unpacking to 1 GiB) before unpacking it, in a process whose heap it would exhaust", { timeout: 120_000 }, async () => {
    const bomb = await zipBomb();
    // A child process with a 256 MB heap: before this fix, exceljs unpacked the sheet and the process died "JavaScript heap out of memory".
    const script = `import { readFileSync } from "node:fs"; import { readTableBytes } from ${JSON.stringify(join(repoRoot, "src/importer/table.ts"))};
      try { await readTableBytes(readFileSync(${JSON.stringify(bomb)})); console.log("read"); } catch (e) { console.log(JSON.stringify({ reason: e.reason, message: e.message })); }`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--max-old-space-size=256", "--import", "tsx", "--input-type=module", "-e", script], { cwd: repoRoot, env: { ...process.env, SROC_IMPORT_MAX_MB: "" } });
    expect(JSON.parse(stdout)).toEqual({ reason: "too large", message: "the file expands to more than 100 MB when unpacked (the limit is 100 MB): split it into several files" });
  });
});
