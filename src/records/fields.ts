import Type, { type TSchema } from "typebox";

/**
 * The field schemas every record kind is built from: what the API accepts and answers (and its
 * OpenAPI), what the importer checks a cell against. Pure: no I/O, nothing of the project but the
 * engine contract's own enumerations (src/rules). See docs/decisions/0021.
 */
export const closed = { additionalProperties: false } as const;
export const Id = Type.String({ format: "uuid" });
export const Day = Type.String({ format: "date", description: "A calendar date, YYYY-MM-DD." });
export const Stamp = Type.String({ format: "date-time" });
export const Text = (maxLength = 200) => Type.String({ minLength: 1, maxLength });

export function nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** What a caller may do with a record; the policies decide which (src/policies/records.ts). */
export const ACTIONS = ["read", "update", "remove"] as const;
export type Action = (typeof ACTIONS)[number];

/** What the caller may do with the record (issue 4: the API returns it with each record). */
export const Actions = Type.Array(Type.Enum(ACTIONS), { description: "What the caller may do with this record, by the policies (src/policies/)." });

/** The fields every record's answer ends with: timestamps, and the caller's actions. */
export const stamps = { createdAt: Stamp, updatedAt: Stamp, actions: Actions };
