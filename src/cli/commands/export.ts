import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { EXPORT_KINDS, exportTable, type ExportKind } from "../../services/export.ts";
import { toCsv, writeXlsx } from "../../importer/write.ts";
import { UserError, type Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";

/**
 * `sroc export <roster|courses|contact-days|statuses> [--format csv|xlsx] [--output FILE]`: the
 * records as CSV (to standard output or a file) or XLSX (to a file: it is a binary format). The
 * roster, courses and contact days have the columns of their import files, so an export imports
 * again; statuses are each officer's current status. The format is --format, else the extension of
 * --output, else CSV.
 */
export interface ExportCommandOptions {
  kind: string;
  format?: string;
  output?: string;
}

export async function exportCommand(io: Io, env: NodeJS.ProcessEnv, options: ExportCommandOptions): Promise<number> {
  const kind = EXPORT_KINDS.find((k): k is ExportKind => k === options.kind);
  if (kind === undefined) throw new UserError(`cannot export "${options.kind}": choose one of ${EXPORT_KINDS.join(", ")}`);
  const format = options.format ?? (options.output !== undefined && extname(options.output).toLowerCase() === ".xlsx" ? "xlsx" : "csv");
  if (format !== "csv" && format !== "xlsx") throw new UserError(`--format ${format} is not a format: choose csv or xlsx`);
  if (format === "xlsx" && (options.output === undefined || options.output === "-")) throw new UserError("XLSX is a binary format: give --output FILE.xlsx");
  const table = await withRuntime((rt) => exportTable(rt.context, kind), env);
  const output = options.output === "-" ? undefined : options.output;
  try {
    if (format === "xlsx" && output !== undefined) await writeXlsx(table, output, kind);
    else if (output !== undefined) await writeFile(output, toCsv(table));
    else io.out(toCsv(table));
  } catch (e) {
    throw new UserError(`cannot write ${output ?? "standard output"}: ${(e as Error).message}`);
  }
  const n = table.rows.length;
  if (output !== undefined) io.out(`exported ${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"} of ${kind} to ${output}\n`);
  return 0;
}
