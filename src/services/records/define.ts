import { and, asc, count, eq, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { TSchema } from "typebox";
import type { Db } from "../../store/database.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError, clientErrorFromDatabase, notFound } from "../errors.ts";
import { refreshStatus } from "../status.ts";

/**
 * One kind of record (organisations, schools, officers, assignments, courses, …) described once —
 * its table, its request and answer schemas, the references a schema cannot check, and whose status
 * a change touches — and served by the same five operations: create, get, update, list, remove.
 * Every write is one transaction that also recomputes the status of the officers it touches, so a
 * record and the status it feeds are never out of step, and a refusal by the database caused by the
 * client's data becomes a ClientError naming the field.
 */
type Row = Record<string, unknown> & { id: string };

export interface RecordKind {
  /** Singular and plural names: "course", "courses" (the URL is /api/v1/<plural>). */
  name: string;
  plural: string;
  /** A sentence for the API reference. */
  description: string;
  table: PgTable & { id: AnyPgColumn };
  schemas: { create: TSchema; update: TSchema; output: TSchema; filters: TSchema };
  /** The list filters: query parameter → the column it matches. */
  filterColumns: Record<string, AnyPgColumn>;
  orderBy: AnyPgColumn;
  /** Can rows be removed (child records a clerk may need to correct); parents are kept. */
  removable: boolean;
  /** Checks what the schema cannot (e.g. an officer's employer must be an agency); throws ClientError. */
  check?(db: Db, values: Record<string, unknown>, existing: Row | null): Promise<void>;
  /** The officers whose status depends on this row. */
  affectedOfficers(db: Db, row: Row): Promise<string[]>;
  /** Fills fields the client may leave out (e.g. a review's policy from its organisation). */
  complete?(db: Db, values: Record<string, unknown>, ctx: ServiceContext): Promise<Record<string, unknown>>;
  present(row: Row): Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Runs a write in one transaction, recomputing the status of the officers it touches. */
export async function writeWithStatus<T>(ctx: ServiceContext, write: (tx: Db) => Promise<{ result: T; officers: string[] }>): Promise<T> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { result, officers } = await write(tx);
      await refreshStatus(tx, [...new Set(officers)], ctx.today());
      return result;
    });
  } catch (e) {
    throw clientErrorFromDatabase(e) ?? e;
  }
}

// Drizzle's builders are generic over the concrete table; here one function serves every table,
// so the table is widened to the builder's own parameter type once, in these two helpers.
function selectFrom(db: Db, kind: RecordKind) {
  return db.select().from(kind.table);
}

async function findRow(db: Db, kind: RecordKind, id: string): Promise<Row | null> {
  const [row] = await selectFrom(db, kind).where(eq(kind.table.id, id));
  return (row as Row | undefined) ?? null;
}

export async function getRecord(ctx: ServiceContext, kind: RecordKind, id: string): Promise<Record<string, unknown>> {
  const row = await findRow(ctx.db, kind, id);
  if (row === null) throw notFound(kind.name, id);
  return kind.present(row);
}

export async function createRecord(ctx: ServiceContext, kind: RecordKind, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  return writeWithStatus(ctx, async (tx) => {
    const values = kind.complete === undefined ? input : await kind.complete(tx, input, ctx);
    await kind.check?.(tx, values, null);
    const [row] = (await tx.insert(kind.table).values(values).returning()) as Row[];
    if (row === undefined) throw new Error(`insert into ${kind.plural} returned nothing`);
    return { result: kind.present(row), officers: await kind.affectedOfficers(tx, row) };
  });
}

export async function updateRecord(ctx: ServiceContext, kind: RecordKind, id: string, changes: Record<string, unknown>): Promise<Record<string, unknown>> {
  return writeWithStatus(ctx, async (tx) => {
    const existing = await findRow(tx, kind, id);
    if (existing === null) throw notFound(kind.name, id);
    const before = await kind.affectedOfficers(tx, existing);
    await kind.check?.(tx, { ...existing, ...changes }, existing);
    const stamped = "updatedAt" in existing ? { ...changes, updatedAt: new Date().toISOString() } : changes;
    const [row] = (await tx.update(kind.table).set(stamped).where(eq(kind.table.id, id)).returning()) as Row[];
    if (row === undefined) throw notFound(kind.name, id);
    return { result: kind.present(row), officers: [...before, ...(await kind.affectedOfficers(tx, row))] };
  });
}

export async function removeRecord(ctx: ServiceContext, kind: RecordKind, id: string): Promise<void> {
  if (!kind.removable) throw new ClientError("CONFLICT", "", `${kind.plural} are kept; correct one with an update instead`);
  await writeWithStatus(ctx, async (tx) => {
    const existing = await findRow(tx, kind, id);
    if (existing === null) throw notFound(kind.name, id);
    const officers = await kind.affectedOfficers(tx, existing);
    await tx.delete(kind.table).where(eq(kind.table.id, id));
    return { result: undefined, officers };
  });
}

export async function listRecords(
  ctx: ServiceContext,
  kind: RecordKind,
  query: Record<string, unknown> & { limit?: number; offset?: number },
): Promise<Page<Record<string, unknown>>> {
  const conditions: SQL[] = [];
  for (const [param, column] of Object.entries(kind.filterColumns)) {
    const value = query[param];
    if (value !== undefined) conditions.push(eq(column, value));
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  const rows = (await selectFrom(ctx.db, kind).where(where).orderBy(asc(kind.orderBy), asc(kind.table.id)).limit(limit).offset(offset)) as Row[];
  const [total] = await ctx.db.select({ n: count() }).from(kind.table).where(where);
  return { items: rows.map((r) => kind.present(r)), total: total?.n ?? 0, limit, offset };
}
