import { civilFromDay, dayFromCivil, SATURDAY, SUNDAY, weekday, type Day } from "./day.ts";

/**
 * Minnesota legal holidays, Minn. Stat. § 645.44, subd. 5, as read by A26 (law.md §12):
 *
 *   New Year's Day (Jan 1); Martin Luther King Jr. Day (3rd Mon Jan); Washington's and Lincoln's
 *   Birthday (3rd Mon Feb); Memorial Day (last Mon May); Juneteenth (Jun 19); Independence Day (Jul 4);
 *   Labor Day (1st Mon Sep); Christopher Columbus Day (2nd Mon Oct); Veterans Day (Nov 11);
 *   Thanksgiving (4th Thu Nov) and the Friday after; Christmas (Dec 25).
 *   "A fixed-date holiday on a Sunday is also observed the Monday after; on a Saturday, the Friday
 *   before."
 *
 * Used by the § 645.15 roll (computation-of-time.ts) and by FIXED_DATE_ON_LEGAL_HOLIDAY.
 */
export interface Holiday {
  day: Day;
  name: string;
}

const MONDAY = 1;
const THURSDAY = 4;

/** The n-th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, wd: number, n: number): Day {
  const first = dayFromCivil(year, month, 1);
  return first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7;
}

function lastDayOfMonth(year: number, month: number): Day {
  return month === 12 ? dayFromCivil(year, 12, 31) : dayFromCivil(year, month + 1, 1) - 1;
}

function lastWeekday(year: number, month: number, wd: number): Day {
  const last = lastDayOfMonth(year, month);
  return last - ((weekday(last) - wd + 7) % 7);
}

const FIXED_DATE_HOLIDAYS: ReadonlyArray<readonly [month: number, day: number, name: string]> = [
  [1, 1, "New Year's Day"],
  [6, 19, "Juneteenth"],
  [7, 4, "Independence Day"],
  [11, 11, "Veterans Day"],
  [12, 25, "Christmas Day"],
];

/** Every legal holiday (including observed days) that falls in the given calendar year. */
export function legalHolidays(year: number): Holiday[] {
  const list: Holiday[] = [];
  // Fixed-date holidays of this year and of the next (next New Year's Day on a Saturday is observed
  // on this year's Dec 31).
  for (const y of [year, year + 1]) {
    for (const [month, day, name] of FIXED_DATE_HOLIDAYS) {
      const d = dayFromCivil(y, month, day);
      const wd = weekday(d);
      list.push({ day: d, name });
      if (wd === SUNDAY) list.push({ day: d + 1, name: `${name} (observed)` });
      if (wd === SATURDAY) list.push({ day: d - 1, name: `${name} (observed)` });
    }
  }
  const thanksgiving = nthWeekday(year, 11, THURSDAY, 4);
  list.push(
    { day: nthWeekday(year, 1, MONDAY, 3), name: "Martin Luther King Jr. Day" },
    { day: nthWeekday(year, 2, MONDAY, 3), name: "Washington's and Lincoln's Birthday" },
    { day: lastWeekday(year, 5, MONDAY), name: "Memorial Day" },
    { day: nthWeekday(year, 9, MONDAY, 1), name: "Labor Day" },
    { day: nthWeekday(year, 10, MONDAY, 2), name: "Christopher Columbus Day" },
    { day: thanksgiving, name: "Thanksgiving Day" },
    { day: thanksgiving + 1, name: "Day after Thanksgiving" },
  );
  const first = dayFromCivil(year, 1, 1);
  const last = dayFromCivil(year, 12, 31);
  return list.filter((h) => h.day >= first && h.day <= last).sort((a, b) => a.day - b.day);
}

const cache = new Map<number, ReadonlyMap<Day, string>>();

function holidaysOfYear(year: number): ReadonlyMap<Day, string> {
  let byDay = cache.get(year);
  if (byDay === undefined) {
    const m = new Map<Day, string>();
    for (const h of legalHolidays(year)) if (!m.has(h.day)) m.set(h.day, h.name);
    byDay = m;
    cache.set(year, byDay);
  }
  return byDay;
}

/** The holiday's name when the day is a legal holiday, otherwise null. */
export function legalHolidayName(d: Day): string | null {
  return holidaysOfYear(civilFromDay(d).year).get(d) ?? null;
}

export function isLegalHoliday(d: Day): boolean {
  return legalHolidayName(d) !== null;
}
