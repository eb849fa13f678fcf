import { formatIsoDate, isoDay } from "../rules/calendar/day.ts";
import { JULY_FIRST, nextSchoolYearStart, parseMonthDay, schoolYearLabel, schoolYearStart } from "../rules/calendar/school-year.ts";
import { sourceByCitation, type TrainingResponse } from "../rules/index.ts";
import type { OptionsJson } from "../rules/request/schema.ts";
import { plainPassage, type Authority, type TextStatus } from "../rules/sources/index.ts";

/**
 * What a reader of an officer's status needs beside the engine's answer: the words of every passage
 * the answer cites (the rules keep each passage beside its citation, src/rules/sources), so that the
 * browser shows the law without a copy of it; and the school year in which the substitute's contact
 * days are counted (reading A1), so that a calendar shows the same year the rules count in.
 */
export interface CitedPassage {
  /** The citation exactly as the answer prints it: the key a page finds the passage by. */
  cite: string;
  /** What a person reads as its name: the law's own citation, or a reading's plain title with the law it interprets (rules/sources/plain.ts). */
  title: string;
  authority: Authority;
  /** How sure the words are: verbatim, restated by a policy, secondary, or a reading of this project. */
  text: TextStatus;
  /** The words of the law, or the reading in plain words. */
  words: string;
}

export interface SchoolYear {
  label: string;
  startsOn: string;
  endsOn: string;
}

/** Each passage cited by the answer's flags and trace, once, in the order first cited. */
export function passagesCited(answer: TrainingResponse): CitedPassage[] {
  const cites = [...answer.flags.flatMap((f) => f.citations), ...(answer.trace ?? []).flatMap((s) => s.citations)];
  const passages: CitedPassage[] = [];
  for (const cite of new Set(cites)) {
    const source = sourceByCitation(cite);
    if (source !== undefined) passages.push({ cite, authority: source.authority, text: source.text, ...plainPassage(source) });
  }
  return passages;
}

/** The school year (A1: July 1 unless the readings say otherwise) that contains `asOf`. */
export function schoolYearOf(asOf: string, readings: OptionsJson): SchoolYear {
  const start = (readings.schoolYearStartMonthDay === undefined ? null : parseMonthDay(readings.schoolYearStartMonthDay)) ?? JULY_FIRST;
  const first = schoolYearStart(isoDay(asOf), start);
  return { label: schoolYearLabel(first, start), startsOn: formatIsoDate(first), endsOn: formatIsoDate(nextSchoolYearStart(first, start) - 1) };
}

/** What a reader sees in place of a fact their role may not read — never "no record" (issue 10 item 5). */
export const NOT_SHOWN = "not shown to your role";

export interface WithheldAnswer {
  answer: TrainingResponse;
  /** null when the date until which the answer holds would tell a private date (the page says NOT_SHOWN). */
  validUntil: string | null;
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

function nextDay(iso: string): string {
  return formatIsoDate(isoDay(iso) + 1);
}

/**
 * The answer as a reader without access to some private records may see it (docs/decisions/0012):
 * the engine's determination stays whole — statuses, path, deadlines, flags, the count of contact
 * days, the assumption date — and the dates of the private records themselves (an employer-unable
 * decision, a policy review, a contact day the reader may not read) are taken out wherever the
 * answer states them, with "not shown to your role" in their place.
 *
 * `privateDates` are the dates of the records withheld from this reader. A date the answer states as
 * a public fact of its own (the as-of date, the assumption date, a deadline, any date a trace step
 * gives as its value) is left alone where it appears as that fact; the employer-unable decision's
 * date is removed from the step that names it even when it coincides with one of those. The date
 * until which the answer holds is a private date (or the day after one) when a private record is
 * dated after the as-of date; then it is withheld too.
 */
export function withholdPrivateDates(answer: TrainingResponse, asOf: string, validUntil: string, privateDates: readonly string[]): WithheldAnswer {
  if (privateDates.length === 0) return { answer, validUntil };
  const secret = new Set(privateDates);
  const stated = new Set<string>([asOf]);
  for (const d of [answer.assumedDutiesOn, answer.deadline, answer.deadlineEffective, answer.refresherDue]) if (d !== null) stated.add(d);
  for (const s of answer.trace ?? []) if (typeof s.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s.value)) stated.add(s.value);
  const scrub = (text: string): string =>
    text
      // The grace path's step names the decision's date ("…, documented 2026-09-20, …"): always withheld.
      .replace(/documented (\d{4}-\d{2}-\d{2})/g, (whole, d: string) => (secret.has(d) ? `documented on a date ${NOT_SHOWN}` : whole))
      .replace(ISO_DATE, (d) => (secret.has(d) && !stated.has(d) ? `(a date ${NOT_SHOWN})` : d));
  const trace = answer.trace?.map((s) => ({
    ...s,
    value: typeof s.value === "string" && secret.has(s.value) && !stated.has(s.value) ? NOT_SHOWN : s.value,
    because: scrub(s.because),
  }));
  const flags = answer.flags.map((f) => ({ ...f, message: scrub(f.message) }));
  const tells = privateDates.some((d) => d === validUntil || nextDay(d) === validUntil) && !stated.has(validUntil);
  return { answer: { ...answer, flags, ...(trace === undefined ? {} : { trace }) }, validUntil: tells ? null : validUntil };
}
