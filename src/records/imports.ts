import Type, { type Static } from "typebox";

/**
 * The kinds of import file and what an import counts: one list for the importer (its columns), the
 * import service (the counting), the API (its report's schema) and the command line.
 */
export const IMPORT_KINDS = ["roster", "courses", "contact-days"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ImportKindField = Type.Enum(IMPORT_KINDS);

/** The file formats an import reads (by content, never by name). */
export const TABLE_FORMATS = ["csv", "xlsx"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Why an import wrote nothing: the columns themselves are wrong, or rows are invalid. */
export const IMPORT_STOPS = ["columns", "invalid rows"] as const;
export type ImportStop = (typeof IMPORT_STOPS)[number];

const count = Type.Integer();

/** Records created, updated or left unchanged by an import, by kind of record. */
export const ImportCounts = Type.Object({
  organizationsCreated: count, schoolsCreated: count,
  officersCreated: count, officersUpdated: count, officersUnchanged: count,
  assignmentsCreated: count, assignmentsUpdated: count, assignmentsUnchanged: count,
  coursesCreated: count, coursesUpdated: count, coursesUnchanged: count,
  contactDaysCreated: count, contactDaysUpdated: count, contactDaysUnchanged: count,
  /** Officers whose status was recomputed. */
  statusesRefreshed: count,
});
export type ImportCounts = Static<typeof ImportCounts>;

/** Counts that start at zero, one per field of ImportCounts. */
export function noCounts(): ImportCounts {
  // Object.fromEntries loses the keys' names; they are exactly ImportCounts' by construction.
  return Object.fromEntries(Object.keys(ImportCounts.properties).map((key) => [key, 0])) as ImportCounts;
}
