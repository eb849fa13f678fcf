import { createHash } from "node:crypto";
import Type, { type Static } from "typebox";
import { COLUMNS } from "../../importer/kinds.ts";
import { readTableBytes, TableReadError, type Table, type TableFormat, type TextEncoding } from "../../importer/table.ts";
import { IMPORT_KINDS, IMPORT_STOPS, ImportCounts, ImportKindField, TABLE_FORMATS, type ImportKind } from "../../records/imports.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError, invalidField } from "../errors.ts";
import { authorizeImport } from "./authorize.ts";
import { importTable, type ImportOptions, type ImportResult } from "./index.ts";

/**
 * Importing an uploaded file (the web's Import page, POST /api/v1/imports): first a check, then the
 * commit. The server keeps nothing between the two: the commit is sent the same file again and
 * checks it again from the start, in the transaction that writes it. Keeping the checked upload on
 * the server (a token) would store officers' personal data outside the records, with a lifetime and a
 * clean-up of its own, and would still have to be re-checked against records that may have changed
 * since; re-sending a roster of even 10 000 rows is about a megabyte. The commit may name the
 * SHA-256 of the file it was checked as (`checkedSha256`), so that a file changed in between is
 * refused rather than imported unseen.
 *
 * The file must be an XLSX workbook or CSV text by its content (the first bytes), never by its name;
 * the person importing may write only the officers of the agencies whose records they keep
 * (policies/imports.ts). A commit is all or nothing (invalid rows stop it; nothing is skipped) and
 * leaves one IMPORT_COMPLETED audit event, written in the same transaction.
 */
export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;

export const ImportReport = Type.Object({
  kind: ImportKindField,
  fileName: Type.String(),
  format: Type.Enum(TABLE_FORMATS),
  sha256: Type.String({ description: "The SHA-256 of the file, hex: give it back as checkedSha256 when committing." }),
  committed: Type.Boolean({ description: "Whether the rows were written (a check never writes; a commit writes all or nothing)." }),
  stoppedBy: Type.Union([Type.Enum(IMPORT_STOPS), Type.Null()], { description: "Why nothing can be written: the columns are wrong, or rows are invalid." }),
  rows: Type.Integer({ description: "Data rows in the file." }),
  invalidRows: Type.Integer(),
  importedRows: Type.Integer({ description: "Rows written (a commit) or that a commit would write (a check)." }),
  problems: Type.Array(Type.Object({ row: Type.Integer(), column: Type.String(), message: Type.String() }), { description: "Every problem, in reading order: the row as a spreadsheet numbers it (the header is row 1) and the column as the file names it." }),
  counts: ImportCounts,
});
export type ImportReport = Static<typeof ImportReport>;

export const ImportColumns = Type.Object({
  kinds: Type.Array(Type.Object({ kind: ImportKindField, columns: Type.Array(Type.Object({ name: Type.String(), required: Type.Boolean() })) })),
  maxBytes: Type.Integer(),
});

export interface UploadedFile {
  fileName: string;
  content: Uint8Array;
}

/** The reader's verdict as the answer both doors give: 413 past a limit, 415 not CSV or XLSX, else 400 — always at /file. */
function refusal(e: TableReadError): ClientError {
  const code = e.reason === "too large" ? "PAYLOAD_TOO_LARGE" : e.reason === "unsupported" ? "UNSUPPORTED_MEDIA_TYPE" : "INVALID_REQUEST";
  return new ClientError(code, "/file", e.message);
}

/** The one reader of both doors (importer/table.ts), its refusals as ClientErrors. */
export async function readImportFile(file: UploadedFile): Promise<{ table: Table; format: TableFormat; encoding: TextEncoding | null }> {
  try {
    return await readTableBytes(file.content);
  } catch (e) {
    if (e instanceof TableReadError) throw refusal(e);
    throw e;
  }
}

function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 200).trim();
  return cleaned === "" ? "import" : cleaned;
}

function reportOf(result: ImportResult, file: UploadedFile, format: TableFormat, sha256: string): ImportReport {
  return {
    kind: result.kind, fileName: safeFileName(file.fileName), format, sha256, committed: result.written, stoppedBy: result.stoppedBy,
    rows: result.rows, invalidRows: result.invalidRows, importedRows: result.importedRows, problems: result.problems, counts: result.counts,
  };
}

/** The columns of each kind of file (for the page's help), and the largest file accepted. */
export function importColumns(ctx: ServiceContext): Static<typeof ImportColumns> {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  return { kinds: IMPORT_KINDS.map((kind) => ({ kind, columns: COLUMNS[kind].map((c) => ({ name: c.name, required: c.required })) })), maxBytes: IMPORT_LIMIT_BYTES };
}

/**
 * Importing a file's content, by either door: who may import is asked first (before the file is
 * read), then the file is read by the one reader, then imported (index.ts) with its audit events.
 */
export async function importContent(
  ctx: ServiceContext,
  kind: ImportKind,
  file: UploadedFile,
  options: Omit<ImportOptions, "source"> = {},
): Promise<{ result: ImportResult; format: TableFormat; encoding: TextEncoding | null; sha256: string; fileName: string }> {
  await authorizeImport(ctx, options);
  const { table, format, encoding } = await readImportFile(file);
  const sha256 = createHash("sha256").update(file.content).digest("hex");
  const fileName = safeFileName(file.fileName);
  const result = await importTable(ctx, kind, table, { ...options, source: { fileName, sha256, format, encoding } });
  return { result, format, encoding, sha256, fileName };
}

/**
 * Checks a file as a commit would — every write done in a transaction that is then rolled back, so
 * the counts are exact — and returns the report. Nothing is kept.
 */
export async function checkImport(ctx: ServiceContext, kind: ImportKind, file: UploadedFile): Promise<ImportReport> {
  const { result, format, sha256 } = await importContent(ctx, kind, file, { dryRun: true });
  return reportOf(result, file, format, sha256);
}

/**
 * Checks the file again and, when no row is invalid, writes all of it with its audit events; when any
 * problem remains, nothing is written and the answer is a 400 naming the file and the first problem.
 */
export async function commitImport(ctx: ServiceContext, kind: ImportKind, file: UploadedFile, checkedSha256?: string): Promise<ImportReport> {
  if (checkedSha256 !== undefined && checkedSha256.toLowerCase() !== createHash("sha256").update(file.content).digest("hex")) {
    await authorizeImport(ctx);
    throw new ClientError("CONFLICT", "/checkedSha256", "the file is not the one that was checked (it changed since): check it again before importing");
  }
  const { result, format, sha256 } = await importContent(ctx, kind, file);
  if (!result.written) {
    // The page commits only a file whose check was clean; the records may have changed since.
    const first = result.problems[0];
    const where = first === undefined ? "" : ` (row ${first.row}, column ${first.column}: ${first.message})`;
    throw invalidField("/file", `was not imported: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in the file${where}; check it again to see them all`);
  }
  return reportOf(result, file, format, sha256);
}
