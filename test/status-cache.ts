import { sql } from "drizzle-orm";
import { readingsInForce } from "../src/services/readings.ts";
import { statusRows } from "../src/services/status.ts";
import { queryRows, type Db } from "../src/store/database.ts";
import { loadOfficerRecords } from "../src/store/officer-records.ts";

/**
 * The officers whose cached statuses (table officer_status) differ from a fresh evaluation of their
 * committed records as of `today` — a missing, extra or different row. Used by the concurrency test
 * and script: a cache computed from an older snapshot than the last committed write shows up here.
 */
export async function staleCachedStatuses(db: Db, today: string): Promise<string[]> {
  const options = await readingsInForce(db);
  const fresh = new Map<string, string>();
  for (const records of await loadOfficerRecords(db, "all")) {
    // The table keeps the answer's flags, not the answer itself.
    for (const row of statusRows(records, today, options)) fresh.set(`${row.officerId}/${row.view}`, canonical({ ...row, answer: undefined }));
  }
  const cached = await queryRows<Record<string, unknown>>(
    db,
    sql`select officer_id as "officerId", view, district_id as "districtId", as_of::text as "asOf", valid_until::text as "validUntil",
               statute_status as "statuteStatus", policy_status as "policyStatus", path, headline, action_rank as "actionRank",
               action_due_on::text as "actionDueOn", deadline::text as "deadline", deadline_effective::text as "deadlineEffective",
               refresher_due::text as "refresherDue", substitute_count as "substituteCount", flags
        from officer_status`,
  );
  const stale = new Set<string>();
  const seen = new Set<string>();
  for (const row of cached) {
    const key = `${String(row["officerId"])}/${String(row["view"])}`;
    seen.add(key);
    if (fresh.get(key) !== canonical(row)) stale.add(String(row["officerId"]));
  }
  for (const key of fresh.keys()) if (!seen.has(key)) stale.add(key.split("/")[0] ?? key);
  return [...stale].sort();
}

/** A row as JSON with its keys sorted and absent values as null, so the two sources compare equal. */
function canonical(row: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(row).filter((k) => k !== "answer").sort().map((k) => [k, row[k] ?? null]));
}
