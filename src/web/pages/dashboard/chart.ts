/**
 * The deadline chart's arithmetic, kept apart from drawing so it can be tested: which month each
 * deadline falls in (calendar months, the current one first) and a scale with round steps. Dates are
 * ISO days from the API; no time zone enters (UTC throughout), so a deadline never changes month.
 */
export interface DeadlineLike {
  dueOn: string;
  what: "TRAINING" | "REFRESHER";
}

export interface MonthBucket {
  /** "2027-03" */
  month: string;
  /** "Mar 2027" */
  label: string;
  /** "March 2027", for the table and screen readers. */
  longLabel: string;
  training: number;
  refresher: number;
  total: number;
}

const SHORT = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
const LONG = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

function monthStart(year: number, monthIndex: number): Date {
  return new Date(Date.UTC(year, monthIndex, 1));
}

/** "November 30, 2026" for an ISO day. */
export function formatDay(iso: string): string {
  return DAY.format(new Date(`${iso}T00:00:00Z`));
}

/** `count` calendar months from the month of `asOf`, empty. */
export function monthsFrom(asOf: string, count: number): MonthBucket[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const start = monthStart(year, month + i);
    return { month: start.toISOString().slice(0, 7), label: SHORT.format(start), longLabel: LONG.format(start), training: 0, refresher: 0, total: 0 };
  });
}

/** The last day of the last of `count` months from `asOf`'s month (what to ask the API up to). */
export function lastDayOf(asOf: string, count: number): string {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7)) - 1;
  return new Date(monthStart(year, month + count).getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Deadlines counted per month; those outside the months (before or after) are left out. */
export function bucketDeadlines(items: readonly DeadlineLike[], asOf: string, count: number): MonthBucket[] {
  const buckets = monthsFrom(asOf, count);
  const byMonth = new Map(buckets.map((b) => [b.month, b]));
  for (const item of items) {
    if (item.dueOn < asOf) continue;
    const bucket = byMonth.get(item.dueOn.slice(0, 7));
    if (bucket === undefined) continue;
    if (item.what === "REFRESHER") bucket.refresher += 1;
    else bucket.training += 1;
    bucket.total += 1;
  }
  return buckets;
}

/**
 * A scale from 0 to a round top (1, 2 or 5 × a power of ten per step) with at most `maxTicks` steps,
 * so the gridlines read as whole numbers of officers.
 */
export function niceScale(max: number, maxTicks = 5): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { top, ticks };
}
