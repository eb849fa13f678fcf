/**
 * The layout of a school-year calendar: the months from the school year's first day to its last, each
 * as weeks of seven cells (Sunday first), blank cells before the first and after the last day of the
 * month. Pure date arithmetic on "YYYY-MM-DD" strings in UTC, so no time zone moves a day. The school
 * year's bounds and the count toward 60 come from the API: nothing here counts contact days.
 */
export interface CalendarDay {
  date: string;
  dayOfMonth: number;
  /** Inside the school year (its first month may begin before it, its last end after it). */
  inYear: boolean;
}

export interface CalendarMonth {
  /** "2026-07" */
  key: string;
  /** "July 2026" */
  label: string;
  weeks: (CalendarDay | null)[][];
}

export const WEEKDAYS = [
  { short: "Sun", long: "Sunday" },
  { short: "Mon", long: "Monday" },
  { short: "Tue", long: "Tuesday" },
  { short: "Wed", long: "Wednesday" },
  { short: "Thu", long: "Thursday" },
  { short: "Fri", long: "Friday" },
  { short: "Sat", long: "Saturday" },
] as const;

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function parts(date: string): { year: number; month: number } {
  const [year, month] = date.split("-").map(Number);
  if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) throw new RangeError(`not a date: ${date}`);
  return { year, month };
}

function monthLayout(year: number, month: number, startsOn: string, endsOn: string): CalendarMonth {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (CalendarDay | null)[] = Array.from({ length: firstWeekday }, () => null);
  for (let d = 1; d <= length; d++) {
    const date = `${year}-${pad(month)}-${pad(d)}`;
    cells.push({ date, dayOfMonth: d, inYear: date >= startsOn && date <= endsOn });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { key: `${year}-${pad(month)}`, label: `${MONTH_NAMES[month - 1] ?? ""} ${year}`, weeks };
}

/** Every month the school year touches, in order. */
export function schoolYearMonths(startsOn: string, endsOn: string): CalendarMonth[] {
  const start = parts(startsOn);
  const end = parts(endsOn);
  const months: CalendarMonth[] = [];
  for (let y = start.year, m = start.month; y < end.year || (y === end.year && m <= end.month); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    months.push(monthLayout(y, m, startsOn, endsOn));
  }
  return months;
}

/** What was recorded on one date: with students (several schools on one date are still one date). */
export interface DayMark {
  withStudents: boolean;
  staffOnly: boolean;
}

/** The recorded contact days by date, for marking the calendar (the count itself is the API's). */
export function marksByDate(days: readonly { day: string; studentsPresent: boolean }[]): Map<string, DayMark> {
  const marks = new Map<string, DayMark>();
  for (const d of days) {
    const mark = marks.get(d.day) ?? { withStudents: false, staffOnly: false };
    if (d.studentsPresent) mark.withStudents = true;
    else mark.staffOnly = true;
    marks.set(d.day, mark);
  }
  return marks;
}
