import Type, { type Static } from "typebox";

/**
 * The kinds of import file and what an import counts: one list for the importer (its columns), the
 * import service (the counting), the API (its report's schema) and the command line.
 */
export const IMPORT_KINDS = ["roster", "courses", "contact-days"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ImportKindField = Type.Enum(IMPORT_KINDS);

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
