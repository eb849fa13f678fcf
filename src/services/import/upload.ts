import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import Type, { type Static } from "typebox";
import { appendAudit } from "../../audit/append.ts";
import { IMPORT_KINDS, COLUMNS, type ImportKind } from "../../importer/kinds.ts";
import { readTable, TableReadError, type Table, type TableFormat } from "../../importer/table.ts";
import { importPolicy } from "../../policies/imports.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError, invalidField } from "../errors.ts";
import { importTable, type ImportResult } from "./index.ts";

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

const Counts = Type.Object({
  organizationsCreated: Type.Integer(), schoolsCreated: Type.Integer(),
  officersCreated: Type.Integer(), officersUpdated: Type.Integer(), officersUnchanged: Type.Integer(),
  assignmentsCreated: Type.Integer(), assignmentsUpdated: Type.Integer(), assignmentsUnchanged: Type.Integer(),
  coursesCreated: Type.Integer(), coursesUpdated: Type.Integer(), coursesUnchanged: Type.Integer(),
  contactDaysCreated: Type.Integer(), contactDaysUpdated: Type.Integer(), contactDaysUnchanged: Type.Integer(),
  statusesRefreshed: Type.Integer(),
});

export const ImportReport = Type.Object({
  kind: Type.Enum([...IMPORT_KINDS]),
  fileName: Type.String(),
  format: Type.Enum(["csv", "xlsx"]),
  sha256: Type.String({ description: "The SHA-256 of the file, hex: give it back as checkedSha256 when committing." }),
  committed: Type.Boolean({ description: "Whether the rows were written (a check never writes; a commit writes all or nothing)." }),
  stoppedBy: Type.Union([Type.Enum(["columns", "invalid rows"]), Type.Null()], { description: "Why nothing can be written: the columns are wrong, or rows are invalid." }),
  rows: Type.Integer({ description: "Data rows in the file." }),
  invalidRows: Type.Integer(),
  importedRows: Type.Integer({ description: "Rows written (a commit) or that a commit would write (a check)." }),
  problems: Type.Array(Type.Object({ row: Type.Integer(), column: Type.String(), message: Type.String() }), { description: "Every problem, in reading order: the row as a spreadsheet numbers it (the header is row 1) and the column as the file names it." }),
  counts: Counts,
});
export type ImportReport = Static<typeof ImportReport>;

export const ImportColumns = Type.Object({
  kinds: Type.Array(Type.Object({ kind: Type.Enum([...IMPORT_KINDS]), columns: Type.Array(Type.Object({ name: Type.String(), required: Type.Boolean() })) })),
  maxBytes: Type.Integer(),
});

export interface UploadedFile {
  fileName: string;
  content: Uint8Array;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function unsupported(message: string): ClientError {
  return new ClientError("UNSUPPORTED_MEDIA_TYPE", "/file", message);
}

/** XLSX or CSV by content: a workbook is recognised by its bytes; CSV is UTF-8 text, which has no signature. */
export async function formatByContent(content: Uint8Array): Promise<TableFormat> {
  const detected = await fileTypeFromBuffer(content);
  if (detected?.mime === XLSX_MIME) return "xlsx";
  if (detected?.mime === "application/x-cfb") throw unsupported("is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV UTF-8");
  if (detected !== undefined) throw unsupported(`must be a CSV or XLSX file (checked by its content): this one is ${detected.mime}`);
  if ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff)) throw unsupported('is UTF-16 text (Excel\'s "Unicode text"): save it as "CSV UTF-8"');
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    throw unsupported("must be a CSV or XLSX file (checked by its content): this one is neither UTF-8 text nor a workbook");
  }
  if (text.includes("\u0000")) throw unsupported("must be a CSV or XLSX file (checked by its content): this one holds binary data");
  return "csv";
}

async function tableOf(file: UploadedFile): Promise<{ table: Table; format: TableFormat }> {
  if (file.content.length === 0) throw invalidField("/file", "is empty");
  if (file.content.length > IMPORT_LIMIT_BYTES) throw new ClientError("PAYLOAD_TOO_LARGE", "/file", `is larger than ${IMPORT_LIMIT_BYTES / 1024 / 1024} MB: split it into several files`);
  const format = await formatByContent(file.content);
  let table: Table;
  try {
    table = await readTable(file.content, format);
  } catch (e) {
    if (e instanceof TableReadError) throw invalidField("/file", e.message);
    throw e;
  }
  if (table.rows.length === 0) throw invalidField("/file", "has no rows below its header: nothing to import");
  return { table, format };
}

function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 200).trim();
  return cleaned === "" ? "import" : cleaned;
}

async function authorize(ctx: ServiceContext): Promise<ReadonlySet<string> | undefined> {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  const decision = importPolicy.importFiles(ctx.actor);
  if (!decision.allowed) {
    await ctx.db.transaction((tx) =>
      appendAudit(tx, { type: "ACCESS_DENIED", actor: ctx.actor, entity: "imports", after: { reason: decision.reason }, ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null }),
    );
    throw new ClientError("FORBIDDEN", "", decision.reason);
  }
  return decision.agencies === "all" ? undefined : new Set(decision.agencies);
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
 * Checks a file as a commit would — every write done in a transaction that is then rolled back, so
 * the counts are exact — and returns the report. Nothing is kept.
 */
export async function checkImport(ctx: ServiceContext, kind: ImportKind, file: UploadedFile): Promise<ImportReport> {
  const agencyIds = await authorize(ctx);
  const { table, format } = await tableOf(file);
  const sha256 = createHash("sha256").update(file.content).digest("hex");
  const result = await importTable(ctx, kind, table, { dryRun: true, ...(agencyIds === undefined ? {} : { agencyIds }) });
  return reportOf(result, file, format, sha256);
}

/**
 * Checks the file again and, when no row is invalid, writes all of it with its audit event; when any
 * problem remains, nothing is written and the answer is a 400 naming the file and the first problem.
 */
export async function commitImport(ctx: ServiceContext, kind: ImportKind, file: UploadedFile, checkedSha256?: string): Promise<ImportReport> {
  const agencyIds = await authorize(ctx);
  const { table, format } = await tableOf(file);
  const sha256 = createHash("sha256").update(file.content).digest("hex");
  if (checkedSha256 !== undefined && checkedSha256.toLowerCase() !== sha256) {
    throw new ClientError("CONFLICT", "/checkedSha256", "the file is not the one that was checked (it changed since): check it again before importing");
  }
  const fileName = safeFileName(file.fileName);
  const result = await importTable(ctx, kind, table, {
    ...(agencyIds === undefined ? {} : { agencyIds }),
    onWritten: async (tx, done) => {
      await appendAudit(tx, {
        type: "IMPORT_COMPLETED", actor: ctx.actor, entity: kind,
        organizationId: agencyIds?.size === 1 ? [...agencyIds][0] : null,
        after: { fileName, sha256, format, rows: done.rows, importedRows: done.importedRows, skippedRows: done.skippedRows, counts: done.counts },
        ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null,
      });
    },
  });
  if (!result.written) {
    // The page commits only a file whose check was clean; the records may have changed since.
    const first = result.problems[0];
    const where = first === undefined ? "" : ` (row ${first.row}, column ${first.column}: ${first.message})`;
    throw invalidField("/file", `was not imported: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in the file${where}; check it again to see them all`);
  }
  return reportOf(result, file, format, sha256);
}
