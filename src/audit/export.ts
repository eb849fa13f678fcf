import { sql, type SQL } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { arrayLiteral, type Db } from "../store/database.ts";
import { appendAudit } from "./append.ts";
import { AUDIT_EVENT_TYPES, isAuditEventType } from "./events.ts";
import { canonicalJson, type AuditActor, type AuditEvent } from "./hash.ts";
import { readEvents } from "./read.ts";

/**
 * Exporting the audit trail for an auditor, as CSV or JSON, streamed a page at a time (written
 * through `write`, which may return a promise to apply back-pressure).
 *
 * Every export is itself recorded first, as an AUDIT_EXPORTED event naming who took it, the format
 * and the filters (a copy of the trail holds the private data its events carry); the export then
 * holds the events before that one — a fixed end, whatever is appended while it is written.
 *
 * Filters: `from`/`to` are calendar dates ("2025-09-02", whole days in `zone`, both included) or
 * instants ("2025-09-02T14:00:00Z", "…-05:00", both included); `types` from the catalogue; `entity`
 * and `entityId`; `organizationId`; `organizationIds` (any of them: an auditor's organizations);
 * `actor` (the actor's id, or a part of their name, in any case).
 *
 * JSON: an array of events exactly as stored, in seq order (hash.ts says how to recompute `hash`).
 * CSV: one row per event, the columns of AUDIT_CSV_COLUMNS; before/after as canonical JSON; every
 * text is quoted, so an empty string is "" and none is an empty cell. A cell that a spreadsheet would
 * run as a formula (it starts with =, +, -, @, a tab or a carriage return, or their full-width forms)
 * or that starts with an apostrophe gets one more apostrophe in front (OWASP's CSV-injection defence: the e-mail typed at a refused sign-in is
 * anyone's text); unescapeCsvCell takes it off again, so the CSV still round-trips exactly.
 */
export interface AuditFilter {
  from?: string | undefined;
  to?: string | undefined;
  types?: readonly string[] | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  organizationId?: string | undefined;
  /** Events of any of these organizations only (an empty list matches nothing). */
  organizationIds?: readonly string[] | undefined;
  /** The actor's id, or a part of the name recorded for them (case-insensitive). */
  actor?: string | undefined;
  /** The time zone of calendar dates in from/to (default America/Chicago). */
  zone?: string | undefined;
}

export const AUDIT_EXPORT_FORMATS = ["csv", "json"] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "at",
  "type",
  "actor_id",
  "actor_name",
  "organization_id",
  "entity",
  "entity_id",
  "before",
  "after",
  "purpose",
  "legal_basis",
  "ip",
  "user_agent",
  "prev_hash",
  "hash",
] as const;

