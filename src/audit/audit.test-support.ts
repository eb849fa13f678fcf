import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../store/database.ts";
import { appendAudit, type AuditInput } from "./append.ts";
import type { AuditEvent } from "./hash.ts";
import { readEvents } from "./read.ts";

/** Test helpers for the audit trail: actors, a few events, and tampering as an attacker would. */
export const ALICE = { id: "user:alice", name: "Alice Auditor" };
export const BOB = { id: "user:bob", name: "Bob Clerk" };

export function recordCreated(n: number): AuditInput {
  return {
    type: "RECORD_CREATED",
    actor: n % 2 === 0 ? ALICE : BOB,
    entity: "courses",
    entityId: `course-${n}`,
    after: { title: `Course ${n}`, hours: n, tags: ["a", "b"], nested: { z: 1, a: [n, null, true] } },
  };
}

export async function appendMany(db: Db, n: number): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let i = 1; i <= n; i += 1) events.push(await db.transaction((tx) => appendAudit(tx, recordCreated(i))));
  return events;
}

export async function allEvents(db: Db): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for await (const page of readEvents(db)) events.push(...page);
  return events;
}

/**
 * Runs statements around the append-only trigger, as someone with superuser access to the database
 * would: `session_replication_role = replica` turns ordinary triggers off (PGlite runs as superuser
 * too).
 */
export async function tamper(db: Db, ...statements: SQL[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const statement of statements) await tx.execute(statement);
  });
}
