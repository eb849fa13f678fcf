import { civilFromDay, dayFromCivil, type Day } from "./day.ts";

/**
 * School years for the substitute count (R-SUB-1: "fewer than 60 student contact days within a school
 * year"). Reading A1 (law.md §12): July 1 – June 30 by default; the first month-day is configurable
 * (`options.schoolYearStartMonthDay`). A school year is named by the calendar years it spans
 * ("2025-2026"); when it starts on January 1 it is one calendar year and named by it ("2026").
 */
export interface MonthDay {
  month: number;
  day: number;
}

export const JULY_FIRST: MonthDay = { month: 7, day: 1 };

/** The first day of the school year that contains `d`. */
export function schoolYearStart(d: Day, start: MonthDay): Day {
  const { year } = civilFromDay(d);
  const thisYears = dayFromCivil(year, start.month, start.day);
  return d >= thisYears ? thisYears : dayFromCivil(year - 1, start.month, start.day);
}

/** The first day of the school year after the one that starts on `syStart`. */
export function nextSchoolYearStart(syStart: Day, start: MonthDay): Day {
  return dayFromCivil(civilFromDay(syStart).year + 1, start.month, start.day);
}

/** The first day of the school year before the one that starts on `syStart`. */
export function previousSchoolYearStart(syStart: Day, start: MonthDay): Day {
  return dayFromCivil(civilFromDay(syStart).year - 1, start.month, start.day);
}

export function schoolYearLabel(syStart: Day, start: MonthDay): string {
  const { year } = civilFromDay(syStart);
  return start.month === 1 && start.day === 1 ? String(year) : `${year}-${year + 1}`;
}

/** Parses the option's "MM-DD" form; February 29 is refused because it does not begin every year. */
export function parseMonthDay(s: string): MonthDay | null {
  const m = /^(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1) return null;
  const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (lengths[month - 1] ?? 0)) return null;
  return { month, day };
}
