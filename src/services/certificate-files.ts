import type { CertificateMediaType } from "../records/courses.ts";

/**
 * Whether an uploaded certificate is the whole file its first bytes claim (issue 10 item 13: a
 * `%PDF` header followed by a web page was accepted as a PDF, because `file-type` reads only the
 * first bytes). No PDF or image library is installed, so the structure every reader relies on is
 * checked by hand — enough to refuse a truncated file or one with something else glued on, not a
 * full parse:
 *
 *   PDF   a `%PDF-1.0`…`%PDF-1.7` or `%PDF-2.0` header; at least one object; and in the last 1 024
 *         bytes (where readers look, ISO 32000-1 §7.5.5) the trailer (`trailer` or `startxref`) and
 *         `%%EOF` as the last thing but whitespace;
 *   PNG   the signature, an IHDR chunk first, chunks whose lengths add up, and IEND as the last bytes
 *         (PNG spec §5.3–5.6);
 *   JPEG  SOI (FF D8 FF) first and EOI (FF D9) last (ITU T.81 B.2.1), trailing NUL padding allowed.
 *
 * And in every kind, no HTML: a certificate is downloaded and opened by other people, and a file
 * that a browser could also read as a page (a "polyglot") is refused whatever its first bytes say.
 */
export type { CertificateMediaType };

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

/** Markup a browser would act on. Case-insensitive; 6+ specific bytes, so not found by chance in compressed data. */
const HTML_MARKERS = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|script[\s>/]|iframe[\s>/]|object[\s>/]|embed[\s>/]|meta\s+http-equiv|svg[\s>/])/i;

function pdfProblem(text: string): string | null {
  if (!/^%PDF-(1\.[0-7]|2\.0)[\r\n \t%]/.test(text)) return "does not begin with a PDF header (%PDF-1.x)";
  const tail = text.slice(-1024);
  if (!/%%EOF[\s\0]*$/.test(tail)) return "is not a complete PDF: its end-of-file marker (%%EOF) is missing or followed by something else";
  if (!/\b(trailer|startxref)\b/.test(tail)) return "is not a complete PDF: it has no trailer before its end";
  if (!/\b\d+\s+\d+\s+obj\b/.test(text)) return "is not a PDF: it holds no PDF object";
  return null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngProblem(bytes: Uint8Array): string | null {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "does not begin with a PNG signature";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = PNG_SIGNATURE.length;
  let first = true;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = latin1(bytes.subarray(at + 4, at + 8));
    if (first && type !== "IHDR") return "is not a valid PNG: its first chunk is not the image header";
    first = false;
    const next = at + 12 + length;
    if (next > bytes.length) return "is not a complete PNG: a chunk runs past the end of the file";
    if (type === "IEND") return next === bytes.length ? null : "is not a valid PNG: something follows its end";
    at = next;
  }
  return "is not a complete PNG: its end (IEND) is missing";
}

function jpegProblem(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return "does not begin with a JPEG marker";
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0x00) end -= 1;
  if (end < 4 || bytes[end - 2] !== 0xff || bytes[end - 1] !== 0xd9) return "is not a complete JPEG: its end (EOI) is missing or followed by something else";
  return null;
}

/** Why the content is not a whole file of its detected kind, in plain words, or null. */
export function certificateFileProblem(mediaType: CertificateMediaType, content: Uint8Array): string | null {
  const text = latin1(content);
  const problem = mediaType === "application/pdf" ? pdfProblem(text) : mediaType === "image/png" ? pngProblem(content) : jpegProblem(content);
  if (problem !== null) return problem;
  if (HTML_MARKERS.test(text)) return "contains a web page (HTML) besides the certificate";
  return null;
}
