import { createHash } from "node:crypto";
import type { AuditEventType } from "./events.ts";

/**
 * What an audit event is, and the hash that chains it to the one before.
 *
 * hash = lowercase hex SHA-256 of the UTF-8 bytes of canonicalJson({
 *   seq, at, type, actor: { id, name }, organizationId, entity, entityId,
 *   before, after, purpose, legalBasis, ip, userAgent, prevHash
 * })
 *
 * - canonicalJson is RFC 8785 (JCS) for the values an event holds: object keys sorted by UTF-16 code
 *   units, recursively (jsonb does not keep the order keys were written in); no whitespace; strings
 *   and numbers as ECMAScript's JSON.stringify writes them; absent values written as explicit nulls.
 * - `at` is the ISO-8601 UTC instant with milliseconds ("2025-09-02T14:03:07.123Z"), generated in
 *   JavaScript and stored as that instant. Read back, it is written the same way (a stored value
 *   with sub-millisecond digits, which the application never writes, keeps them and so no longer
 *   matches).
 * - prevHash is the previous event's hash; the first event's is GENESIS_HASH (64 zeros).
 *
 * An auditor can recompute any exported event's hash from its fields with this definition alone.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface AuditActor {
  id: string;
  name: string;
}

export interface AuditEvent {
  seq: number;
  at: string;
  type: AuditEventType;
  actor: AuditActor;
  organizationId: string | null;
  entity: string | null;
  entityId: string | null;
  /** null when the event has none. */
  before: JsonValue;
  after: JsonValue;
  purpose: string | null;
  legalBasis: string | null;
  ip: string | null;
  userAgent: string | null;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = "0".repeat(64);

export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  const parts = new Array<string>(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] ?? "";
    parts[i] = `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`;
  }
  return `{${parts.join(",")}}`;
}

/** The canonical serialisation of every field of an event but its own hash. */
export function canonicalEvent(event: Omit<AuditEvent, "hash">): string {
  return canonicalJson({
    seq: event.seq,
    at: event.at,
    type: event.type,
    actor: { id: event.actor.id, name: event.actor.name },
    organizationId: event.organizationId,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
    purpose: event.purpose,
    legalBasis: event.legalBasis,
    ip: event.ip,
    userAgent: event.userAgent,
    prevHash: event.prevHash,
  });
}

export function auditHash(event: Omit<AuditEvent, "hash">): string {
  return createHash("sha256").update(canonicalEvent(event), "utf8").digest("hex");
}
