import { civilFromDay, dayFromCivil, daysInMonth, type Day } from "./day.ts";

/**
 * Adds calendar months, clamping to the last day of the target month when the day does not exist
 * there (Aug 31 + 6 months = Feb 28, or Feb 29 in a leap year; Mar 31 + 6 months = Sep 30).
 *
 * Reading A7 (law.md §12): "within six months" is counted in calendar months with this clamp; the
 * Minn. Stat. § 645.15 roll is applied separately (computation-of-time.ts).
 */
export function addMonths(d: Day, months: number): Day {
  const { year, month, day } = civilFromDay(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = daysInMonth(y, m);
  return dayFromCivil(y, m, day > last ? last : day);
}

/**
 * Adds whole years on the same month and day; Feb 29 becomes Feb 28 in a common year
 * (R-REF-2: "Due = start + 3 years; Feb 29 → Feb 28").
 */
export function addYears(d: Day, years: number): Day {
  return addMonths(d, years * 12);
}
