import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import cliProgress from "cli-progress";
import { IMPORT_KINDS, type ImportKind } from "../../importer/kinds.ts";
import { formatReport } from "../../importer/report.ts";
import type { ServiceContext } from "../../services/context.ts";
import { ClientError } from "../../services/errors.ts";
import type { ImportProgress, ImportResult } from "../../services/import/index.ts";
import { importContent } from "../../services/import/upload.ts";
import { UserError, type Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";

/**
 * `sroc import <roster|courses|contact-days> FILE [--skip-invalid] [--create-missing] [--json]`:
 * a CSV or XLSX file into the records (services/import/). Prints the validation report (row,
 * column, message) as a table, or everything as JSON with --json, then a one-line summary; a
 * progress bar on standard error when it is a terminal and the file has more than 5 000 rows.
 * Exit 0 when the file was imported (invalid rows skipped under --skip-invalid), 2 when invalid rows
 * or wrong columns stopped it — then nothing was written — or when the file itself is refused (not
 * CSV or XLSX, no rows, past a limit) or the policy refuses, in the words the upload's answer gives.
 * The terminal's user imports as the operator (runtime.ts), through the same service, policy and
 * audit events as an upload.
 */
export interface ImportCommandOptions {
  kind: string;
  file: string;
  skipInvalid: boolean;
  createMissing: boolean;
  json: boolean;
  /** Show the progress bar on large files (default: when standard error is a terminal). */
  progress?: boolean;
}

export const PROGRESS_THRESHOLD = 5_000;

const KIND_NAMES: Record<ImportKind, string> = { roster: "roster", courses: "courses", "contact-days": "contact-days" };

export function importKind(kind: string): ImportKind {
  const found = IMPORT_KINDS.find((k) => k === kind);
  if (found === undefined) throw new UserError(`cannot import "${kind}": choose one of ${IMPORT_KINDS.join(", ")}`);
  return found;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (e as Error).message}`);
  }
}

/** A service's refusal in the words the HTTP answer gives (without its "/file: " path). */
export function wordsOf(e: ClientError): string {
  return e.path !== "" && e.message.startsWith(`${e.path}: `) ? e.message.slice(e.path.length + 2) : e.message;
}

const PHASE_LABELS: Record<ImportProgress["phase"], string> = { validating: "checking", writing: "writing", status: "statuses" };

/** A cli-progress bar that follows the import's phases (checking rows, writing, statuses). */
function progressBar(): { update: (p: ImportProgress) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{label} [{bar}] {percentage}% | {value}/{total}", hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let current = "";
  return {
    update(p) {
      const label = `${PHASE_LABELS[p.phase]} ${p.step}`.padEnd(22);
      if (current === "") bar.start(p.total, p.done, { label });
      else if (label !== current) bar.setTotal(p.total);
      current = label;
      bar.update(p.done, { label });
    },
    stop() {
      if (current !== "") bar.stop();
    },
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

export function summaryOf(result: ImportResult, file: string): string {
  if (result.stoppedBy === "columns") return `nothing imported: the columns of ${file} are not those of a ${KIND_NAMES[result.kind]} file (see the problems above)`;
  if (result.stoppedBy === "invalid rows") {
    return `nothing imported: ${plural(result.invalidRows, "row")} of ${result.rows.toLocaleString("en-US")} ${result.invalidRows === 1 ? "is" : "are"} invalid (correct ${result.invalidRows === 1 ? "it" : "them"}, or import the valid rows with --skip-invalid)`;
  }
  const c = result.counts;
  const parts: string[] = [];
  const triple = (what: string, created: number, updated: number, unchanged: number) => {
    parts.push(`${what} ${created.toLocaleString("en-US")} created, ${updated.toLocaleString("en-US")} updated, ${unchanged.toLocaleString("en-US")} unchanged`);
  };
  if (result.kind === "roster") {
    triple("officers", c.officersCreated, c.officersUpdated, c.officersUnchanged);
    triple("assignments", c.assignmentsCreated, c.assignmentsUpdated, c.assignmentsUnchanged);
  } else if (result.kind === "courses") {
    triple("courses", c.coursesCreated, c.coursesUpdated, c.coursesUnchanged);
  } else {
    triple("contact days", c.contactDaysCreated, c.contactDaysUpdated, c.contactDaysUnchanged);
  }
  if (c.organizationsCreated > 0 || c.schoolsCreated > 0) parts.push(`${plural(c.organizationsCreated, "agency or district", "agencies and districts")} and ${plural(c.schoolsCreated, "school")} created`);
  parts.push(`${plural(c.statusesRefreshed, "officer's status", "officers' statuses")} recomputed`);
  const skipped = result.skippedRows > 0 ? ` (${plural(result.skippedRows, "invalid row")} skipped)` : "";
  return `imported ${result.importedRows.toLocaleString("en-US")} of ${plural(result.rows, "row")} of ${file}${skipped}: ${parts.join("; ")}`;
}

/**
 * The import with a given context: the terminal's operator (importCommand), or — in tests — any
 * actor, to show that the command line asks the same policy as the upload (services/import).
 */
export async function importWith(ctx: ServiceContext, io: Io, options: ImportCommandOptions): Promise<number> {
  const kind = importKind(options.kind);
  const content = await readBytes(options.file);
  const enabled = options.progress ?? process.stderr.isTTY;
  let bar: ReturnType<typeof progressBar> | null = null;
  const onProgress = (p: ImportProgress) => {
    if (bar === null && enabled && p.phase === "validating" && p.total > PROGRESS_THRESHOLD) bar = progressBar();
    bar?.update(p);
  };
  let result: ImportResult;
  try {
    ({ result } = await importContent(ctx, kind, { fileName: basename(options.file), content }, { skipInvalid: options.skipInvalid, createMissing: options.createMissing, onProgress }));
  } catch (e) {
    if (e instanceof ClientError) throw new UserError(`cannot import ${options.file}: ${wordsOf(e)}`);
    throw e;
  } finally {
    (bar as ReturnType<typeof progressBar> | null)?.stop();
  }
  if (options.json) {
    io.out(JSON.stringify({ file: options.file, ...result }, null, 2) + "\n");
  } else {
    io.out(formatReport(result.problems));
    io.out(summaryOf(result, options.file) + "\n");
  }
  return result.stoppedBy === null ? 0 : 2;
}

export async function importCommand(io: Io, env: NodeJS.ProcessEnv, options: ImportCommandOptions): Promise<number> {
  importKind(options.kind); // an unknown kind is refused before the database is opened
  return withRuntime((rt) => importWith(rt.context, io, options), env);
}
