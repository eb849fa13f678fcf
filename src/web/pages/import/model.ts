import type { Schemas } from "../../api/typed.ts";

/**
 * What the Import page shows of the API's import report (POST /api/v1/imports/check and
 * /api/v1/imports): the server validates and counts; the page only puts its answer into words.
 */
export const IMPORT_KINDS = ["roster", "courses", "contact-days"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const KIND_LABELS: Record<ImportKind, string> = {
  roster: "Roster (officers and their assignments)",
  courses: "Courses completed",
  "contact-days": "Substitute contact days",
};

// The answers' shapes are the API's generated types (src/web/api/schema.d.ts): one definition.
export type ImportReport = Schemas["ImportReport"];
export type ImportCounts = ImportReport["counts"];
export type Problem = ImportReport["problems"][number];
export type ImportColumns = Schemas["ImportColumns"];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** "2 officers created, 1 updated, 0 unchanged" — one line per kind of record the file holds. */
export function countLines(report: Pick<ImportReport, "kind" | "counts">): string[] {
  const c = report.counts;
  const line = (one: string, many: string, created: number, updated: number, unchanged: number) =>
    `${plural(created, one, many)} created, ${updated.toLocaleString("en-US")} updated, ${unchanged.toLocaleString("en-US")} unchanged`;
  const lines: string[] = [];
  if (report.kind === "roster") {
    lines.push(line("officer", "officers", c.officersCreated, c.officersUpdated, c.officersUnchanged));
    lines.push(line("assignment", "assignments", c.assignmentsCreated, c.assignmentsUpdated, c.assignmentsUnchanged));
  } else if (report.kind === "courses") {
    lines.push(line("course", "courses", c.coursesCreated, c.coursesUpdated, c.coursesUnchanged));
  } else {
    lines.push(line("contact day", "contact days", c.contactDaysCreated, c.contactDaysUpdated, c.contactDaysUnchanged));
  }
  if (c.organizationsCreated > 0 || c.schoolsCreated > 0) lines.push(`${plural(c.organizationsCreated, "organization")} and ${plural(c.schoolsCreated, "school")} created`);
  lines.push(`${plural(c.statusesRefreshed, "officer's status", "officers' statuses")} recomputed`);
  return lines;
}

/** The one sentence announced when a check or an import finishes. */
export function reportSummary(report: ImportReport): string {
  const file = report.fileName;
  if (report.committed) return `Imported ${plural(report.importedRows, "row")} of ${file}.`;
  if (report.stoppedBy === "columns") return `${file} cannot be imported: its columns are not those of this kind of file. ${plural(report.problems.length, "problem")} listed below.`;
  if (report.problems.length > 0) {
    return `${file}: ${plural(report.invalidRows, "row")} of ${plural(report.rows, "row")} ${report.invalidRows === 1 ? "has" : "have"} problems (${plural(report.problems.length, "problem")} listed below). Correct the file and check it again.`;
  }
  return `${file}: no problems in ${plural(report.rows, "row")}. Nothing has been imported yet: choose Import to write it.`;
}

/** A problem's row as a person finds it in the spreadsheet; row 1 is the header. */
export function rowLabel(row: number): string {
  return row === 1 ? "1 (header)" : String(row);
}

/** The columns of a kind, as the hint under its choice reads them. */
/**
 * A column's name as a person writes it in the file's header: "post_license" as "post license" (the
 * importer reads spaces, hyphens and underscores alike, src/importer/columns.ts), so no page shows an
 * underscore-joined key (issue 11 item 4).
 */
export function headerWords(name: string): string {
  return name.replaceAll("_", " ");
}

export function columnsHint(columns: ImportColumns | null, kind: ImportKind): string | undefined {
  const found = columns?.kinds.find((k) => k.kind === kind);
  if (found === undefined) return undefined;
  const required = found.columns.filter((c) => c.required).map((c) => headerWords(c.name));
  const optional = found.columns.filter((c) => !c.required).map((c) => headerWords(c.name));
  return `Columns: ${required.join(", ")} (required)${optional.length === 0 ? "" : `; ${optional.join(", ")} (optional)`}.`;
}
