import { and, asc, count, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import Type, { type TObject, type TSchema } from "typebox";
import { appendAudit } from "../../audit/append.ts";
import type { AuditEventType } from "../../audit/events.ts";
import { isPrivate } from "../../policies/data-practices.ts";
import type { Decision } from "../../policies/decision.ts";
import type { Db } from "../../store/database.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError, clientErrorFromDatabase, notFound, refuseAccess } from "../errors.ts";
import { refreshStatus } from "../status.ts";
import type { KindAccess } from "./access.ts";
import { checkChanges, iso } from "./fields.ts";

/**
 * One kind of record (organizations, schools, officers, assignments, courses, …) described once —
 * its table, schemas, the references a schema cannot check, whose status a change touches, and how
 * it meets the policies — and served by the same five operations: create, get, update, list, remove.
 * Every operation asks the policies first (src/policies/); every write is one transaction that also
 * recomputes the statuses it feeds and appends its audit event; a read of private data needs a stated
 * purpose and is logged with its legal basis; each record comes back with the actions the caller may
 * take on it.
 */
type Row = Record<string, unknown> & { id: string };

export interface RecordKind {
  name: string;
  plural: string;
  description: string;
  table: PgTable & { id: AnyPgColumn };
  schemas: { create: TSchema; update: TSchema; output: TSchema; filters: TSchema };
  filterColumns: Record<string, AnyPgColumn>;
  /** Filters that are not a column of the kind's own table (a related record's), as conditions. */
  filterConditions?: Record<string, (value: string) => SQL>;
  orderBy: AnyPgColumn;
  removable: boolean;
  access: KindAccess;
  check?(db: Db, values: Record<string, unknown>, existing: Row | null): Promise<void>;
  affectedOfficers(db: Db, row: Row): Promise<string[]>;
  complete?(db: Db, values: Record<string, unknown>, ctx: ServiceContext): Promise<Record<string, unknown>>;
  present(row: Row): Record<string, unknown>;
}

/** The columns that mark a record removed: when, and by whom (docs/decisions/0017). */
export interface Removal {
  removedAt: AnyPgColumn;
  removedBy: AnyPgColumn;
}

/** What a caller may do with a record, a removed one's restore included. */
const ReversibleActions = Type.Array(Type.Enum(["read", "update", "remove", "restore"]), {
  description: "What the caller may do with this record, by the policies (src/policies/): a removed record may only be read and restored.",
});

/**
 * A kind whose records carry training evidence (courses, policy reviews) is never deleted from the
 * browser (issue 11 item 6; docs/decisions/0017): "remove" stamps the record removed — it then counts
 * for no status and is left out of the lists unless asked for (`removed=include` or `only`) — and
 * "restore" clears the stamp. Both are audited. The answer says when and by whom it was removed.
 */
export function reversible(kind: RecordKind): RecordKind {
  if (removalOf(kind) === undefined) throw new Error(`${kind.plural}: its table has no removed_at and removed_by columns`);
  const output = kind.schemas.output as TObject;
  const filters = kind.schemas.filters as TObject;
  return {
    ...kind,
    schemas: {
      ...kind.schemas,
      output: Type.Object({
        ...output.properties,
        removedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()], { description: "When the record was removed; null while it counts." }),
        removedBy: Type.Union([Type.String(), Type.Null()], { description: "Who removed it." }),
        actions: ReversibleActions,
      }),
      filters: Type.Object(
        {
          ...filters.properties,
          removed: Type.Optional(Type.Enum(["include", "only"], { description: "Removed records are left out unless asked for: `include` lists them too, `only` lists only them." })),
        },
        { additionalProperties: false },
      ),
    },
    present: (r) => ({ ...kind.present(r), removedAt: r["removedAt"] === null || r["removedAt"] === undefined ? null : iso(r["removedAt"]), removedBy: r["removedBy"] ?? null }),
  };
}

/**
 * The removal stamp of a kind whose table has one — found from the table itself, so that every caller
 * of removeRecord (HTTP, command line, tests), with or without `reversible`'s answer shape, stamps
 * rather than deletes.
 */
function removalOf(kind: RecordKind): Removal | undefined {
  const columns = kind.table as unknown as Partial<Record<string, AnyPgColumn>>;
  const removedAt = columns["removedAt"];
  const removedBy = columns["removedBy"];
  return removedAt === undefined || removedBy === undefined ? undefined : { removedAt, removedBy };
}

