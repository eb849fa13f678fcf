import { inflateRawSync } from "node:zlib";

/**
 * Looking inside an XLSX workbook (a ZIP archive) before a spreadsheet library unpacks it: a 4 MB
 * "zip bomb" whose sheet expands to 4 GB exhausted the server's memory and crashed it (issue 10,
 * item 7). The central directory declares every entry's uncompressed size; their sum must be within
 * the limit. A declaration can lie, so each entry is then inflated here with the budget that is
 * left as a hard ceiling (zlib stops at it: memory never holds more than the limit), and the rows
 * and cells of every worksheet are counted in the same pass. Only then does exceljs read the workbook.
 */
export class ZipLimitError extends Error {
  constructor(
    message: string,
    readonly limit: "bytes" | "rows",
  ) {
    super(message);
  }
}

export class ZipFormatError extends Error {}

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxRows: number;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** ZIP64 marks a size or offset of 4 GiB or more; an XLSX within any sane limit never needs it. */
const ZIP64 = 0xffffffff;

function endOfDirectory(zip: Buffer): number {
  // The end record is the last 22 bytes, followed by a comment of at most 65 535 bytes.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) if (zip.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError("it is not a readable ZIP archive (no central directory)");
}

function entries(zip: Buffer): Entry[] {
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const list: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError("its central directory is damaged");
    const nameLength = zip.readUInt16LE(at + 28);
    list.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return list;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024).toLocaleString("en-US")} MB`;
}

/** The words of the refusal, the same at both doors (a 413 over HTTP, exit 2 on the command line). */
export function tooLarge(limit: number, packed = true): string {
  return `${packed ? "expands to more than" : "is larger than"} ${megabytes(limit)}${packed ? " when unpacked" : ""} (the limit is ${megabytes(limit)}): split it into several files`;
}

export function tooManyRows(limit: number): string {
  return `has more than ${limit.toLocaleString("en-US")} rows (the limit is ${limit.toLocaleString("en-US")} rows): split it into several files`;
}

/**
 * Cells a worksheet may hold: CELLS_PER_ROW for each row the limit allows. The widest import has 13
 * columns; Excel also writes a cell for every formatted blank, so the room is more than twice that.
 * Without it one row of 24 million empty cells (`<c/>`, a 95 KB file) took exceljs to 3.7 GB.
 */
export const CELLS_PER_ROW = 32;

export function tooManyCells(limit: number): string {
  return `has more than ${limit.toLocaleString("en-US")} cells (the limit is ${CELLS_PER_ROW} a row on average): split it into several files`;
}

/**
 * How many `<tag` elements the worksheet holds: the name followed by white space, `>` or `/` (an
 * empty row is `<row/>`, an empty cell `<c/>`; exceljs makes an object of each), never a longer name
 * (`<col`, `<cfRule`).
 */
function countElements(xml: Buffer, tag: "<row" | "<c"): number {
  let n = 0;
  for (let i = xml.indexOf(tag); i >= 0; i = xml.indexOf(tag, i + tag.length)) {
    const next = xml[i + tag.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) n += 1;
  }
  return n;
}

/**
 * Throws ZipLimitError when the archive expands past maxUncompressedBytes (declared or actual) or a
 * worksheet holds more than maxRows rows or maxRows × CELLS_PER_ROW cells; ZipFormatError when it is not a ZIP archive at all.
 */
export function checkZip(zip: Buffer, limits: ZipLimits): void {
  const list = entries(zip);
  let declared = 0;
  for (const e of list) {
    declared += e.uncompressedSize === ZIP64 ? Number.POSITIVE_INFINITY : e.uncompressedSize;
    if (declared > limits.maxUncompressedBytes) throw new ZipLimitError(tooLarge(limits.maxUncompressedBytes), "bytes");
  }
  let budget = limits.maxUncompressedBytes;
  for (const e of list) {
    if (e.localHeader + 30 > zip.length || zip.readUInt32LE(e.localHeader) !== LOCAL) throw new ZipFormatError(`its entry ${e.name} is damaged`);
    const start = e.localHeader + 30 + zip.readUInt16LE(e.localHeader + 26) + zip.readUInt16LE(e.localHeader + 28);
    const data = zip.subarray(start, start + e.compressedSize);
    let content: Buffer;
    if (e.method === 0) content = data;
    else if (e.method === 8) {
      try {
        // At most what is left of the budget (and at least one byte, so that an overrun is seen).
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw new ZipLimitError(tooLarge(limits.maxUncompressedBytes), "bytes");
        throw new ZipFormatError(`its entry ${e.name} cannot be unpacked: ${(err as Error).message}`);
      }
    } else throw new ZipFormatError(`its entry ${e.name} is compressed in a way XLSX does not use`);
    budget -= content.length;
    if (budget < 0) throw new ZipLimitError(tooLarge(limits.maxUncompressedBytes), "bytes");
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) {
      if (countElements(content, "<row") > limits.maxRows) throw new ZipLimitError(tooManyRows(limits.maxRows), "rows");
      if (countElements(content, "<c") > limits.maxRows * CELLS_PER_ROW) throw new ZipLimitError(tooManyCells(limits.maxRows * CELLS_PER_ROW), "rows");
    }
  }
}