/** A filter that is not one (a date that is not a date, a type outside the catalogue). */
export class AuditFilterError extends Error {
  override name = "AuditFilterError";
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function bound(value: string, option: "from" | "to", zone: string): SQL {
  if (isCalendarDate(value)) {
    return option === "from" ? sql`at >= (${value}::date::timestamp at time zone ${zone})` : sql`at < ((${value}::date + 1)::timestamp at time zone ${zone})`;
  }
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return option === "from" ? sql`at >= ${value}::timestamptz` : sql`at <= ${value}::timestamptz`;
  throw new AuditFilterError(`--${option} ${value} is neither a date (2025-09-02) nor an instant with its offset (2025-09-02T14:00:00Z)`);
}

/** The SQL condition of a filter (undefined: everything); throws AuditFilterError for a bad one. */
export function filterCondition(filter: AuditFilter): SQL | undefined {
  const zone = filter.zone ?? "America/Chicago";
  const conditions: SQL[] = [];
  if (filter.from !== undefined) conditions.push(bound(filter.from, "from", zone));
  if (filter.to !== undefined) conditions.push(bound(filter.to, "to", zone));
  if (filter.types !== undefined && filter.types.length > 0) {
    const unknown = filter.types.filter((t) => !isAuditEventType(t));
    if (unknown.length > 0) throw new AuditFilterError(`${unknown.join(", ")} ${unknown.length === 1 ? "is not an audit event type" : "are not audit event types"}: choose from ${AUDIT_EVENT_TYPES.join(", ")}`);
    conditions.push(sql`type = any(${arrayLiteral(filter.types)}::text[])`);
  }
  if (filter.entity !== undefined) conditions.push(sql`entity = ${filter.entity}`);
  if (filter.entityId !== undefined) conditions.push(sql`entity_id = ${filter.entityId}`);
  if (filter.organizationId !== undefined) {
    if (!UUID.test(filter.organizationId)) throw new AuditFilterError(`organization ${filter.organizationId} is not a UUID`);
    conditions.push(sql`organization_id = ${filter.organizationId.toLowerCase()}::uuid`);
  }
  if (filter.organizationIds !== undefined) {
    const bad = filter.organizationIds.find((id) => !UUID.test(id));
    if (bad !== undefined) throw new AuditFilterError(`organization ${bad} is not a UUID`);
    conditions.push(sql`organization_id = any(${arrayLiteral(filter.organizationIds.map((id) => id.toLowerCase()))}::uuid[])`);
  }
  if (filter.actor !== undefined && filter.actor.trim() !== "") {
    const actor = filter.actor.trim();
    conditions.push(sql`(actor_id = ${actor} or strpos(lower(actor_name), lower(${actor})) > 0)`);
  }
  if (conditions.length === 0) return undefined;
  return sql.join(conditions, sql` and `);
}

/** The events matching a filter, in seq order, a page at a time (no event is recorded: see exportAudit). */
export function auditEvents(db: Db, filter: AuditFilter = {}, options: { throughSeq?: number; pageSize?: number } = {}): AsyncGenerator<AuditEvent[]> {
  return readEvents(db, { where: filterCondition(filter), ...options });
}

// csv-stringify's escape_formulas list (ASCII and full-width), and the apostrophe itself so that
// unescaping is exact.
const FORMULA = /^[=+\-@\t\r'\uFF1D\uFF0B\uFF0D\uFF20]/;

export function escapeCsvCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function unescapeCsvCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** An event as a CSV row, in the order of AUDIT_CSV_COLUMNS (null: none). */
export function csvRow(e: AuditEvent): (string | number | null)[] {
  const text = (v: string | null): string | null => (v === null ? null : escapeCsvCell(v));
  return [
    e.seq,
    e.at,
    text(e.type),
    text(e.actor.id),
    text(e.actor.name),
    text(e.organizationId),
    text(e.entity),
    text(e.entityId),
    e.before === null ? null : text(canonicalJson(e.before)),
    e.after === null ? null : text(canonicalJson(e.after)),
    text(e.purpose),
    text(e.legalBasis),
    text(e.ip),
    text(e.userAgent),
    e.prevHash,
    e.hash,
  ];
}

export interface ExportAuditOptions {
  /** Who takes the export (recorded as AUDIT_EXPORTED). */
  actor: AuditActor;
  format: AuditExportFormat;
  filter?: AuditFilter;
  write(chunk: string): void | Promise<void>;
  pageSize?: number;
  ip?: string;
  userAgent?: string;
  /** Why the trail is read (the HTTP front door requires one: the trail is private, decision 0007). */
  purpose?: string;
}

/** Records the export, then writes it; returns how many events it holds and the event recording it. */
export async function exportAudit(db: Db, options: ExportAuditOptions): Promise<{ events: number; recordedAs: AuditEvent }> {
  const filter = options.filter ?? {};
  const where = filterCondition(filter); // a bad filter is refused before anything is recorded
  const described = Object.fromEntries(Object.entries({ ...filter, types: filter.types === undefined ? undefined : [...filter.types] }).filter(([, v]) => v !== undefined));
  const recordedAs = await appendAudit(db, {
    type: "AUDIT_EXPORTED",
    actor: options.actor,
    entity: "audit_events",
    after: { format: options.format, filter: described },
    ip: options.ip,
    userAgent: options.userAgent,
    ...(options.purpose === undefined ? {} : { purpose: options.purpose }),
  });
  let events = 0;
  if (options.format === "csv") await options.write(stringify([[...AUDIT_CSV_COLUMNS]], { record_delimiter: "\n" }));
  else await options.write("[");
  for await (const page of readEvents(db, { where, throughSeq: recordedAs.seq - 1, ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }) })) {
    if (options.format === "csv") {
      await options.write(stringify(page.map(csvRow), { record_delimiter: "\n", quoted_string: true }));
    } else {
      await options.write(page.map((e, i) => `${events + i === 0 ? "\n" : ",\n"}${JSON.stringify(e)}`).join(""));
    }
    events += page.length;
  }
  if (options.format === "json") await options.write(events === 0 ? "]\n" : "\n]\n");
  return { events, recordedAs };
}
