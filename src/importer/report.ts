/**
 * The validation report of an import: every problem found, by row and column, as a spreadsheet shows
 * them — the header is row 1, so the first data row is row 2. A problem with the header itself (an
 * unknown or missing column) is on row 1.
 */
export interface Problem {
  row: number;
  /** The column's header as the file writes it (the canonical name for a missing column). */
  column: string;
  message: string;
}

/** Sorts in place into reading order: by row, then in the order of the file's columns. */
export function sortProblems(problems: Problem[], columnOrder: readonly string[]): Problem[] {
  const position = new Map(columnOrder.map((c, i) => [c, i]));
  const at = (p: Problem) => position.get(p.column) ?? Number.MAX_SAFE_INTEGER;
  return problems.sort((a, b) => a.row - b.row || at(a) - at(b));
}

/** "row 7, column start_on: 2025-02-30 is not a calendar date" */
export function describeProblem(p: Problem): string {
  return `row ${p.row}, column ${p.column}: ${p.message}`;
}

/** The report as a table a person reads (row, column, message), at most `limit` lines of problems. */
export function formatReport(problems: readonly Problem[], limit = 1000): string {
  if (problems.length === 0) return "";
  const shown = problems.slice(0, limit);
  const rowWidth = Math.max(3, ...shown.map((p) => String(p.row).length));
  const columnWidth = Math.max(6, ...shown.map((p) => p.column.length));
  const line = (row: string, col: string, message: string) => `${row.padStart(rowWidth)}  ${col.padEnd(columnWidth)}  ${message}`.trimEnd();
  const lines = [line("row", "column", "message"), line("-".repeat(rowWidth), "-".repeat(columnWidth), "-------"), ...shown.map((p) => line(String(p.row), p.column, p.message))];
  if (problems.length > shown.length) lines.push(`… and ${problems.length - shown.length} more problems (--json lists them all)`);
  return lines.join("\n") + "\n";
}
