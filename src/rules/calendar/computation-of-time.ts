import { isWeekend, type Day } from "./day.ts";
import { isLegalHoliday } from "./holidays.ts";

/**
 * Minn. Stat. § 645.15 (computation of time): "…the time … shall be computed so as to exclude the
 * first and include the last day of the prescribed or fixed period or duration of time. When the last
 * day of the period falls on Saturday, Sunday or a legal holiday, that day shall be omitted from the
 * computation."
 *
 * Reading A7 (law.md §12): applied to the six-month window of subd. 3(c) only — a period fixed by law.
 * Reading A8: not applied to fixed calendar dates (2025-09-01, 2027-05-31).
 * The last day is omitted repeatedly until a day that is neither a weekend day nor a legal holiday.
 */
export function roll645_15(lastDay: Day): Day {
  let d = lastDay;
  while (isWeekend(d) || isLegalHoliday(d)) d += 1;
  return d;
}
