import { sql } from "drizzle-orm";
import { appendAuditBatch, changedFields, type AuditInput } from "../../audit/append.ts";
import type { Actor } from "../../policies/actor.ts";
import { queryRows, type Db } from "../../store/database.ts";
import type { RecordKind } from "../records/define.ts";

/**
 * The audit events of records written in bulk (an import, the demo): one RECORD_CREATED or
 * RECORD_UPDATED per record — the same events, with the same `after` (the record kind's own
 * presentation), as a record written through the API — appended in batches in the transaction
 * of the writes (issue 10, item 3: a roster imported from the command line wrote officers,
 * organizations and schools with no audit event at all). An update records only the fields
 * that changed (events.ts allows it; a re-import that changes one name is one small event).
 */
export interface RecordEvent {
  type: "RECORD_CREATED" | "RECORD_UPDATED" | "CERTIFICATE_UPLOADED";
  entity: string;
  entityId: string;
  organizationId: string | null;
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
}

export class RecordEvents {
  readonly list: RecordEvent[] = [];

  /** `now`: the transaction's timestamp, which is every written row's created_at and updated_at. */
  constructor(private readonly now: string) {}

  created(kind: RecordKind, row: Record<string, unknown> & { id: string }, organizationId: string | null): void {
    this.list.push({ type: "RECORD_CREATED", entity: kind.plural, entityId: row.id, organizationId, after: kind.present({ createdAt: this.now, updatedAt: this.now, ...row }) });
  }

  updated(kind: RecordKind, id: string, organizationId: string | null, before: Record<string, unknown>, after: Record<string, unknown>): void {
    const changed = changedFields(before, after);
    this.list.push({ type: "RECORD_UPDATED", entity: kind.plural, entityId: id, organizationId, before: changed.before, after: { ...changed.after, updatedAt: this.now } });
  }

  /** A certificate file (its description, never its content), as services/certificates.ts records an upload. */
  uploaded(entityId: string, organizationId: string | null, after: Record<string, unknown>): void {
    this.list.push({ type: "CERTIFICATE_UPLOADED", entity: "certificates", entityId, organizationId, after });
  }
}

/** The transaction's now(), as an ISO instant (what created_at and updated_at default to). */
export async function transactionNow(tx: Db): Promise<string> {
  const [row] = await queryRows<{ now: string }>(tx, sql`select to_json(now()) #>> '{}' as now`);
  return new Date(row?.now ?? Date.now()).toISOString();
}

/** Appends the events (and any summary after them) with the actor and origin; call it last in the transaction. */
export async function appendRecordEvents(
  tx: Db,
  actor: Actor,
  origin: { ip: string | null; userAgent: string | null },
  events: readonly RecordEvent[],
  summary: AuditInput,
): Promise<void> {
  const inputs = events.map((e) => ({ ...e, actor, ...origin }) as AuditInput);
  await appendAuditBatch(tx, [...inputs, summary]);
}