/** Whether a kind's records are removed reversibly (and so may be restored). */
export function isReversible(kind: RecordKind): boolean {
  return removalOf(kind) !== undefined;
}

function isRemoved(kind: RecordKind, row: Row): boolean {
  return removalOf(kind) !== undefined && row["removedAt"] !== null && row["removedAt"] !== undefined;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A refusal, audited by the one helper every refusal goes through. */
function refuse(ctx: ServiceContext, decision: Decision, entity: string, entityId: string | null): Promise<never> {
  return refuseAccess(ctx, decision.reason, { entity, entityId });
}

function origin(ctx: ServiceContext): { ip: string | null; userAgent: string | null } {
  return { ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null };
}

export interface WriteAudit {
  type: AuditEventType;
  entity: string;
  entityId: string | null;
  organizationId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Runs a write in one transaction: the write, the statuses of the officers it touches, and its audit
 * event commit together or not at all. Only an actor may write (the public never does).
 */
export async function writeWithStatus<T>(ctx: ServiceContext, write: (tx: Db) => Promise<{ result: T; officers: string[]; audit?: WriteAudit }>): Promise<T> {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first: records are written only by a signed-in person");
  try {
    return await ctx.db.transaction(async (tx) => {
      const { result, officers, audit } = await write(tx);
      await refreshStatus(tx, [...new Set(officers)], ctx.today());
      // WriteAudit holds what every record event needs; the catalogue's per-type fields are met by construction.
      if (audit !== undefined) await appendAudit(tx, { ...audit, actor: ctx.actor, ...origin(ctx) } as Parameters<typeof appendAudit>[1]);
      return result;
    });
  } catch (e) {
    throw clientErrorFromDatabase(e) ?? e;
  }
}

/** A read of private data: refused without a purpose, logged with it and the legal basis. */
async function logPrivateRead(ctx: ServiceContext, kind: RecordKind, reason: string, entityId: string | null, count: number): Promise<void> {
  const purpose = requirePurpose(ctx, kind.plural);
  await ctx.db.transaction((tx) =>
    appendAudit(tx, { type: "PRIVATE_DATA_READ", actor: ctx.actor, entity: kind.plural, entityId, purpose, legalBasis: reason, after: { records: count }, ...origin(ctx) }),
  );
}

export function requirePurpose(ctx: ServiceContext, what: string): string {
  if (ctx.purpose === undefined || ctx.purpose === null || ctx.purpose.trim() === "") {
    throw new ClientError("INVALID_REQUEST", "/purpose", `${what} are private data (Minn. Stat. ch. 13): give the purpose of this read in the X-Purpose header or the purpose query parameter`);
  }
  return ctx.purpose.trim();
}

function selectFrom(db: Db, kind: RecordKind) {
  return db.select().from(kind.table);
}

async function findRow(db: Db, kind: RecordKind, id: string): Promise<Row | null> {
  const [row] = await selectFrom(db, kind).where(eq(kind.table.id, id));
  return (row as Row | undefined) ?? null;
}

async function withActions(ctx: ServiceContext, kind: RecordKind, rows: readonly Row[]): Promise<Record<string, unknown>[]> {
  const actions = await kind.access.actions(ctx.db, ctx.actor, rows);
  // A removed record is read and restored, never edited: whoever may remove it may restore it.
  const of = (r: Row, may: readonly string[]): string[] => (isRemoved(kind, r) ? [...may.filter((a) => a === "read"), ...(may.includes("remove") ? ["restore"] : [])] : [...may]);
  return rows.map((r, i) => ({ ...kind.present(r), actions: of(r, actions[i] ?? []) }));
}

export async function getRecord(ctx: ServiceContext, kind: RecordKind, id: string): Promise<Record<string, unknown>> {
  const row = await findRow(ctx.db, kind, id);
  if (row === null) throw notFound(kind.name, id);
  const decision = await kind.access.decide(ctx.db, ctx.actor, "read", row, false);
  if (!decision.allowed) return refuse(ctx, decision, kind.plural, id);
  if (isPrivate(kind.access.data)) {
    requirePurpose(ctx, kind.plural);
    await logPrivateRead(ctx, kind, decision.reason, id, 1);
  }
  const [presented] = await withActions(ctx, kind, [row]);
  return presented ?? kind.present(row);
}

async function allowedToWrite(ctx: ServiceContext, tx: Db, kind: RecordKind, row: Record<string, unknown>, isNew: boolean): Promise<void> {
  const decision = await kind.access.decide(tx, ctx.actor, "write", row, isNew);
  if (!decision.allowed) await refuse(ctx, decision, kind.plural, typeof row["id"] === "string" ? row["id"] : null);
}

export async function createRecord(ctx: ServiceContext, kind: RecordKind, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const values = kind.complete === undefined ? input : await kind.complete(ctx.db, input, ctx);
  await allowedToWrite(ctx, ctx.db, kind, values, true);
  const row = await writeWithStatus(ctx, async (tx) => {
    await kind.check?.(tx, values, null);
    const [inserted] = (await tx.insert(kind.table).values(values).returning()) as Row[];
    if (inserted === undefined) throw new Error(`insert into ${kind.plural} returned nothing`);
    return {
      result: inserted,
      officers: await kind.affectedOfficers(tx, inserted),
      audit: { type: "RECORD_CREATED", entity: kind.plural, entityId: inserted.id, organizationId: await kind.access.organizationOf(tx, inserted), after: kind.present(inserted) },
    };
  });
  const [presented] = await withActions(ctx, kind, [row]);
  return presented ?? kind.present(row);
}

export async function updateRecord(ctx: ServiceContext, kind: RecordKind, id: string, changes: Record<string, unknown>): Promise<Record<string, unknown>> {
  checkChanges(kind.name, kind.schemas.update, changes); // read-only and unknown fields, whoever calls (issue 10 item 9)
  const existing = await findRow(ctx.db, kind, id);
  if (existing === null) throw notFound(kind.name, id);
  await allowedToWrite(ctx, ctx.db, kind, existing, false);
  await allowedToWrite(ctx, ctx.db, kind, { ...existing, ...changes }, false);
  if (isRemoved(kind, existing)) throw new ClientError("CONFLICT", "", `This ${kind.name} was removed: restore it before correcting it.`);
  const row = await writeWithStatus(ctx, async (tx) => {
    const current = await findRow(tx, kind, id);
    if (current === null) throw notFound(kind.name, id);
    const before = await kind.affectedOfficers(tx, current);
    await kind.check?.(tx, { ...current, ...changes }, current);
    const stamped = "updatedAt" in current ? { ...changes, updatedAt: new Date().toISOString() } : changes;
    const [updated] = (await tx.update(kind.table).set(stamped).where(eq(kind.table.id, id)).returning()) as Row[];
    if (updated === undefined) throw notFound(kind.name, id);
    return {
      result: updated,
      officers: [...before, ...(await kind.affectedOfficers(tx, updated))],
      audit: { type: "RECORD_UPDATED", entity: kind.plural, entityId: id, organizationId: await kind.access.organizationOf(tx, updated), before: kind.present(current), after: kind.present(updated) },
    };
  });
  const [presented] = await withActions(ctx, kind, [row]);
  return presented ?? kind.present(row);
}

export async function removeRecord(ctx: ServiceContext, kind: RecordKind, id: string): Promise<void> {
  if (!kind.removable) throw new ClientError("CONFLICT", "", `${kind.plural} are kept; correct one with an update instead`);
  const existing = await findRow(ctx.db, kind, id);
  if (existing === null) throw notFound(kind.name, id);
  await allowedToWrite(ctx, ctx.db, kind, existing, false);
  const removal = removalOf(kind);
  if (removal !== undefined) return setRemoved(ctx, kind, removal, existing, true);
  await writeWithStatus(ctx, async (tx) => {
    const officers = await kind.affectedOfficers(tx, existing);
    await tx.delete(kind.table).where(eq(kind.table.id, id));
    return {
      result: undefined,
      officers,
      audit: { type: "RECORD_REMOVED", entity: kind.plural, entityId: id, organizationId: await kind.access.organizationOf(tx, existing), before: kind.present(existing) },
    };
  });
}

/**
 * Removes (stamps) or restores a record of a reversible kind, with its statuses and its audit event.
 * A restore that would make a second copy of a record that must be unique (the same course twice) is
 * refused by the database's unique index, translated to a 409 naming the field.
 */
async function setRemoved(ctx: ServiceContext, kind: RecordKind, removal: Removal, existing: Row, remove: boolean): Promise<void> {
  if (isRemoved(kind, existing) === remove) {
    throw new ClientError("CONFLICT", "", remove ? `This ${kind.name} is already removed.` : `This ${kind.name} is not removed: there is nothing to restore.`);
  }
  await writeWithStatus(ctx, async (tx) => {
    // Both reversible tables name their stamp columns removedAt and removedBy (store/schema.ts `removal`).
    const set = remove ? { removedAt: new Date().toISOString(), removedBy: ctx.actor.name } : { removedAt: null, removedBy: null };
    // Only the stamp changes, and only if no one else removed or restored it meanwhile.
    const [updated] = (await tx
      .update(kind.table)
      .set(set)
      .where(and(eq(kind.table.id, existing.id), remove ? isNull(removal.removedAt) : isNotNull(removal.removedAt)))
      .returning()) as Row[];
    if (updated === undefined) throw new ClientError("CONFLICT", "", `This ${kind.name} was just ${remove ? "removed" : "restored"} by someone else.`);
    const organizationId = await kind.access.organizationOf(tx, updated);
    return {
      result: undefined,
      officers: await kind.affectedOfficers(tx, updated),
      audit: remove
        ? { type: "RECORD_REMOVED", entity: kind.plural, entityId: existing.id, organizationId, before: kind.present(existing), after: { removedAt: kind.present(updated)["removedAt"], removedBy: ctx.actor.name } }
        : { type: "RECORD_RESTORED", entity: kind.plural, entityId: existing.id, organizationId, before: { removedAt: kind.present(existing)["removedAt"], removedBy: existing["removedBy"] ?? null }, after: kind.present(updated) },
    };
  });
}

/** Restores a removed record of a reversible kind (docs/decisions/0017): it counts again, and the restore is audited. */
export async function restoreRecord(ctx: ServiceContext, kind: RecordKind, id: string): Promise<Record<string, unknown>> {
  const removal = removalOf(kind);
  if (removal === undefined) throw new ClientError("CONFLICT", "", `A removed ${kind.name} cannot be restored: it is deleted.`);
  const existing = await findRow(ctx.db, kind, id);
  if (existing === null) throw notFound(kind.name, id);
  await allowedToWrite(ctx, ctx.db, kind, existing, false);
  await setRemoved(ctx, kind, removal, existing, false);
  const restored = await findRow(ctx.db, kind, id);
  if (restored === null) throw notFound(kind.name, id);
  const [presented] = await withActions(ctx, kind, [restored]);
  return presented ?? kind.present(restored);
}

export async function listRecords(
  ctx: ServiceContext,
  kind: RecordKind,
  query: Record<string, unknown> & { limit?: number; offset?: number },
): Promise<Page<Record<string, unknown>>> {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  if (isPrivate(kind.access.data)) requirePurpose(ctx, kind.plural);
  const conditions: SQL[] = [];
  for (const [param, column] of Object.entries(kind.filterColumns)) {
    const value = query[param];
    if (value !== undefined) conditions.push(eq(column, value));
  }
  for (const [param, condition] of Object.entries(kind.filterConditions ?? {})) {
    const value = query[param];
    if (typeof value === "string") conditions.push(condition(value));
  }
  const removal = removalOf(kind);
  if (removal !== undefined && query["removed"] !== "include") conditions.push(query["removed"] === "only" ? isNotNull(removal.removedAt) : isNull(removal.removedAt));
  const scope = kind.access.listScope(ctx.actor);
  if (scope !== undefined) conditions.push(scope);
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  const rows = (await selectFrom(ctx.db, kind).where(where).orderBy(asc(kind.orderBy), asc(kind.table.id)).limit(limit).offset(offset)) as Row[];
  const [total] = await ctx.db.select({ n: count() }).from(kind.table).where(where);
  if (isPrivate(kind.access.data)) await logPrivateRead(ctx, kind, `the rows within your reach (${kind.access.data})`, null, rows.length);
  return { items: await withActions(ctx, kind, rows), total: total?.n ?? 0, limit, offset };
}
