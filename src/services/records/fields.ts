import Type, { type TObject, type TProperties, type TSchema } from "typebox";
import { closed } from "../../records/fields.ts";
import { invalidField } from "../errors.ts";

/**
 * The API's shapes around the record kinds' field schemas (src/records holds those, once): the
 * update body, a list's query and page, the stamps of an answer.
 */
export { Actions, closed, Day, Id, nullable, Stamp, stamps, Text } from "../../records/fields.ts";

const ReadOnly = Type.Unknown({ readOnly: true, description: "Cannot be changed: an update that sends it is refused (400)." });

/**
 * The update (PATCH) body of a record kind, derived from its create body so that no kind can forget
 * a rule (issue 10 item 9): every field of the create body but the `fixed` ones, each optional,
 * nothing else accepted. `fixed` are set once, at creation: whose record it is (a course's officer —
 * moving it would hand one officer's training to another) and what it is (an organization's kind).
 * The answer's other fields (the id, the timestamps, the fixed and the computed ones) are listed as
 * read-only, so that sending one is refused by name as "cannot be changed" (checkChanges) rather than
 * as a misspelling; anything else is refused as not a field. See docs/decisions/0013.
 */
export function patchOf(create: TObject, output: TObject, fixed: readonly string[]): TObject {
  const editable: TProperties = {};
  for (const [key, schema] of Object.entries(create.properties)) if (!fixed.includes(key)) editable[key] = Type.Optional(schema);
  const readOnly: TProperties = {};
  for (const key of Object.keys(output.properties)) if (!(key in editable)) readOnly[key] = Type.Optional(ReadOnly);
  return Type.Object({ ...editable, ...readOnly }, closed);
}

/**
 * The service's own check of an update's fields, whoever calls it (HTTP, command line, import): a
 * read-only field is refused as "cannot be changed", a field the update schema does not name as not a
 * field — whether or not a route validated the body first.
 */
export function checkChanges(kindName: string, update: TSchema, changes: Record<string, unknown>): void {
  const properties = (update as Partial<TObject>).properties ?? {};
  for (const key of Object.keys(changes)) {
    const schema = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const path = `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (schema === undefined) throw invalidField(path, `is not a field of a ${kindName}`);
    if ((schema as { readOnly?: unknown }).readOnly === true) throw invalidField(path, "cannot be changed");
  }
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

export function presentStamps(row: Record<string, unknown>): { createdAt: string; updatedAt: string } {
  return { createdAt: iso(row["createdAt"]), updatedAt: iso(row["updatedAt"]) };
}
