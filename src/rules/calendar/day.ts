/**
 * Calendar dates as day numbers: whole days since 1970-01-01 (day 0), no time zone.
 *
 * The engine compares and adds dates millions of times per second, so inside it a date is a plain
 * integer; ISO `YYYY-MM-DD` strings exist only at the edges (request parsing and response
 * presentation). The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`
 * algorithms for the proleptic Gregorian calendar (http://howardhinnant.github.io/date_algorithms.html).
 * Why not a date library: see docs/decisions/0002-calendar-as-day-numbers.md.
 */
export type Day = number;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDay(d: Day): CivilDate {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

export const SUNDAY = 0;
export const SATURDAY = 6;

export function isWeekend(d: Day): boolean {
  const w = weekday(d);
  return w === SATURDAY || w === SUNDAY;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Parses a strict ISO calendar date `YYYY-MM-DD` (four-digit year, zero-padded month and day).
 * Returns null for anything else, including dates that do not exist (2025-02-30).
 */
export function parseIsoDate(s: string): Day | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  const m0 = digit(s, 5), m1 = digit(s, 6), d0 = digit(s, 8), d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function formatIsoDate(d: Day): string {
  const { year, month, day } = civilFromDay(d);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `isoDay("2025-09-01")` for constants written in the law's own dates; throws on a typo. */
export function isoDay(s: string): Day {
  const d = parseIsoDate(s);
  if (d === null) throw new RangeError(`not a calendar date: ${s}`);
  return d;
}

/** Formats a nullable day number for a response. */
export function formatNullable(d: Day | null): string | null {
  return d === null ? null : formatIsoDate(d);
}
