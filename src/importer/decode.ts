import { fileTypeFromBuffer } from "file-type";
import type { TableFormat } from "../records/imports.ts";
import { TableReadError } from "./read-error.ts";

/**
 * What an import file is, by its content (never its name), and how its text is decoded — one answer
 * for the command line and the upload alike (issue 10, item 13: the two doors disagreed).
 *
 * Encodings (docs/decisions/0010-import-reader.md): a byte-order mark decides (UTF-8, UTF-16 LE or
 * BE: Excel's "CSV UTF-8" and "Unicode text"); without one, UTF-8 when the bytes are valid UTF-8,
 * else Windows-1252 — what Excel on Windows writes as "CSV (Comma delimited)" in the United States,
 * and a superset of Latin-1's printable characters, so "José" reads as José rather than as garbled
 * text or a refusal. Text is recognised as text before any binary signature is looked for, so a
 * UTF-16 CSV (whose first bytes FF FE look like an MPEG audio frame) is never called audio.
 */
export type { TableFormat };
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

const NAMES: Record<TextEncoding, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16", "utf-16be": "UTF-16", "windows-1252": "Windows-1252" };

/** NUL is never in text (UTF-16 read without its byte-order mark is full of them). */
const BINARY = "\u0000";

/** The text of a CSV file and the encoding it was read in; refuses bytes that are not text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = bomOf(bytes);
  let text: string;
  let encoding: TextEncoding;
  if (bom !== null) {
    encoding = bom.encoding;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom.length));
    } catch {
      throw new TableReadError(`the file is marked as ${NAMES[encoding]} text but is not valid ${NAMES[encoding]}: save it again as "CSV UTF-8"`);
    }
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      text = new TextDecoder("windows-1252").decode(bytes);
      encoding = "windows-1252";
    }
  }
  if (text.endsWith("\u001a")) text = text.slice(0, -1); // DOS's end-of-file mark is not a row
  if (text.includes(BINARY)) throw new TableReadError("the file holds binary data, not CSV text (or is UTF-16 text without its byte-order mark: save it as \"CSV UTF-8\")", "unsupported");
  return { text, encoding };
}

/** Control bytes text may hold: tab, line feed, vertical tab (Excel's line break in a cell), form feed, carriage return, and the end-of-file mark SUB. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a]);

function isText(bytes: Uint8Array): boolean {
  if (bomOf(bytes) !== null) return true;
  // The first 4 KB are enough to tell text from a binary format's header (a PDF's starts as text).
  if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-") return false;
  const head = bytes.subarray(0, 4096);
  for (const b of head) if (b < 0x20 && !TEXT_CONTROLS.has(b)) return false;
  return true;
}

/** XLSX or CSV by content: a workbook by its bytes, CSV as text (which has no signature). */
export async function formatByContent(bytes: Uint8Array): Promise<TableFormat> {
  if (bytes.length === 0) throw new TableReadError("the file is empty: the first row must name the columns");
  if (isText(bytes)) return "csv";
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime === XLSX_MIME) return "xlsx";
  if (detected?.mime === "application/x-cfb") throw new TableReadError("the file is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV UTF-8", "unsupported");
  if (detected !== undefined) throw new TableReadError(`the file must be a CSV or XLSX file (checked by its content): this one is ${detected.mime}`, "unsupported");
  throw new TableReadError("the file must be a CSV or XLSX file (checked by its content): this one is neither text nor a workbook", "unsupported");
}
