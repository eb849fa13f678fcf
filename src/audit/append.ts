import { sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import { arrayLiteral, queryRows, type Db } from "../store/database.ts";
import { AUDIT_EVENTS, isAuditEventType, type AuditEventType, type RequiredAuditField } from "./events.ts";
import { auditHash, canonicalJson, GENESIS_HASH, type AuditActor, type AuditEvent, type JsonValue } from "./hash.ts";

/**
 * Appending to the audit trail.
 *
 * Call appendAudit with the transaction of the write it records, as that transaction's last
 * statement: the event then commits or rolls back with the write (a rolled-back write leaves no event
 * and no gap in the sequence). Appends are serialised across connections by a transaction-scoped
 * advisory lock held until commit, so calling it last keeps that wait short and takes no other lock
 * after it. Called with the database itself rather than a transaction (a read of private data, a
 * failed sign-in: nothing else to commit), it runs in a transaction of its own.
 *
 * The input is checked before anything is written: an unknown type, a missing actor or a missing
 * required field (events.ts) is a programming error and throws AuditError. `before`/`after` are
 * stored as the JSON they serialise to (a Date becomes its ISO string, undefined members vanish),
 * with the values of secret-looking keys (password, passwordHash, totpSecret, token, tokenHash,
 * csrfToken, secret, apiKey) replaced by "[redacted]": an append-only log can never forget a secret.
 * Strings are stored as PostgreSQL can hold them (NUL and unpaired surrogates become U+FFFD); the
 * user agent is cut to 512 characters; an organization id must be a UUID (stored lower-case).
 *
 * Under REPEATABLE READ or SERIALIZABLE the caller's snapshot may predate the last committed event;
 * the insert then fails on the sequence's primary key (the transaction is refused, the chain never
 * forks). The application's transactions are READ COMMITTED.
 */

/** pg_advisory_xact_lock key of the audit trail: "SROCAUDT" as a 64-bit integer. */
export const AUDIT_LOCK_KEY = "6004234345560851540";

/** Rows per INSERT … SELECT FROM unnest(…) statement in a batch. */
const INSERT_CHUNK = 1000;
const USER_AGENT_MAX = 512;
const REDACTED = "[redacted]";
const SECRET_KEYS = new Set(["password", "passwordhash", "totpsecret", "secret", "token", "tokenhash", "csrftoken", "sessiontoken", "apikey"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export class AuditError extends Error {
  override name = "AuditError";
}

interface AuditFields {
  organizationId?: string | null | undefined;
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  before?: unknown;
  after?: unknown;
  purpose?: string | null | undefined;
  legalBasis?: string | null | undefined;
  ip?: string | null | undefined;
  userAgent?: string | null | undefined;
}

/** The input of an event of type T: the fields the catalogue requires for T are required here too. */
export type AuditInputOf<T extends AuditEventType> = { type: T; actor: AuditActor } & Omit<AuditFields, RequiredAuditField<T>> & {
  [K in RequiredAuditField<T>]-?: NonNullable<AuditFields[K]>;
};

export type AuditInput = { [T in AuditEventType]: AuditInputOf<T> }[AuditEventType];

/** The actor of an event no signed-in person caused (a sign-in refused for an unknown account). */
export function anonymousActor(claimed?: string): AuditActor {
  return { id: "anonymous", name: claimed === undefined || claimed === "" ? "anonymous" : claimed };
}

type Prepared = Omit<AuditEvent, "seq" | "at" | "prevHash" | "hash">;

function cleanText(s: string): string {
  return s.replace(LONE_SURROGATE, "\uFFFD").replaceAll("\u0000", "\uFFFD");
}

function keyName(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function cleanJson(value: JsonValue): JsonValue {
  if (typeof value === "string") return cleanText(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(cleanJson);
  // Object.fromEntries defines each key as an own property, "__proto__" included.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), SECRET_KEYS.has(keyName(k)) && v !== null ? REDACTED : cleanJson(v)]));
}

/** The JSON value `value` is stored as (null for none). */
export function toJsonValue(value: unknown, field = "value"): JsonValue {
  if (value === undefined || value === null) return null;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new AuditError(`the audit event's ${field} cannot be written as JSON: ${(e as Error).message}`);
  }
  // JSON.stringify returns undefined for a function or a symbol; its result is JSON text.
  return text === undefined ? null : cleanJson(JSON.parse(text) as JsonValue);
}

function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new AuditError(`the audit event's ${field} must be a string, not ${typeof value}`);
  return cleanText(value);
}

function prepare(input: AuditInput): Prepared {
  // The input's type guarantees most of this; the checks are for callers the compiler cannot see.
  const raw = input as AuditFields & { type?: unknown; actor?: unknown };
  const type = raw.type;
  if (typeof type !== "string" || !isAuditEventType(type)) throw new AuditError(`"${String(type)}" is not an audit event type of the catalogue (src/audit/events.ts)`);
  const actor = raw.actor as Partial<AuditActor> | null | undefined;
  if (actor === undefined || actor === null || typeof actor.id !== "string" || actor.id.trim() === "" || typeof actor.name !== "string" || actor.name.trim() === "") {
    throw new AuditError(`a ${type} audit event needs an actor with an id and a name: nothing is recorded without one`);
  }
  let organizationId = optionalText(raw.organizationId, "organizationId");
  if (organizationId !== null) {
    if (!UUID.test(organizationId)) throw new AuditError(`the audit event's organizationId must be a UUID, not "${organizationId}"`);
    organizationId = organizationId.toLowerCase();
  }
  const userAgent = optionalText(raw.userAgent, "userAgent");
  const event: Prepared = {
    type,
    actor: { id: cleanText(actor.id), name: cleanText(actor.name) },
    organizationId,
    entity: optionalText(raw.entity, "entity"),
    entityId: optionalText(raw.entityId, "entityId"),
    before: toJsonValue(raw.before, "before"),
    after: toJsonValue(raw.after, "after"),
    purpose: optionalText(raw.purpose, "purpose"),
    legalBasis: optionalText(raw.legalBasis, "legalBasis"),
    ip: optionalText(raw.ip, "ip"),
    userAgent: userAgent === null ? null : cleanText(userAgent.slice(0, USER_AGENT_MAX)),
  };
  for (const field of AUDIT_EVENTS[type].requires) {
    const value = event[field];
    // An empty text is no value; an empty JSON string is one.
    if (value === null || (value === "" && field !== "before" && field !== "after")) throw new AuditError(`a ${type} audit event needs ${field}`);
  }
  return event;
}

/** Appends one event (see the notes above); returns it as stored, with its seq and hash. */
export async function appendAudit(db: Db, input: AuditInput): Promise<AuditEvent> {
  const [event] = await appendAuditBatch(db, [input]);
  if (event === undefined) throw new Error("appendAuditBatch returned no event");
  return event;
}

/**
 * Appends many events at once, in order: one lock, one read of the chain's end, and one INSERT per
 * 1 000 events. For a bulk operation that wants one event per row; an import records one
 * IMPORT_COMPLETED summary instead.
 */
export async function appendAuditBatch(db: Db, inputs: readonly AuditInput[]): Promise<AuditEvent[]> {
  if (inputs.length === 0) return [];
  const prepared = inputs.map(prepare);
  if (inTransaction(db)) return append(db, prepared);
  return db.transaction((tx) => append(tx, prepared));
}

/** A plain boolean, not a type guard: narrowing to PgTransaction would lose the schema's type. */
function inTransaction(db: Db): boolean {
  return db instanceof PgTransaction;
}

async function append(tx: Db, prepared: readonly Prepared[]): Promise<AuditEvent[]> {
  // The lock first, then the read: under READ COMMITTED the read's snapshot is taken after the lock
  // is granted, so it sees the event of the transaction that held it.
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY}::bigint)`);
  const [last] = await queryRows<{ seq: number | string; hash: string }>(tx, sql`select seq, hash from audit_events order by seq desc limit 1`);
  let seq = last === undefined ? 0 : Number(last.seq);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const events = prepared.map((p): AuditEvent => {
    seq += 1;
    const unhashed = { seq, at, ...p, prevHash };
    const hash = auditHash(unhashed);
    prevHash = hash;
    return { ...unhashed, hash };
  });
  for (let i = 0; i < events.length; i += INSERT_CHUNK) await insert(tx, events.slice(i, i + INSERT_CHUNK));
  return events;
}

function json(value: JsonValue): string | null {
  return value === null ? null : canonicalJson(value);
}

async function insert(tx: Db, events: readonly AuditEvent[]): Promise<void> {
  const column = (f: (e: AuditEvent) => string | number | null): string => arrayLiteral(events.map(f));
  await tx.execute(sql`
    insert into audit_events (seq, at, type, actor_id, actor_name, organization_id, entity, entity_id, before, after, purpose, legal_basis, ip, user_agent, prev_hash, hash)
    select seq, at::timestamptz, type, actor_id, actor_name, organization_id::uuid, entity, entity_id, before::jsonb, after::jsonb, purpose, legal_basis, ip, user_agent, prev_hash, hash
    from unnest(
      ${column((e) => e.seq)}::bigint[], ${column((e) => e.at)}::text[], ${column((e) => e.type)}::text[],
      ${column((e) => e.actor.id)}::text[], ${column((e) => e.actor.name)}::text[], ${column((e) => e.organizationId)}::text[],
      ${column((e) => e.entity)}::text[], ${column((e) => e.entityId)}::text[], ${column((e) => json(e.before))}::text[],
      ${column((e) => json(e.after))}::text[], ${column((e) => e.purpose)}::text[], ${column((e) => e.legalBasis)}::text[],
      ${column((e) => e.ip)}::text[], ${column((e) => e.userAgent)}::text[], ${column((e) => e.prevHash)}::text[], ${column((e) => e.hash)}::text[]
    ) as t(seq, at, type, actor_id, actor_name, organization_id, entity, entity_id, before, after, purpose, legal_basis, ip, user_agent, prev_hash, hash)`);
}

/**
 * The fields that differ between two versions of a record, for a change's before/after (compared as
 * the JSON they are stored as). Fields in `ignore` (e.g. "updatedAt") are left out.
 */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: readonly string[] = [],
): { before: Record<string, JsonValue>; after: Record<string, JsonValue> } {
  const changed = { before: {} as Record<string, JsonValue>, after: {} as Record<string, JsonValue> };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key)) continue;
    const b = toJsonValue(before[key]);
    const a = toJsonValue(after[key]);
    if (canonicalJson(b) === canonicalJson(a)) continue;
    Object.defineProperty(changed.before, key, { value: b, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(changed.after, key, { value: a, enumerable: true, writable: true, configurable: true });
  }
  return changed;
}
