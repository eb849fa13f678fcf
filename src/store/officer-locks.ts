import { sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import { arrayLiteral, type Db } from "./database.ts";

/**
 * Serialises the recomputation of officers' cached statuses (table officer_status) across
 * connections and processes, for the rest of the calling transaction (issue 10 item 8).
 *
 * Why a lock, and not only an upsert: two transactions writing for one officer each insert their
 * record, then read the officer's records and compute the status. Under READ COMMITTED neither sees
 * the other's uncommitted record, so each computes from a snapshot missing the other's write. With
 * delete-then-insert the later one failed on the primary key (six of eight parallel writes were
 * refused); an upsert would make it succeed but store a status computed without the earlier write —
 * stale until the next write (measured with `npm run check:concurrency`: an upsert alone, 0 of 1 540
 * writes failed but 189 of 193 officers were left with a stale status; this lock, 0 and 0). Taken BEFORE the records are read, this lock makes the later writer
 * wait until the earlier commits; its read (a new statement, a new snapshot) then sees both records,
 * and its delete sees the earlier's rows, so the delete-then-insert neither conflicts nor goes stale.
 *
 * A few officers: one transaction-scoped advisory lock each (two-int keys: a space of their own, apart
 * from the audit trail's bigint key), taken in key order so that two writers never wait on each other
 * in a circle; with them a SHARED lock on the whole cache. Many officers (an import, the day's stale
 * statuses, a change of readings, "all"): that whole-cache lock EXCLUSIVELY, instead of thousands of
 * per-officer locks that would exhaust PostgreSQL's lock table. The locks are held to commit or
 * rollback; PGlite runs one transaction at a time and takes them at no cost.
 */
const STATUS_CACHE = 0x5352_4f43; // "SROC": the class of the whole-cache lock
const OFFICER_STATUS = 0x5352_4f53; // "SROS": the class of the per-officer locks

/** Above this many officers the whole cache is locked instead (PostgreSQL's default allows 64 locks per transaction on average). */
export const LOCK_EACH_UP_TO = 32;

export async function lockOfficerStatuses(db: Db, officerIds: readonly string[] | "all"): Promise<void> {
  // Outside a transaction an xact lock would be released at once, protecting nothing: a programming error.
  if (!(db instanceof PgTransaction)) throw new Error("lockOfficerStatuses must run inside the transaction that writes the statuses");
  if (officerIds !== "all" && officerIds.length === 0) return;
  if (officerIds === "all" || officerIds.length > LOCK_EACH_UP_TO) {
    await db.execute(sql`select pg_advisory_xact_lock(${STATUS_CACHE}::int, 0)`);
    return;
  }
  await db.execute(sql`select pg_advisory_xact_lock_shared(${STATUS_CACHE}::int, 0)`);
  // Distinct keys in ascending order, locked one after another by the same statement.
  await db.execute(sql`
    select count(pg_advisory_xact_lock(${OFFICER_STATUS}::int, k)) from (
      select distinct hashtext(lower(id)) as k from unnest(${arrayLiteral(officerIds)}::text[]) as id order by k
    ) as keys`);
}
