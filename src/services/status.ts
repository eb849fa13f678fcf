import { lte, or, gt, sql } from "drizzle-orm";
import { evaluateTraining, type TrainingEvaluation, type TrainingResponse } from "../rules/index.ts";
import type { OptionsJson } from "../rules/request/schema.ts";
import { trainingRequest, viewsOf, type View } from "../status/engine-request.ts";
import { headlineOf, type HeadlineStatus } from "../status/headline.ts";
import type { OfficerRecords } from "../status/records.ts";
import { anyOf, queryRows, type Db } from "../store/database.ts";
import { loadOfficerRecords } from "../store/officer-records.ts";
import { officerStatus } from "../store/schema.ts";
import { readingsInForce } from "./readings.ts";

/**
 * The cache of the engine's answers (table officer_status). Every write that feeds an officer's
 * status calls `refreshStatus` inside its own transaction, so a committed record and its status are
 * never out of step; `refreshStale` recomputes the rows whose answer may have changed with the date
 * (`valid_until`, from evaluateTraining and the headline's due-soon window).
 */
export type StatusRow = Omit<typeof officerStatus.$inferInsert, "answer"> & { answer: TrainingResponse };

export function evaluateView(records: OfficerRecords, view: View, asOf: string, options: OptionsJson): TrainingEvaluation {
  const result = evaluateTraining(trainingRequest(records, view, asOf, options), { trace: false });
  // The request is built here from validated records; an invalid one is a bug, not a user error.
  if ("error" in result) throw new Error(`engine refused a request built from stored records: ${result.error.message}`);
  return result;
}

/** The answer's validity, narrowed by the day its headline enters the due-soon window. */
export function validUntilOf(evaluation: TrainingEvaluation, headline: HeadlineStatus, today: string): string {
  const changes = headline.changesOn;
  return changes !== null && changes > today && changes < evaluation.validUntil ? changes : evaluation.validUntil;
}

export function statusRows(records: OfficerRecords, today: string, options: OptionsJson): StatusRow[] {
  return viewsOf(records).map((view) => {
    const evaluation = evaluateView(records, view, today, options);
    const { answer } = evaluation;
    const h = headlineOf(answer, today);
    return {
      officerId: records.officerId,
      view: view.kind === "officer" ? "officer" : view.districtId,
      districtId: view.kind === "officer" ? null : view.districtId,
      asOf: today,
      validUntil: validUntilOf(evaluation, h, today),
      statuteStatus: answer.statuteStatus,
      policyStatus: answer.policyStatus,
      path: answer.path,
      headline: h.headline,
      actionRank: h.rank,
      actionDueOn: h.dueOn,
      deadline: answer.deadline,
      deadlineEffective: answer.deadlineEffective,
      refresherDue: answer.refresherDue,
      substituteCount: answer.substituteContactDays?.count ?? null,
      answer,
    };
  });
}

const BATCH = 1000;

/** Recomputes and stores the status rows of these officers (or of all) as of `today`. */
export async function refreshStatus(db: Db, officerIds: readonly string[] | "all", today: string): Promise<number> {
  const options = await readingsInForce(db);
  const records = await loadOfficerRecords(db, officerIds);
  const rows = records.flatMap((r) => statusRows(r, today, options));
  if (officerIds === "all") await db.delete(officerStatus);
  else if (officerIds.length > 0) await db.delete(officerStatus).where(anyOf(officerStatus.officerId, officerIds));
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(officerStatus).values(rows.slice(i, i + BATCH));
  return records.length;
}

/**
 * Recomputes what the passing of time may have changed: rows valid only before `today`, rows
 * computed for a later date, and officers without a row. Returns how many officers were refreshed.
 */
export async function refreshStale(db: Db, today: string): Promise<number> {
  const stale = await db
    .selectDistinct({ id: officerStatus.officerId })
    .from(officerStatus)
    .where(or(lte(officerStatus.validUntil, today), gt(officerStatus.asOf, today)));
  const missing = await queryRows<{ id: string }>(db, sql`select o.id from officers o where not exists (select 1 from officer_status s where s.officer_id = o.id)`);
  const ids = [...new Set([...stale.map((r) => r.id), ...missing.map((r) => r.id)])];
  if (ids.length === 0) return 0;
  return db.transaction(async (tx) => refreshStatus(tx, ids, today));
}
