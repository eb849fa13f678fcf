import { evaluateTypedTraining, type TrainingResponse } from "../rules/index.ts";
import type { OptionsJson } from "../rules/request/schema.ts";
import { trainingRequest, type View } from "./engine-request.ts";
import { headlineOf, type HeadlineStatus, type UpcomingStart } from "./headline.ts";
import type { OfficerRecords } from "./records.ts";

/**
 * An officer who is not an SRO on the date asked but has an in-scope assignment starting later:
 * Minn. Stat. § 626.8482, subd. 3(a) — the officer "must complete a training course … prior to
 * assuming the duties of a school resource officer", so what matters now is what the engine will say
 * on the first day. The engine is asked exactly as for any date (same request, same records), with
 * asOf = the start of the earliest such assignment; its answers do not change
 * (docs/decisions/0011-starts-untrained.md). Any future in-scope assignment counts, however far ahead.
 */
export function upcomingStart(records: OfficerRecords, view: View, asOf: string, options: OptionsJson): UpcomingStart | null {
  const starts = records.assignments.filter((a) => a.underContract && a.instructionalDay && a.startOn > asOf).map((a) => a.startOn).sort();
  const startsOn = starts[0];
  if (startsOn === undefined) return null;
  const result = evaluateTypedTraining(trainingRequest(records, view, startsOn, options), { trace: false });
  // The request is built from validated records; an invalid one is a bug, not a user error.
  if ("error" in result) throw new Error(`engine refused a request built from stored records: ${result.error.message}`);
  return { startsOn, answer: result.answer };
}

/**
 * The headline of the engine's answer on `asOf`, looking ahead to the first day of a coming
 * assignment when the officer is not an SRO on `asOf` (the only case where the future is asked).
 */
export function headlineOnRecords(records: OfficerRecords, view: View, asOf: string, options: OptionsJson, answer: TrainingResponse): HeadlineStatus {
  const upcoming = answer.statuteStatus === "NOT_APPLICABLE" ? upcomingStart(records, view, asOf, options) : null;
  return headlineOf(answer, asOf, upcoming);
}
