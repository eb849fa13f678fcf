/**
 * A file that cannot be read as a table at all. `reason` says which answer it gets at either door:
 * "invalid" (400: damaged, empty, no rows), "unsupported" (415: not CSV or XLSX by its content),
 * "too large" (413: past a limit, named in the message). The message is the same at both doors.
 */
export class TableReadError extends Error {
  constructor(
    message: string,
    readonly reason: "invalid" | "unsupported" | "too large" = "invalid",
  ) {
    super(message);
  }
}
