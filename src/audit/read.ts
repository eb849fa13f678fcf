import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "../store/database.ts";
import type { AuditEventType } from "./events.ts";
import type { AuditEvent, JsonValue } from "./hash.ts";

/**
 * Reading the audit trail in seq order, a page at a time (keyset pagination on the primary key: the
 * log may hold millions of events, and a page costs the same wherever it starts). Events are read
 * exactly as stored, so their hashes can be recomputed: `at` is written as ISO-8601 UTC with
 * milliseconds, or with microseconds when the stored instant has sub-millisecond digits (which the
 * application never writes: such a value was put there by hand and must not hash as the original).
 */
export const DEFAULT_PAGE_SIZE = 1000;

interface Row {
  seq: number | string;
  at: string;
  type: string;
  actor_id: string;
  actor_name: string;
  organization_id: string | null;
  entity: string | null;
  entity_id: string | null;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
  purpose: string | null;
  legal_basis: string | null;
  ip: string | null;
  user_agent: string | null;
  prev_hash: string;
  hash: string;
}

export const EVENT_COLUMNS = sql.raw(`seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, type, actor_id, actor_name,
  organization_id::text as organization_id, entity, entity_id, before, after, purpose, legal_basis, ip, user_agent, prev_hash, hash`);

export function eventOf(row: Row): AuditEvent {
  return {
    seq: Number(row.seq),
    at: row.at.replace(/(\.\d{3})000Z$/, "$1Z"),
    // The catalogue is closed at append; a stored type outside it is carried as read (and hashed so).
    type: row.type as AuditEventType,
    actor: { id: row.actor_id, name: row.actor_name },
    organizationId: row.organization_id,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before ?? null,
    after: row.after ?? null,
    purpose: row.purpose,
    legalBasis: row.legal_basis,
    ip: row.ip,
    userAgent: row.user_agent,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The events with seq > afterSeq (and ≤ throughSeq) matching `where`, in seq order, page by page. */
export async function* readEvents(db: Db, options: { where?: SQL | undefined; afterSeq?: number; throughSeq?: number; pageSize?: number } = {}): AsyncGenerator<AuditEvent[]> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  // seq is bigint; starting below any value a hand-edited row could hold.
  let after = options.afterSeq === undefined ? "-9223372036854775808" : String(options.afterSeq);
  const through = options.throughSeq ?? Number.POSITIVE_INFINITY;
  const where = options.where === undefined ? sql`` : sql` and (${options.where})`;
  for (;;) {
    // The upper bound is applied here, not in SQL: "seq > $1 and seq <= $2" leads the planner to
    // read the whole range and sort it for every page.
    const rows = await queryRows<Row>(db, sql`select ${EVENT_COLUMNS} from audit_events where seq > ${after}::bigint${where} order by seq limit ${pageSize}`);
    const page = rows.map(eventOf);
    const end = page.findIndex((e) => e.seq > through);
    if (end >= 0) page.length = end;
    if (page.length > 0) yield page;
    if (end >= 0 || rows.length < pageSize) return;
    after = String(page[page.length - 1]?.seq);
  }
}

/** The event whose stored hash is `hash` (no index on hash: verify uses it only for a broken chain). */
export async function findByHash(db: Db, hash: string): Promise<AuditEvent | null> {
  const [row] = await queryRows<Row>(db, sql`select ${EVENT_COLUMNS} from audit_events where hash = ${hash} order by seq limit 1`);
  return row === undefined ? null : eventOf(row);
}

/** How many events match `where` (the whole trail without it). */
export async function countEvents(db: Db, where?: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from audit_events${where === undefined ? sql`` : sql` where ${where}`}`);
  return Number(row?.n ?? 0);
}

/** The organization of each of these events that exists (seq → organization id, null for none). */
export async function organizationsOf(db: Db, seqs: readonly number[]): Promise<Map<number, string | null>> {
  if (seqs.length === 0) return new Map();
  const rows = await queryRows<{ seq: number | string; organization_id: string | null }>(
    db,
    sql`select seq, organization_id::text as organization_id from audit_events where seq = any(${`{${seqs.join(",")}}`}::bigint[])`,
  );
  return new Map(rows.map((r) => [Number(r.seq), r.organization_id]));
}

/** The nearest event before (or after) `seq` matching `where`: its seq, or null. */
export async function nearestSeq(db: Db, seq: number, direction: "before" | "after", where: SQL): Promise<number | null> {
  const [row] = await queryRows<{ seq: number | string }>(
    db,
    direction === "before"
      ? sql`select seq from audit_events where seq < ${seq}::bigint and (${where}) order by seq desc limit 1`
      : sql`select seq from audit_events where seq > ${seq}::bigint and (${where}) order by seq limit 1`,
  );
  return row === undefined ? null : Number(row.seq);
}

/** Up to `limit` events matching `where` with seq < beforeSeq (all, without it), newest first. */
export async function readEventsNewestFirst(db: Db, options: { where?: SQL | undefined; beforeSeq?: number | undefined; limit: number }): Promise<AuditEvent[]> {
  const before = options.beforeSeq === undefined ? sql`` : sql` and seq < ${String(options.beforeSeq)}::bigint`;
  const where = options.where === undefined ? sql`` : sql` and (${options.where})`;
  const rows = await queryRows<Row>(db, sql`select ${EVENT_COLUMNS} from audit_events where true${before}${where} order by seq desc limit ${options.limit}`);
  return rows.map(eventOf);
}
