import { roll645_15 } from "../rules/calendar/computation-of-time.ts";
import { civilFromDay, dayFromCivil, formatIsoDate, isoDay, isWeekend, weekday, type Day } from "../rules/calendar/day.ts";
import { isLegalHoliday } from "../rules/calendar/holidays.ts";
import { addMonths } from "../rules/calendar/months.ts";

/**
 * The demo's dates, all relative to `today`, with the law's fixed dates, and one school calendar
 * shared by the demo's districts — a plausible Minnesota one:
 *
 *   first day   the Tuesday after Labor Day (Minnesota schools start after Labor Day)
 *   last day    the first Friday of June
 *   closed      weekends; the Education Minnesota conference (MEA: the third Thursday of October
 *               and the Friday after); Thanksgiving Thursday and Friday; December 23 – January 1;
 *               Martin Luther King Jr. Day; Presidents' Day; spring break (the week of the third
 *               Monday of March); Memorial Day
 *
 * School years run July 1 – June 30 (reading A1, law.md §12, the engine's default), so from July 1
 * until the first day in September a school year has no school day yet.
 */
export const MANDATE = isoDay("2025-09-01");
/** The first school day under the mandate (2025-09-01 is Labor Day). */
export const FIRST_MANDATE_SCHOOL_DAY = isoDay("2025-09-02");
export const LEGACY_DEADLINE = isoDay("2027-05-31");

export { formatIsoDate as iso, isoDay as day, type Day };

export const addDays = (d: Day, n: number): Day => d + n;
export { addMonths };
export const addYears = (d: Day, n: number): Day => addMonths(d, 12 * n);

const MONDAY = 1;
const THURSDAY = 4;
const FRIDAY = 5;

function nthWeekday(year: number, month: number, wd: number, n: number): Day {
  const first = dayFromCivil(year, month, 1);
  return first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7;
}

export function isWorkday(d: Day): boolean {
  return !isWeekend(d) && !isLegalHoliday(d);
}

/** The first weekday that is not a legal holiday, on or after `d` (the § 645.15 roll). */
export function workdayOnOrAfter(d: Day): Day {
  return roll645_15(d);
}

export function workdayOnOrBefore(d: Day): Day {
  let x = d;
  while (!isWorkday(x)) x -= 1;
  return x;
}

/** The calendar year in which the school year containing `d` began (July 1). */
export function schoolYearOf(d: Day): number {
  const { year, month } = civilFromDay(d);
  return month >= 7 ? year : year - 1;
}

export function schoolYearStart(d: Day): Day {
  return dayFromCivil(schoolYearOf(d), 7, 1);
}

const calendars = new Map<number, readonly Day[]>();

/** Every school day of the school year that begins on July 1 of `year`, in order. */
export function schoolDaysOf(year: number): readonly Day[] {
  const cached = calendars.get(year);
  if (cached !== undefined) return cached;
  const first = nthWeekday(year, 9, MONDAY, 1) + 1;
  const last = nthWeekday(year + 1, 6, FRIDAY, 1);
  const mea = nthWeekday(year, 10, THURSDAY, 3);
  const thanksgiving = nthWeekday(year, 11, THURSDAY, 4);
  const springBreak = nthWeekday(year + 1, 3, MONDAY, 3);
  const closed = new Set<Day>([mea, mea + 1, thanksgiving, thanksgiving + 1, springBreak, springBreak + 1, springBreak + 2, springBreak + 3, springBreak + 4]);
  for (let d = dayFromCivil(year, 12, 23); d <= dayFromCivil(year + 1, 1, 1); d += 1) closed.add(d);
  // Columbus Day and Veterans Day (and its observed day) are legal holidays on which Minnesota
  // schools commonly hold classes.
  const veterans = dayFromCivil(year, 11, 11);
  const open = new Set<Day>([nthWeekday(year, 10, MONDAY, 2), veterans, weekday(veterans) === 6 ? veterans - 1 : weekday(veterans) === 0 ? veterans + 1 : veterans]);
  const days: Day[] = [];
  for (let d = first; d <= last; d += 1) {
    if (isWeekend(d) || closed.has(d)) continue;
    if (isLegalHoliday(d) && !open.has(d)) continue;
    days.push(d);
  }
  calendars.set(year, days);
  return days;
}

export function isSchoolDay(d: Day): boolean {
  return binarySearch(schoolDaysOf(schoolYearOf(d)), d);
}

function binarySearch(days: readonly Day[], d: Day): boolean {
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = days[mid] as Day;
    if (v === d) return true;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The school days of the school year containing `today` that are already behind it (before today). */
export function schoolDaysBefore(today: Day): Day[] {
  return schoolDaysOf(schoolYearOf(today)).filter((d) => d < today);
}

/** A first day of duty near `d`: the first school day within sixteen days (past a winter break), else the first workday (summer). */
export function startDay(d: Day): Day {
  for (let x = d; x <= d + 16; x += 1) if (isSchoolDay(x)) return x;
  return workdayOnOrAfter(d);
}
