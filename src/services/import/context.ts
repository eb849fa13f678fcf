import type { Validation } from "../../importer/kinds.ts";
import type { Problem } from "../../importer/report.ts";
import type { Db } from "../../store/database.ts";
import type { Scalar } from "./bulk.ts";
import type { RecordEvents } from "./events.ts";
import type { ImportCounts, ImportOptions, ImportProgress } from "./index.ts";

// What the three kinds (roster.ts, courses.ts, contact-days.ts) share while one file is imported.

export interface Context {
  tx: Db;
  v: Validation;
  options: ImportOptions;
  problems: Problem[];
  invalid: Set<number>;
  counts: ImportCounts;
  progress: (p: ImportProgress) => void;
  /** The agencies whose officers may be written (policies/imports.ts); undefined: every agency. */
  agencyIds: ReadonlySet<string> | undefined;
  /** One audit event per record written (events.ts). */
  events: RecordEvents;
}

export function problem(c: Context, row: number, column: string, message: string): void {
  c.problems.push({ row, column: c.v.headerOf(column), message });
  c.invalid.add(row);
}

/** Only what has changed is updated; these compare a stored row with the file's. */
export const same = (a: Scalar | undefined, b: Scalar | undefined) => (a ?? null) === (b ?? null);
