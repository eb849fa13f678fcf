import { formatIsoDate, isoDay } from "../rules/calendar/day.ts";
import { JULY_FIRST, nextSchoolYearStart, parseMonthDay, schoolYearLabel, schoolYearStart } from "../rules/calendar/school-year.ts";
import { sourceByCitation, type TrainingResponse } from "../rules/index.ts";
import type { OptionsJson } from "../rules/request/schema.ts";
import type { Authority, TextStatus } from "../rules/sources/index.ts";

/**
 * What a reader of an officer's status needs beside the engine's answer: the words of every passage
 * the answer cites (the rules keep each passage beside its citation, src/rules/sources), so that the
 * browser shows the law without a copy of it; and the school year in which the substitute's contact
 * days are counted (reading A1), so that a calendar shows the same year the rules count in.
 */
export interface CitedPassage {
  cite: string;
  authority: Authority;
  /** How sure the words are: verbatim, restated by a policy, secondary, or a reading of this project. */
  text: TextStatus;
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
    if (source !== undefined) passages.push({ cite, authority: source.authority, text: source.text, words: source.words });
  }
  return passages;
}

/** The school year (A1: July 1 unless the readings say otherwise) that contains `asOf`. */
export function schoolYearOf(asOf: string, readings: OptionsJson): SchoolYear {
  const start = (readings.schoolYearStartMonthDay === undefined ? null : parseMonthDay(readings.schoolYearStartMonthDay)) ?? JULY_FIRST;
  const first = schoolYearStart(isoDay(asOf), start);
  return { label: schoolYearLabel(first, start), startsOn: formatIsoDate(first), endsOn: formatIsoDate(nextSchoolYearStart(first, start) - 1) };
}
