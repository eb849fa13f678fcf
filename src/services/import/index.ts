import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { validateTable } from "../../importer/kinds.ts";
import { noCounts, type ImportCounts, type ImportKind, type ImportStop } from "../../records/imports.ts";
import { sortProblems, type Problem } from "../../importer/report.ts";
import type { Table, TableFormat, TextEncoding } from "../../importer/table.ts";
import type { ServiceContext } from "../context.ts";
import { clientErrorFromDatabase } from "../errors.ts";
import { refreshStatus } from "../status.ts";
import { authorizeImport } from "./authorize.ts";
import { importContactDays } from "./contact-days.ts";
import type { Context } from "./context.ts";
import { importCourses } from "./courses.ts";
import { appendRecordEvents, RecordEvents, transactionNow } from "./events.ts";
import { importRoster } from "./roster.ts";
import { importContent } from "./upload.ts";

/**
 * Importing a roster, courses or contact days from a CSV or XLSX file (importer/ reads and checks
 * the file). The whole file is validated first — cells, rows, and the references by name to
 * agencies, districts, schools and officers — and nothing is written if any row is invalid, unless
 * `skipInvalid` leaves the invalid rows out. The writes are one transaction: set-based inserts and
 * updates of up to CHUNK rows per statement (`unnest` of one array parameter per column, never one
 * statement per row), then the status of every officer the import touched, recomputed in the same
 * transaction (services/status.ts). Killed half-way, the database has all of it or none of it.
 *
 * Re-importing a file changes nothing: an officer is the same officer by POST license; an assignment
 * is the same by officer, school, role and start_on; a course by officer, type and completed_on; a
 * contact day by officer, school and day. A record that matches is updated when its other fields
 * differ, else left as it is.
 */
export interface ImportProgress {
  phase: "validating" | "writing" | "status";
  /** What is being written ("officers", "assignments", …) or refreshed. */
  step: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Import the valid rows and leave out the invalid ones (still reported). */
  skipInvalid?: boolean;
  /** Create the agencies, districts and schools the file names but the database lacks. */
  createMissing?: boolean;
  /**
   * Check only: do every write in the transaction — so the counts are exactly what a commit would
   * make — then roll it back. Nothing is kept (`written` is false).
   */
  dryRun?: boolean;
  /** The file the table was read from, for the IMPORT_COMPLETED event (upload.ts). */
  source?: ImportSource;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSource {
  fileName: string;
  sha256: string;
  format: TableFormat;
  encoding: TextEncoding | null;
}

/** What an import counts (src/records/imports.ts: the one list, also the API report's schema). */
export type { ImportCounts };

export interface ImportResult {
  kind: ImportKind;
  /** Data rows in the file. */
  rows: number;
  /** Whether anything was written (committed). */
  written: boolean;
  /**
   * Why nothing was written: the columns themselves are wrong (unknown, missing or repeated — no
   * row can be read, --skip-invalid or not), or rows are invalid and skipInvalid was not given.
   */
  stoppedBy: ImportStop | null;
  /** Rows with at least one problem. */
  invalidRows: number;
  /** Invalid rows left out under skipInvalid (0 when the import was stopped). */
  skippedRows: number;
  /** Rows written. */
  importedRows: number;
  /** The validation report, in reading order. */
  problems: Problem[];
  counts: ImportCounts;
}

/** Carries a dry run's result out of its transaction, which throwing rolls back. */
class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super("import dry run: rolled back");
  }
}

/** Validates the whole table, then (if it may) writes it in one transaction with the statuses. */
export async function importTable(ctx: ServiceContext, kind: ImportKind, table: Table, options: ImportOptions = {}): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const v = validateTable(kind, table, { onProgress: (done, total) => { progress({ phase: "validating", step: "rows", done, total }); } });
  const result = (stoppedBy: ImportResult["stoppedBy"], problems: Problem[], invalid: number, imported: number, counts: ImportCounts): ImportResult => ({
    kind, rows: v.totalRows, written: imported > 0, stoppedBy, invalidRows: invalid, skippedRows: stoppedBy === null ? invalid : 0, importedRows: imported, problems, counts,
  });
  const agencyIds = await authorizeImport(ctx, options);
  if (v.headerProblems) return result("columns", v.problems, v.invalidRows.size, 0, noCounts());
  try {
    return await ctx.db.transaction(async (tx) => {
      const events = new RecordEvents(await transactionNow(tx));
      const c: Context = { tx, v, options, problems: [...v.problems], invalid: new Set(v.invalidRows), counts: noCounts(), progress, agencyIds, events };
      const step =
        v.kind === "roster" ? await importRoster(c, v.rows) : v.kind === "courses" ? await importCourses(c, v.rows) : await importContactDays(c, v.rows);
      sortProblems(c.problems, v.columnOrder);
      if (c.invalid.size > 0 && options.skipInvalid !== true) return result("invalid rows", c.problems, c.invalid.size, 0, c.counts);
      const imported = v.totalRows - c.invalid.size;
      if (imported === 0) return result(null, c.problems, c.invalid.size, 0, c.counts);
      const affected = await step.write();
      c.counts.statusesRefreshed = affected.length;
      if (options.dryRun === true) throw new DryRunRollback({ ...result(null, c.problems, c.invalid.size, imported, c.counts), written: false });
      await refreshStatus(tx, affected, ctx.today(), (done, total) => {
        progress({ phase: "status", step: "officers", done, total });
      });
      const done = result(null, c.problems, c.invalid.size, imported, c.counts);
      // Last in the transaction: one event per record written, then the import's own (events.ts).
      const origin = { ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null };
      await appendRecordEvents(tx, ctx.actor, origin, events.list, {
        type: "IMPORT_COMPLETED", actor: ctx.actor, entity: kind, ...origin,
        organizationId: agencyIds?.size === 1 ? [...agencyIds][0] : null,
        after: { ...(options.source ?? {}), rows: done.rows, importedRows: done.importedRows, skippedRows: done.skippedRows, counts: done.counts },
      });
      return done;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result;
    throw clientErrorFromDatabase(e) ?? e;
  }
}

/** Reads a CSV or XLSX file from disk and imports it (the reader and the checks of upload.ts). */
export async function importFile(ctx: ServiceContext, kind: ImportKind, path: string, options: Omit<ImportOptions, "source"> = {}): Promise<ImportResult> {
  return (await importContent(ctx, kind, { fileName: basename(path), content: await readFile(path) }, options)).result;
}
