import Type, { type TProperties, type TSchema } from "typebox";

/** Field schemas shared by the record kinds: what the API accepts and answers, and its OpenAPI. */
export const closed = { additionalProperties: false } as const;
export const Id = Type.String({ format: "uuid" });
export const Day = Type.String({ format: "date", description: "A calendar date, YYYY-MM-DD." });
export const Stamp = Type.String({ format: "date-time" });
export const Text = (maxLength = 200) => Type.String({ minLength: 1, maxLength });

export function nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** Why a caller reads private data (also accepted as the X-Purpose header); logged with the read. */
export const Purpose = Type.Optional(Type.String({ maxLength: 300, description: "The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header." }));

/** A list's query: the filters plus paging (at most 10 000 rows a page). */
export function listQuery<P extends TProperties>(filters: P) {
  return Type.Object(
    {
      ...filters,
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, description: "Rows per page (default 100)." })),
      offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000, description: "Rows to skip (default 0)." })),
      purpose: Purpose,
    },
    closed,
  );
}

export function pageOf<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });
}

/** Timestamps as ISO 8601, whichever driver read them. */
export function iso(stamp: unknown): string {
  return new Date(String(stamp)).toISOString();
}

/** What the caller may do with the record (issue 4: the API returns it with each record). */
export const Actions = Type.Array(Type.Enum(["read", "update", "remove"]), { description: "What the caller may do with this record, by the policies (src/policies/)." });

/** The fields every record's answer ends with: timestamps, and the caller's actions. */
export const stamps = { createdAt: Stamp, updatedAt: Stamp, actions: Actions };

export function presentStamps(row: Record<string, unknown>): { createdAt: string; updatedAt: string } {
  return { createdAt: iso(row["createdAt"]), updatedAt: iso(row["updatedAt"]) };
}
